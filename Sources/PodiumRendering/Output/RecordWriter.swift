import Foundation
import PodiumModel

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
        return "[\n" + rows.map { "  " + OutputValue.object($0).json }.joined(separator: ",\n") + "\n]\n"
    }

    public static func ndjson(_ rows: [[OutputField]]) -> String {
        rows.map { OutputValue.object($0).json + "\n" }.joined()
    }

    public static func csv(_ rows: [[OutputField]]) -> String {
        guard let first = rows.first else { return "" }
        var lines = [first.map { csvField($0.key) }.joined(separator: ",")]
        for row in rows {
            lines.append(row.map { csvField(csvText($0.value)) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A value as plain text, for CSV cells and tables.
    public static func plain(_ value: OutputValue) -> String {
        switch value {
        case .null: ""
        case let .string(text): text
        case let .list(items): items.map(plain).joined(separator: "; ")
        case .object, .bool, .int, .double: value.json
        }
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
