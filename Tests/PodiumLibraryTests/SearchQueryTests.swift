import Foundation
import PodiumModel
@testable import PodiumQuery
import Testing

@Suite struct SearchQueryTests {
    func compiled(_ input: String) -> String? {
        FTSQueryCompiler.compile(SearchQuery(parsing: input))
    }

    /// How one plain word is searched: exact, stem, and (from four letters) prefix.
    func word(_ word: String, stem: String) -> String {
        let prefix = word.count >= 4 ? #" OR {text} : "\#(word)" *"# : ""
        return #"({text} : "\#(word)" OR {stems} : "\#(stem)""# + prefix + ")"
    }

    @Test func wordsMustAllMatchInAnyForm() {
        #expect(compiled("Kita Ganztag") == "(" + word("Kita", stem: "kita") + " AND " + word("Ganztag", stem: "ganztag") + ")")
    }

    @Test func quotedWordsAreAnExactPhrase() {
        #expect(compiled(#""grüne Wiesen""#) == #"({text} : "grüne Wiesen")"#)
        #expect(compiled("„Wir müssen“") == #"({text} : "Wir müssen")"#)
    }

    @Test func aHyphenatedCompoundAlsoMatchesTheJoinedWord() {
        #expect(compiled("Kita-Plätze") == #"(({text} : "Kita Plätze" OR {stems} : "kita platz" OR {stems} : "kitaplatz"))"#)
    }

    @Test func orJoinsAlternativesAndMinusExcludes() {
        #expect(compiled("Kita OR Schule -Schulden")
            == "(" + word("Kita", stem: "kita") + ") OR (" + word("Schule", stem: "schul") + " NOT (" + word("Schulden", stem: "schuld") + "))")
    }

    @Test func starMakesAnExplicitPrefix() {
        #expect(compiled("Kinderg*") == #"({text} : "Kinderg" *)"#)
        #expect(compiled(#""Kita Pl"*"#) == #"({text} : "Kita Pl" *)"#)
    }

    @Test func shortWordsAreNotPrefixes() {
        #expect(compiled("Rat") == "(" + word("Rat", stem: "rat") + ")")
    }

    @Test func operatorsWithoutOperandsAreDropped() {
        #expect(compiled("AND OR") == nil)
        #expect(compiled("OR Kita OR") == "(" + word("Kita", stem: "kita") + ")")
        #expect(compiled("-Kita") == nil)
    }

    @Test(arguments: [#"Kita "Ganztag"#, "AND OR", "NEAR(", "\"", "*", "-", "'; DROP TABLE paragraphs;--", "NOT", "Kita NEAR/2 Schule", "{text}: x", "^Kita", "a:b", "(((", "\\"])
    func hostileInputBecomesAValidQueryOrNone(input: String) throws {
        let (archive, _) = try makeArchive(importing: ["seed"])
        let results = try archive.search(input, filters: SearchFilters())
        #expect(results.total >= 0)
        #expect(try archive.count("SELECT count(*) FROM paragraphs") == 10)
    }

    @Test func randomBytesNeverMakeAnError() throws {
        let (archive, _) = try makeArchive(importing: ["seed"])
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<50 {
            let bytes = (0..<200).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try archive.search(text, filters: SearchFilters())
        }
        let tenThousand = (0..<10_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: PodiumError.self) {
            try archive.search(String(decoding: tenThousand, as: UTF8.self), filters: SearchFilters())
        }
    }

    /// FTS5's work grows faster than the number of terms (800 words took 28 s): a query past
    /// the bounds is refused with its reason, one within them runs.
    @Test func aQueryPastItsBoundsIsRefusedWithTheReason() throws {
        let (archive, _) = try makeArchive(importing: ["seed"])
        let words = (0..<800).map { "wort\($0)" }
        #expect(throws: PodiumError.invalidArgument("the query has 6289 characters; a search takes at most 2000")) {
            try archive.search(words.joined(separator: " "), filters: SearchFilters())
        }
        #expect(throws: PodiumError.invalidArgument("the query has 65 words and phrases; a search takes at most 64")) {
            try archive.search(words.prefix(65).joined(separator: " "), filters: SearchFilters())
        }
        #expect(throws: PodiumError.invalidArgument("the query has 65 words and phrases; a search takes at most 64")) {
            try archive.quotes(matching: words.prefix(65).joined(separator: " "), filters: SearchFilters())
        }
        #expect(throws: PodiumError.invalidArgument("the query has 2001 characters; a search takes at most 2000")) {
            try archive.search("\"" + String(repeating: "a", count: 2_000), filters: SearchFilters())
        }
        _ = try archive.search(words.prefix(64).joined(separator: " "), filters: SearchFilters())
    }
}

/// A small deterministic generator (SplitMix64), so that random inputs repeat from run to run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
