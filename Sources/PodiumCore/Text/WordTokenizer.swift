/// Splits text into words the way SQLite's `unicode61` tokenizer does (runs of letters and
/// digits), and knows which words were joined by hyphens into one compound.
///
/// For example, "Die Kita-Plätze fehlen." gives the words Die, Kita, Plätze, fehlen, and the
/// compound Kita-Plätze.
public enum WordTokenizer {
    /// A run of letters and digits, or several joined by hyphens ("Kita-Plätze").
    public struct Token: Equatable, Sendable {
        /// The words of the token: one, or the parts of a hyphenated compound.
        public var parts: [Substring]
        public var isCompound: Bool { parts.count > 1 }
    }

    public static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        forEachToken(in: text) { tokens.append(Token(parts: Array($0))) }
        return tokens
    }

    /// Calls `body` with the words of each token in turn, without making a ``Token`` of each:
    /// stemming and tagging every paragraph go through here.
    static func forEachToken(in text: String, _ body: (ArraySlice<Substring>) -> Void) {
        // Scalars, not Characters: German text is NFC, and grapheme breaking costs far more.
        var parts: [Substring] = []
        var wordStart: String.Index? = nil
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isWordScalar(scalar) {
                if wordStart == nil { wordStart = index }
            } else if let start = wordStart, isHyphen(scalar), next < scalars.endIndex, isWordScalar(scalars[next]) {
                parts.append(text[start..<index])  // the compound goes on after the hyphen
                wordStart = nil
            } else {
                if let start = wordStart { parts.append(text[start..<index]) }
                wordStart = nil
                if !parts.isEmpty { body(parts[...]) }
                parts.removeAll(keepingCapacity: true)
            }
            index = next
        }
        if let start = wordStart { parts.append(text[start...]) }
        if !parts.isEmpty { body(parts[...]) }
    }

    /// Calls `body` with every word of `text` as search indexes it: each word, and a hyphenated
    /// compound's parts joined as well ("Kita-Plätze" gives Kita, Plätze and KitaPlätze).
    public static func forEachIndexedWord(in text: String, _ body: (Substring) -> Void) {
        forEachToken(in: text) { parts in
            for part in parts { body(part) }
            if parts.count > 1 { body(Substring(parts.joined())) }
        }
    }

    /// Just the words, compounds split into their parts.
    public static func words(_ text: String) -> [Substring] {
        tokens(text).flatMap(\.parts)
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Letters, digits and combining marks (which belong to the letter before them).
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // Inlined for ASCII, which is most of every text: this is asked of every scalar.
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return isNonASCIIWordScalar(scalar)
    }

    private static func isNonASCIIWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if isLatinLetter(scalar) { return true }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }

    /// The letters of Latin-1 and Latin Extended-A/B (ä, ß, ł, ș …), without a property lookup:
    /// nearly every non-ASCII letter of German text.
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value >= 0xC0 && value <= 0x24F && value != 0xD7 && value != 0xF7
    }

    private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
