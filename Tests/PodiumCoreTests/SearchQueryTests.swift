import Foundation
import Testing
@testable import PodiumCore

@Suite struct SearchQueryTests {
    func compiled(_ input: String) -> String? {
        FTSQueryCompiler.compile(SearchQuery(parsing: input))
    }

    @Test func wordsMustAllMatch() {
        #expect(compiled("Kita Ganztag") == #"("Kita" AND "Ganztag")"#)
    }

    @Test func quotedWordsAreAPhraseAndHyphensSplitWords() {
        #expect(compiled(#""grüne Wiesen" Kita-Plätze"#) == #"("grüne Wiesen" AND "Kita Plätze")"#)
        #expect(compiled("„Wir müssen“") == #"("Wir müssen")"#)
    }

    @Test func orJoinsAlternativesAndMinusExcludes() {
        #expect(compiled("Kita OR Schule -Schulden") == #"("Kita") OR ("Schule" NOT ("Schulden"))"#)
    }

    @Test func starMakesAPrefix() {
        #expect(compiled("Kinderg*") == #"("Kinderg" *)"#)
        #expect(compiled(#""Kita Pl"*"#) == #"("Kita Pl" *)"#)
    }

    @Test func operatorsWithoutOperandsAreDropped() {
        #expect(compiled("AND OR") == nil)
        #expect(compiled("OR Kita OR") == #"("Kita")"#)
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
        _ = try archive.search(String(decoding: tenThousand, as: UTF8.self), filters: SearchFilters())
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
