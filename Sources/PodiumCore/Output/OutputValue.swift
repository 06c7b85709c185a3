/// A value to print as JSON, NDJSON, CSV or a table, with object keys in a fixed order.
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

/// The machine-readable formats every listing command offers.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv, ndjson
}
