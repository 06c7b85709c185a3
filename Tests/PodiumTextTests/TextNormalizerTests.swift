import Testing
@testable import PodiumText

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

    @Test func everyUnicodeSpaceAndInvisibleScalarIsFoundBetweenPlainWords() {
        for scalar in ["\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2007}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}"] {
            #expect(TextNormalizer.normalize("Kita\(scalar)Plätze") == "Kita Plätze", "U+\(String(scalar.unicodeScalars.first!.value, radix: 16))")
        }
        for scalar in ["\u{01}", "\u{7F}", "\u{80}", "\u{9F}", "\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"] {
            #expect(TextNormalizer.normalize("Kita\(scalar)Plätze") == "KitaPlätze", "U+\(String(scalar.unicodeScalars.first!.value, radix: 16))")
        }
        // Neighbours of those that stay: the en dash, „ and the narrow no-break space's neighbour.
        for kept in ["Kita\u{2013}Plätze", "Kita\u{201E}Plätze", "Kita\u{2030}Plätze", "Kita\u{A1}Plätze", "Kita\u{1681}Plätze"] {
            #expect(TextNormalizer.normalize(kept) == kept)
        }
    }

    @Test func linesBreakAtEveryKindOfLineEnd() {
        #expect(TextNormalizer.splitLines("a\r\nb\rc\nd\u{2028}e\u{2029}f\u{2027}g") == ["a", "b", "c", "d", "e", "f\u{2027}g"])
        #expect(TextNormalizer.splitLines("„x“\n\n") == ["„x“", "", ""])
    }

    @Test func onlyPunctuationAndCurrencyScalarsAboveCombiningMarksAreSurelyNFC() {
        #expect(TextNormalizer.isSurelyNFC("\u{2002}\u{206F}\u{20A0}\u{20CF}\u{2FF}"))
        for scalar in ["\u{300}", "\u{2001}", "\u{2070}", "\u{20D0}", "\u{1E9E}", "\u{FB01}", "😀"] {
            #expect(!TextNormalizer.isSurelyNFC("Straße" + scalar))
        }
    }

    @Test func blankLinesCollapseToOneAndAreTrimmedAtBothEnds() {
        #expect(TextNormalizer.normalize("\n\n Absatz eins \n \n\n\nAbsatz zwei\n\n") == "Absatz eins\n\nAbsatz zwei")
    }

    @Test func typographicQuotesStayAsWritten() {
        let text = "„Wir müssen“ – »so« ‚und‘ “so”"
        #expect(TextNormalizer.normalize(text) == text)
    }
}
