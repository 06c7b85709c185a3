import Foundation
import PodiumText
import Testing

/// `fastLowercased()` must give exactly what `lowercased()` gives, byte for byte, on any text.
@Suite struct FastLowercaseTests {
    @Test(arguments: [
        "", "kita", "KITA-Plätze", "ÄÖÜ äöü ß ẞ", "Am 9. MÄRZ 2024 – „Wir schaffen das“, sagte ÖZDEMİR …",
        "İstanbul", "ΑΒΓ Δέλτα", "Łódź", "ǅ", "Ⅻ. Kapitel", "A\u{0308}pfel (NFD)", "×÷ ÀÞ Ø æ", "5 € → 6 €",
        "👍🏽 OK", "\u{00B5}m µ ª º", "Straße", "Ÿ ÿ", "tab\tand\nnewline",
    ])
    func sameAsLowercased(_ text: String) {
        #expect(Array(text.fastLowercased().utf8) == Array(text.lowercased().utf8))
    }

    @Test func sameAsLowercasedOnEveryFixtureLine() throws {
        let folder = Fixtures.path("articles")
        var lines = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n").map(String.init) {
                #expect(line.fastLowercased() == line.lowercased() && Array(line.fastLowercased().utf8) == Array(line.lowercased().utf8))
                lines += 1
            }
        }
        #expect(lines > 100)
    }
}

/// `trimmingScalars(where:)` with `isBlank` and `isPunctuation` must trim what Foundation trims.
@Suite struct ScalarTrimmingTests {
    @Test(arguments: ["", "  ", " \t Mainz\u{00A0} ", "„Wir müssen.“", "—(SPD)…", "sagte,", "\u{2003}x\u{2003}", "ohne"])
    func sameAsFoundation(_ text: String) {
        #expect(String(text.trimmingScalars(where: \.isBlank)) == text.trimmingCharacters(in: .whitespaces))
        #expect(String(text.trimmingScalars(where: \.isPunctuation)) == text.trimmingCharacters(in: .punctuationCharacters))
    }
}
