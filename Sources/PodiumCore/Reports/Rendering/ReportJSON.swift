import Foundation

/// The JSON rendering: the report value with snake_case keys, sorted, with `null` for what is
/// unknown so that every key of the documented shape is always present.
public enum ReportJSON {
    public static func render(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}

extension KeyedEncodingContainer {
    // The synthesised `Encodable` conformances of this module call this for optional
    // properties; writing `null` instead of leaving the key out keeps the JSON shape stable.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        try encode(value, forKey: key)
    }
}
