@testable import PodiumExtraction
import PodiumModel
@testable import PodiumReaders
import PodiumText
import Testing

/// The seed article, exactly as it is: what extraction must understand of it.
@Suite struct SeedExtractionTests {
    let extraction: ArticleExtraction
    let paragraphs: [String]

    init() throws {
        let body = ArticleLayout.parse(TextNormalizer.normalize(try Fixtures.text("seed/kaiserslautern-2023.txt")), format: .txt)
        paragraphs = body.paragraphs
        extraction = ArticleExtractor().extract(body, metadata: ArticleMetadata())
    }

    func name(_ candidate: Int?) -> String? {
        candidate.map { extraction.candidates[$0].name.fullName }
    }

    @Test func exactlyFourCandidatesWithTheirParties() {
        #expect(extraction.candidates.map { "\($0.name.fullName) (\($0.party?.shortName ?? "-"))" } == [
            "Beate Kimmel (SPD)", "Anja Pfeiffer (CDU)", "Thomas Kürwitz (parteilos)", "Tobias Wiesemann (Grüne)",
        ])
    }

    @Test func kurzwitzIsAMisspellingOfKuerwitz() {
        let kuerwitz = extraction.candidates.first { $0.name.familyName == "Kürwitz" }
        #expect(kuerwitz?.aliases.contains(.init(text: "Kurzwitz", kind: "misspelling")) == true)
        let mention = extraction.mentions.first { $0.surface == "Thomas Kurzwitz" }
        #expect(name(mention?.candidate) == "Thomas Kürwitz")
    }

    @Test func everyCandidateQuoteGoesToTheRightCandidate() {
        let quotes = extraction.quotes.map { quote in
            "\(quote.text.prefix(30)) → \(name(quote.candidate) ?? quote.attribution.rawValue)"
        }
        #expect(quotes == [
            "Wie würden Sie sicherstellen,  → audience",
            "Es war eine große Digitalisier → Tobias Wiesemann",
            "Wir müssen unsere Kräfte bünde → Tobias Wiesemann",
            "Aber es ist noch nicht perfekt → Anja Pfeiffer",
            "Remote-Arbeit sollte kein Kamp → Anja Pfeiffer",
            "Jetzt geht es um die Frage, ob → Thomas Kürwitz",
            "Wir sollten drei Schritte zurü → Beate Kimmel",
            "Wir müssen mehr voneinander wi → Beate Kimmel",
            "Die Zukunft der Stadt hängt vo → Anja Pfeiffer",
        ])
    }

    @Test func theLawTitleIsNotAQuote() {
        #expect(!extraction.quotes.contains { $0.text.contains("Gesetzes zur Verbesserung") })
    }

    @Test func attributionsSayHowTheSpeakerWasFound() {
        #expect(extraction.quotes.map(\.attribution) == [
            .audience, .context, .speechVerb, .context, .speechVerb, .subject, .speechVerb, .speechVerb, .speechVerb,
        ])
        #expect(extraction.quotes[1].speakerSurface == "er")
    }

    @Test func quoteOffsetsPointIntoTheParagraph() {
        for quote in extraction.quotes {
            let scalars = Array(paragraphs[quote.paragraph].unicodeScalars)
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[quote.start..<quote.end])
            #expect(String(text) == quote.text)
        }
    }

    @Test func theThreeOrganisersWithLongAndShortNames() {
        #expect(extraction.organizers.map { "\($0.name) / \($0.shortName ?? "-")" } == [
            "Wissenschafts-Innovationsverbund Kaiserslautern / SIAK",
            "Herzen Digital / -",
            "Bundesverband mittelständische Unternehmen / BVMW",
        ])
    }

    @Test func noDateIsInvented() {
        #expect(extraction.forumDate == nil)
        #expect(extraction.election.date == nil)
    }

    @Test func paragraphsGetTopics() {
        #expect(extraction.paragraphTopics[0].contains("Digitalisierung"))
        #expect(extraction.paragraphTopics[6] == ["Bildung/Schule", "Wirtschaft/Fachkräfte"])
        #expect(extraction.paragraphTopics[9].contains("Kinderbetreuung/Kita"))
    }
}
