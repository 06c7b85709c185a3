/// A line of a JSON Lines file that carries a catalogue record of `podium export` (a party or a
/// topic: `{"podium_catalog":"party",…}`) instead of an article: readers pass over it, and import
/// applies it to the archive before it reads any article.
package enum CatalogRecordLine {
    /// The key that opens every catalogue record.
    package static let key = "podium_catalog"

    /// The bytes every catalogue record starts with.
    package static let prefix = Array("{\"\(key)\"".utf8)

    /// Whether a line is a catalogue record (a prefix test; applying it parses it).
    static func isRecord(_ line: String) -> Bool {
        line.utf8.starts(with: prefix)
    }
}
