import Foundation

/// A value to print as JSON, NDJSON, CSV or a table, with object keys in a fixed order: a row of
/// a listing, a record of `podium export`, an article's metadata as stored.
public indirect enum OutputValue: Equatable, Sendable {
    case null
    case string(String)
    case int(Int64)
    case double(Double)
    case bool(Bool)
    case list([OutputValue])
    case object([OutputField])

    public static func optional(_ text: String?) -> OutputValue { text.map(OutputValue.string) ?? .null }
}

/// One key and value of an output object.
public struct OutputField: Equatable, Sendable {
    public var key: String
    public var value: OutputValue

    public init(_ key: String, _ value: OutputValue) {
        self.key = key
        self.value = value
    }
}

extension OutputValue {
    /// Compact JSON, the form of every NDJSON line and stored metadata.
    ///
    /// For example, `.object([OutputField("name", .string("Kimmel")), OutputField("quotes", .int(2))])`
    /// is `{"name":"Kimmel","quotes":2}`.
    public var json: String {
        switch self {
        case .null: return "null"
        case let .bool(flag): return flag ? "true" : "false"
        case let .int(number): return String(number)
        case let .double(number):
            guard number.isFinite else { return "null" }
            return String(format: "%.4f", number)
        case let .string(text): return Self.quote(text)
        case let .list(items): return "[" + items.map(\.json).joined(separator: ",") + "]"
        case let .object(fields):
            return "{" + fields.map { Self.quote($0.key) + ":" + $0.value.json }.joined(separator: ",") + "}"
        }
    }

    /// JSON indented by two spaces a level, for people to read.
    public func prettyJSON(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case let .list(items) where !items.isEmpty:
            return "[\n" + items.map { inner + $0.prettyJSON(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case let .object(fields) where !fields.isEmpty:
            return "{\n" + fields.map { inner + Self.quote($0.key) + ": " + $0.value.prettyJSON(indent: inner) }.joined(separator: ",\n")
                + "\n" + indent + "}"
        default:
            return json
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
}
