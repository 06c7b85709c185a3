/// A value of front matter or JSON, before podium interprets it.
public indirect enum MetadataValue: Equatable, Sendable {
    case null
    case text(String)
    case list([MetadataValue])
    case map([(key: String, value: MetadataValue)])

    public static func == (a: MetadataValue, b: MetadataValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.text(x), .text(y)): x == y
        case let (.list(x), .list(y)): x == y
        case let (.map(x), .map(y)): x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        default: false
        }
    }

    /// The value of `key` in a map; nil for other values.
    package subscript(key: String) -> MetadataValue? {
        guard case let .map(entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }
}
