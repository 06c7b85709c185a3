@testable import PodiumQuery
import Testing

@Suite struct SnippetBuilderTests {
    func snippet(_ query: String, _ text: String, window: Int = 24) -> String {
        var builder = SnippetBuilder(query: SearchQuery(parsing: query))
        builder.windowWords = window
        return builder.snippet(for: text).replacingOccurrences(of: SearchHit.highlightStart, with: "[")
            .replacingOccurrences(of: SearchHit.highlightEnd, with: "]")
    }

    @Test func marksStemsPrefixesAndCompoundsLikeTheSearch() {
        #expect(snippet("Schulen", "Jede Schule, keine Schulden.") == "Jede [Schule], keine Schulden.")
        #expect(snippet("Kindergarten", "370 Kindergartenplätzen fehlen") == "370 [Kindergartenplätzen] fehlen")
        #expect(snippet("Kitaplätze", "mehr Kita-Plätze.") == "mehr [Kita-Plätze].")
        #expect(snippet("kurwitz", "„Thomas Kürwitz“ sagte") == "„Thomas [Kürwitz]“ sagte")
    }

    @Test func excludedWordsAreNotMarked() {
        #expect(snippet("Schule -Schulden", "Schule und Schulden") == "[Schule] und Schulden")
    }

    @Test func longTextsShowTheWindowWithTheMatches() {
        let text = (1...40).map { "w\($0)" }.joined(separator: " ") + " Digitalisierung " + (41...80).map { "w\($0)" }.joined(separator: " ")
        let result = snippet("Digitalisierung", text, window: 8)
        #expect(result == "…w38 w39 w40 [Digitalisierung] w41 w42 w43 w44…")
    }
}
