import Foundation

/// Brings article text into the one form podium stores, hashes and indexes.
///
/// Unicode NFC; LF line endings (CRLF, CR, U+2028 and U+2029 become LF); tabs, no-break and
/// other Unicode spaces become one plain space; zero-width characters, soft hyphens and control
/// characters are removed; lines are trimmed and runs of blank lines become one. Quotation marks
/// and dashes stay as written. For example:
///
/// ```swift
/// TextNormalizer.normalize("  „Wir müssen“ \r\n\r\n\r\nsagte\u{00A0}er ")
/// // "„Wir müssen“\n\nsagte er"
/// ```
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        var lines: [String] = []
        var pendingBlank = false
        let composed = isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        for rawLine in splitLines(composed) {
            let line = cleanLine(rawLine)
            if line.isEmpty {
                pendingBlank = !lines.isEmpty
                continue
            }
            if pendingBlank { lines.append("") }
            pendingBlank = false
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Lines of `text`, treating CRLF, CR, LF, U+2028 and U+2029 alike. Read byte by byte: each
    /// break is a whole character, so the slices fall on character boundaries.
    package static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            var next = utf8.index(after: index)
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            } else if byte == 0xE2, text.unicodeScalars[index].value & ~1 == 0x2028 {
                next = text.unicodeScalars.index(after: index)
            } else {
                index = next
                continue
            }
            lines.append(text[start..<index])
            start = next
            index = next
        }
        lines.append(text[start...])
        return lines
    }

    /// True when every scalar is one that NFC leaves alone whatever surrounds it (below U+0300,
    /// where no combining mark or singleton lies, and the general punctuation and currency
    /// signs after U+2001): nearly all German text, which then skips the costly normalisation.
    /// Below U+0300 is every byte below 0xCC (ASCII, continuation bytes, two-byte leads up to
    /// U+02FF), so only three-byte scalars led by 0xE2 are decoded.
    package static func isSurelyNFC(_ text: String) -> Bool {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte < 0xCC {
                index = utf8.index(after: index)
                continue
            }
            guard byte == 0xE2 else { return false }
            let value = text.unicodeScalars[index].value
            guard (value >= 0x2002 && value <= 0x206F) || (value >= 0x20A0 && value <= 0x20CF) else { return false }
            index = text.unicodeScalars.index(after: index)
        }
        return true
    }

    private static func cleanLine(_ line: Substring) -> String {
        if isClean(line) { return String(line) }
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true  // drops leading spaces
        for scalar in line.unicodeScalars {
            if isSpace(scalar) {
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
            } else if !isRemoved(scalar) {
                scalars.append(scalar)
                lastWasSpace = false
            }
        }
        if lastWasSpace, scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }

    /// Whether `cleanLine` would return the line as it is: most lines, which are then copied
    /// whole instead of scalar by scalar. Read byte by byte: ASCII decides for itself, and only
    /// scalars with a lead byte that a space or removed scalar can have are decoded.
    private static func isClean(_ line: Substring) -> Bool {
        var lastWasSpace = true
        let utf8 = line.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 {
                if lastWasSpace { return false }
                lastWasSpace = true
            } else if byte < 0x20 || byte == 0x7F {
                return false
            } else if byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF {
                let scalar = line.unicodeScalars[index]
                if isSpace(scalar) || isRemoved(scalar) { return false }
                lastWasSpace = false
            } else {
                lastWasSpace = false
            }
            index = utf8.index(after: index)
        }
        return !lastWasSpace || line.isEmpty
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0B, 0x0C, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    private static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true  // control characters
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: true  // soft hyphen, zero-width
        default: false
        }
    }
}
