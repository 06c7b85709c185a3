@testable import PodiumExtraction
@testable import PodiumText
import Testing

@Suite struct TextAnalyzerTests {
    @Test func stemsColumnHoldsEveryStemAndJoinedCompounds() {
        #expect(TextAnalyzer.stemsColumn(for: "Die Kita-Plätze fehlen.") == "die kita platz kitaplatz fehl")
    }

    @Test func tokensSplitLikeUnicode61AndKeepCompounds() {
        let tokens = WordTokenizer.tokens("„Kita-Plätze“ – 370 Kindergartenplätze, E-Mail; -x a-")
        #expect(tokens.map { $0.parts.map(String.init) } == [
            ["Kita", "Plätze"], ["370"], ["Kindergartenplätze"], ["E", "Mail"], ["x"], ["a"],
        ])
    }

    /// Two-, three- and four-byte scalars in UTF-8: letters (ß, Ö, 日本語), a combining accent
    /// that belongs to its word, a currency sign and an emoji that end one.
    @Test func tokensOfTextBeyondASCII() {
        let tokens = WordTokenizer.tokens("Straße-Ökologie 2€ 日本語 e\u{301}cole a🗳b")
        #expect(tokens.map { $0.parts.map(String.init) } == [
            ["Straße", "Ökologie"], ["2"], ["日本語"], ["e\u{301}cole"], ["a"], ["b"],
        ])
        #expect(tokens[3].parts[0].unicodeScalars.count == 6)
    }

    /// Import works out a paragraph's stems and topics in one pass; they are what the two
    /// separate functions give, on every paragraph of the fixtures.
    @Test func oneReadingGivesTheStemsColumnAndTheTopics() throws {
        let (archive, _) = try makeArchive(importing: ["seed", "articles"])
        let paragraphs = try archive.strings("SELECT text FROM paragraphs ORDER BY id")
        #expect(paragraphs.count > 50)
        let taxonomy = TopicTaxonomy.builtIn
        for text in paragraphs {
            let (stems, topics) = taxonomy.stemsAndTopics(of: text)
            #expect(stems == TextAnalyzer.stemsColumn(for: text))
            #expect(topics == taxonomy.topics(of: text))
        }
        #expect(paragraphs.contains { !taxonomy.stemsAndTopics(of: $0).topics.isEmpty })
    }

    @Test func analysisShowsTokenNormalisedFormAndStem() {
        #expect(TextAnalyzer.analyze("Kürwitz Kita-Plätze") == [
            .init(token: "Kürwitz", normalized: "kurwitz", stem: "kurwitz"),
            .init(token: "Kita", normalized: "kita", stem: "kita"),
            .init(token: "Plätze", normalized: "platze", stem: "platz"),
            .init(token: "Kita-Plätze", normalized: "kita-platze", stem: "kitaplatz"),
        ])
    }

    @Test func importStoresStemsForEveryParagraph() throws {
        let (archive, _) = try makeArchive(importing: ["seed"])
        #expect(try archive.count("SELECT count(*) FROM paragraphs WHERE stems = ''") == 0)
        #expect(try archive.count("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'stems : schul'") == 2)
    }
}
