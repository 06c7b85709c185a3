import Foundation
import Testing
@testable import PodiumText

@Suite struct GermanStemmerTests {
    /// `word<TAB>stem` pairs of the Snowball project's German sample vocabulary (BSD-3-Clause,
    /// see Fixtures/snowball-german/COPYING).
    static let vocabulary: [(word: String, stem: String)] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appending(path: "Fixtures/snowball-german/vocabulary.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
        }
    }()

    @Test func reproducesEveryStemOfTheSnowballVocabulary() {
        #expect(Self.vocabulary.count == 28_027)
        let wrong = Self.vocabulary.filter { GermanStemmer.stem($0.word) != $0.stem }
        #expect(wrong.count == 0, "\(wrong.prefix(20).map { "\($0.word): \(GermanStemmer.stem($0.word)) ≠ \($0.stem)" })")
    }

    @Test func schulenMeetsSchuleButNotSchulden() {
        #expect(GermanStemmer.stem("Schulen") == GermanStemmer.stem("Schule"))
        #expect(GermanStemmer.stem("Schulen") != GermanStemmer.stem("Schulden"))
    }

    @Test func spellingVariantsMeet() {
        #expect(GermanStemmer.stem("Straße") == GermanStemmer.stem("Strasse"))
        #expect(GermanStemmer.stem("Kürwitz") == GermanStemmer.stem("Kuerwitz"))
        #expect(GermanStemmer.stem("Bürgermeisterin") == GermanStemmer.stem("Buergermeisterin"))
    }

    @Test func emptyAndShortWordsStayAsTheyAre() {
        #expect(GermanStemmer.stem("") == "")
        #expect(GermanStemmer.stem("a") == "a")
        #expect(GermanStemmer.stem("2023") == "2023")
    }
}
