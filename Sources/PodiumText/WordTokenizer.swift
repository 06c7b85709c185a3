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
        // UTF-8 bytes, decoding only what is not ASCII: this runs over every paragraph and
        // quote (for stems and for topics), and walking `unicodeScalars` decoded and validated
        // each index. Scalars, not Characters: German text is NFC, and grapheme breaking
        // costs far more.
        let utf8 = text.utf8
        func part(_ start: Int, _ end: Int) -> Substring {
            text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
        }
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var parts: [Substring] = []
            var wordStart: Int? = nil
            var offset = 0
            while offset < bytes.count {
                let (scalar, next) = decode(bytes, at: offset)
                if isWordScalar(scalar) {
                    if wordStart == nil { wordStart = offset }
                } else if let start = wordStart, isHyphen(scalar), next < bytes.count, isWordScalar(decode(bytes, at: next).scalar) {
                    parts.append(part(start, offset))  // the compound goes on after the hyphen
                    wordStart = nil
                } else {
                    if let start = wordStart { parts.append(part(start, offset)) }
                    wordStart = nil
                    if !parts.isEmpty { body(parts[...]) }
                    parts.removeAll(keepingCapacity: true)
                }
                offset = next
            }
            if let start = wordStart { parts.append(part(start, bytes.count)) }
            if !parts.isEmpty { body(parts[...]) }
        }
    }

    /// The scalar whose UTF-8 encoding starts at `offset` of valid UTF-8, and where the next starts.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, next: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), offset + 1) }
        func continuation(_ index: Int) -> UInt32 { UInt32(bytes[offset + index]) & 0x3F }
        let (value, length): (UInt32, Int) = switch lead {
        case ..<0xE0: ((lead & 0x1F) << 6 | continuation(1), 2)
        case ..<0xF0: ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        default: ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", offset + length)
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

    package static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Letters, digits and combining marks (which belong to the letter before them).
    @inline(__always)
    package static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
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
    package static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value >= 0xC0 && value <= 0x24F && value != 0xD7 && value != 0xF7
    }

    private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
