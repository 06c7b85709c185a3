import Testing
@testable import PodiumCore

@Suite struct TextNormalizerTests {
    @Test func lineEndingsAndTrailingSpacesDoNotChangeTheText() {
        let unix = "Erste Zeile\nZweite Zeile"
        #expect(TextNormalizer.normalize("Erste Zeile  \r\nZweite Zeile\r\n") == unix)
        #expect(TextNormalizer.normalize("Erste Zeile\rZweite Zeile") == unix)
        #expect(TextNormalizer.normalize("\u{FEFF}Erste Zeile\u{2028}Zweite Zeile") == unix)
    }

    @Test func decomposedUmlautsBecomeComposed() {
        let decomposed = "Bu\u{0308}rger"
        #expect(TextNormalizer.normalize(decomposed) == "Bürger")
        #expect(TextNormalizer.normalize(decomposed).unicodeScalars.count == 6)
    }

    @Test func singletonsAndCombiningMarksAreComposedAndPlainTextSkipsTheWork() {
        // Å as the ångström sign, K as the kelvin sign, é decomposed: NFC changes all three.
        #expect(TextNormalizer.normalize("\u{212B}ngstr\u{F6}m, 3 \u{212A}, Caf\u{65}\u{301}") == "\u{C5}ngstr\u{F6}m, 3 K, Caf\u{E9}")
        #expect(!TextNormalizer.isSurelyNFC("\u{212B}"))
        #expect(!TextNormalizer.isSurelyNFC("e\u{301}"))
        #expect(!TextNormalizer.isSurelyNFC("\u{2000}"))
        #expect(TextNormalizer.isSurelyNFC("„Straße“ – 5 € … Łódź"))
    }

    @Test func strayWhitespaceAndInvisibleCharactersAreRemoved() {
        #expect(TextNormalizer.normalize("  Kita-\u{00AD}Plätze\u{00A0}und\t\tSchulen\u{200B} ") == "Kita-Plätze und Schulen")
        #expect(TextNormalizer.normalize("a\u{0007}b") == "ab")
    }

    @Test func blankLinesCollapseToOneAndAreTrimmedAtBothEnds() {
        #expect(TextNormalizer.normalize("\n\n Absatz eins \n \n\n\nAbsatz zwei\n\n") == "Absatz eins\n\nAbsatz zwei")
    }

    @Test func typographicQuotesStayAsWritten() {
        let text = "„Wir müssen“ – »so« ‚und‘ “so”"
        #expect(TextNormalizer.normalize(text) == text)
    }
}
