import Foundation

/// Writes rows of fields as JSON (an array), NDJSON (an object a line) or CSV (RFC 4180, with
/// a header; lists joined by "; "; a text that a spreadsheet would run as a formula, one that
/// begins with `=`, `+`, `-`, `@`, a tab or a carriage return, gets a leading `'`, as OWASP
/// advises, so that opening the file never runs it).
///
/// For example, the rows `[[("name", "Kimmel"), ("quotes", 2)]]` become
/// `[{"name":"Kimmel","quotes":2}]`, `{"name":"Kimmel","quotes":2}` and `name,quotes\nKimmel,2`.
public enum RecordWriter {
    public static func json(_ rows: [[OutputField]]) -> String {
        if rows.isEmpty { return "[]\n" }
        return "[\n" + rows.map { "  " + encode(.object($0)) }.joined(separator: ",\n") + "\n]\n"
    }

    public static func ndjson(_ rows: [[OutputField]]) -> String {
        rows.map { encode(.object($0)) + "\n" }.joined()
    }

    public static func csv(_ rows: [[OutputField]]) -> String {
        guard let first = rows.first else { return "" }
        var lines = [first.map { csvField($0.key) }.joined(separator: ",")]
        for row in rows {
            lines.append(row.map { csvField(csvText($0.value)) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Compact JSON for one value.
    public static func encode(_ value: OutputValue) -> String {
        switch value {
        case .null: return "null"
        case let .bool(flag): return flag ? "true" : "false"
        case let .int(number): return String(number)
        case let .double(number):
            guard number.isFinite else { return "null" }
            return String(format: "%.4f", number)
        case let .string(text): return quote(text)
        case let .list(items): return "[" + items.map(encode).joined(separator: ",") + "]"
        case let .object(fields):
            return "{" + fields.map { quote($0.key) + ":" + encode($0.value) }.joined(separator: ",") + "}"
        }
    }

    /// JSON for one value, indented by two spaces a level, for people to read.
    public static func pretty(_ value: OutputValue, indent: String = "") -> String {
        let inner = indent + "  "
        switch value {
        case let .list(items) where !items.isEmpty:
            return "[\n" + items.map { inner + pretty($0, indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case let .object(fields) where !fields.isEmpty:
            return "{\n" + fields.map { inner + quote($0.key) + ": " + pretty($0.value, indent: inner) }.joined(separator: ",\n")
                + "\n" + indent + "}"
        default:
            return encode(value)
        }
    }

    /// A value as plain text, for CSV cells and tables.
    public static func plain(_ value: OutputValue) -> String {
        switch value {
        case .null: ""
        case let .string(text): text
        case let .list(items): items.map(plain).joined(separator: "; ")
        case .object, .bool, .int, .double: encode(value)
        }
    }

    private static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A value as a CSV cell's text: numbers as they are, texts defused against formulas.
    private static func csvText(_ value: OutputValue) -> String {
        let text = plain(value)
        switch value {
        case .int, .double, .bool, .null: return text
        case .string, .list, .object:
            guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
            return "'" + text
        }
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
