import Foundation

/// Article text is data: these make it render as text, whatever characters it holds.
enum HTMLText {
    /// Escapes text for an element's content or a quoted attribute value.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            // Control characters are not allowed in HTML or XML text, nor are the two
            // noncharacters U+FFFE and U+FFFF.
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": escaped += " "
            case "\u{FFFE}", "\u{FFFF}": escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

enum MarkdownText {
    /// Escapes inline text: no emphasis, link, code, HTML or table syntax survives, and the text
    /// stays on one line so that it cannot start a heading, list or block quote of its own.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!": escaped += "\\" + String(scalar)
            case "\n", "\r", "\t": escaped += " "
            case _ where scalar.value < 0x20: escaped += " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        // A line that starts with "-", "+", "=" or "1. " would begin a list or underline a heading.
        if let first = escaped.unicodeScalars.first, "-+=".unicodeScalars.contains(first) {
            escaped = "\\" + escaped
        } else if let dot = escaped.firstIndex(where: { !$0.isNumber }), dot != escaped.startIndex,
                  escaped[dot] == "." || escaped[dot] == ")",
                  escaped.index(after: dot) == escaped.endIndex || escaped[escaped.index(after: dot)] == " " {
            escaped.insert("\\", at: dot)
        }
        return escaped
    }

    /// A link (an autolink in angle brackets, which keep spaces and parentheses harmless) when
    /// ``LinkPolicy`` allows it, else the address as plain text.
    static func url(_ url: String) -> String {
        guard LinkPolicy.isLinkable(url) else { return escape(url) }
        return "<" + url.replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: "<", with: "%3C")
            .replacingOccurrences(of: " ", with: "%20") + ">"
    }
}

/// Which addresses become links in a report or a page: only `http` and `https` ones with a
/// host. Any other scheme (`javascript:`, `data:`, `vbscript:`, `file:`) is shown as text, so
/// that an article's metadata cannot put a live script link in front of a reader.
///
/// For example, `isLinkable("https://example.org/a")` is true and `isLinkable(" JavaScript:x")`
/// is false.
public enum LinkPolicy {
    public static func isLinkable(_ url: String) -> Bool {
        // Browsers drop leading spaces and control characters and ignore tabs and newlines
        // anywhere in an address: judge the address as the browser would read it.
        let visible = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 }))
        guard let components = URLComponents(string: visible), let scheme = components.scheme?.lowercased(),
              let host = components.host
        else { return false }
        return (scheme == "http" || scheme == "https") && !host.isEmpty
    }
}
