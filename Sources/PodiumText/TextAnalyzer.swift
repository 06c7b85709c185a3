import Foundation

/// The one place where podium decides what a word is for search: shared by storage (the
/// `stems` column), search (query terms) and `podium analyze`.
///
/// For example, `TextAnalyzer.stemsColumn(for: "Die Kita-Plätze fehlen")` is
/// `"die kita platz kitaplatz fehl"`: every word's stem, and for a hyphenated compound also
/// the stem of the joined word, so that "Kitaplätze" finds "Kita-Plätze" and back.
public enum TextAnalyzer {
    /// How one word is analysed, for `podium analyze`.
    public struct Analysis: Equatable, Sendable {
        public var token: String
        /// Lower case without diacritics, as SQLite's `unicode61 remove_diacritics 2` indexes it.
        public var normalized: String
        public var stem: String
    }

    public static func stem(_ word: some StringProtocol) -> String {
        GermanStemmer.stem(String(word))
    }

    private static let stemMemos = WordMemo<String>.Slot()

    /// The value of `paragraphs.stems` for a paragraph's text.
    public static func stemsColumn(for text: String) -> String {
        let memo = stemMemos.memo()
        var stems: [String] = []
        WordTokenizer.forEachIndexedWord(in: text) { stems.append(memo.value(for: $0, GermanStemmer.stem)) }
        return stems.joined(separator: " ")
    }

    /// Every word of `text` (compounds also joined), with its normalised form and stem.
    public static func analyze(_ text: String) -> [Analysis] {
        WordTokenizer.tokens(text).flatMap { token -> [Analysis] in
            var words = token.parts.map(String.init)
            if token.isCompound { words.append(token.parts.joined(separator: "-")) }
            return words.map { word in
                Analysis(
                    token: word, normalized: normalized(word),
                    stem: stem(token.isCompound && word.contains("-") ? token.parts.joined() : word))
            }
        }
    }

    /// Lower case with diacritics removed (ß stays, as in SQLite's unicode61).
    public static func normalized(_ word: String) -> String {
        // Fast path for ASCII and the Latin letters of German text; Unicode decomposition
        // for anything else.
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                result.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if let folded = latinFolding[value] {
                result.append(folded)
            } else {
                return String(String.UnicodeScalarView(
                    word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                        !(0x300...0x36F).contains($0.value)
                    }))
            }
        }
        return String(result)
    }

    private static let latinFolding: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [0xDF: "ß"]
        let groups: [(String, Unicode.Scalar)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("òóôõöÒÓÔÕÖ", "o"),
            ("ùúûüÙÚÛÜ", "u"), ("çÇ", "c"), ("ñÑ", "n"), ("ýÿÝ", "y"),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        return table
    }()
}
