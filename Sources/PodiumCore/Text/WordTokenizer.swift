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
        var parts: [Substring] = []
        var wordStart: String.Index? = nil
        var index = text.startIndex
        func endWord(at end: String.Index) {
            if let start = wordStart { parts.append(text[start..<end]) }
            wordStart = nil
        }
        func endToken() {
            if !parts.isEmpty { tokens.append(Token(parts: parts)) }
            parts = []
        }
        while index < text.endIndex {
            let character = text[index]
            if isWordCharacter(character) {
                if wordStart == nil { wordStart = index }
            } else if isHyphen(character), wordStart != nil,
                      let next = text.index(index, offsetBy: 1, limitedBy: text.endIndex),
                      next < text.endIndex, isWordCharacter(text[next]) {
                endWord(at: index)  // the compound goes on after the hyphen
            } else {
                endWord(at: index)
                endToken()
            }
            index = text.index(after: index)
        }
        endWord(at: text.endIndex)
        endToken()
        return tokens
    }

    /// Just the words, compounds split into their parts.
    public static func words(_ text: String) -> [Substring] {
        tokens(text).flatMap(\.parts)
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private static func isHyphen(_ character: Character) -> Bool {
        character == "-" || character == "\u{2010}" || character == "\u{2011}"
    }
}
