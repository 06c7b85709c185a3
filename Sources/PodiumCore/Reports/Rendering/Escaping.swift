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
            // Control characters are not allowed in HTML or XML text.
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": escaped += " "
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

    /// A link target: angle brackets keep spaces and parentheses in it harmless.
    static func url(_ url: String) -> String {
        "<" + url.replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: "<", with: "%3C")
            .replacingOccurrences(of: " ", with: "%20") + ">"
    }
}
