/// The words of the `facets` column of `paragraphs_fts`, defined once: import writes them
/// (``ParagraphFacets``), search asks for them (the query compiler's facet expression), and the
/// view `paragraph_facet_tokens` (`migrations/0011_article_kinds.sql`) makes the same words from
/// the stored rows, which `podium check` compares. Every word is letters and digits, so that
/// FTS5's unicode61 tokenizer keeps it whole.
package enum FacetWord {
    /// `fa07315000`: the article's municipality, by AGS.
    package static func municipality(_ ags: String) -> String { "fa" + ags }
    /// `fs` and the name's UTF-8 bytes in hexadecimal: the state. SQLite's `hex(NULL)` is '',
    /// so an article without a state has the word `fs`.
    package static func state(_ name: String?) -> String { "fs" + hex(name ?? "") }
    /// `fy2019`: the forum's year, else the year of publication.
    package static func year(_ year: Int) -> String { "fy\(year)" }
    /// `fp12`: a person the paragraph quotes or names.
    package static func person(_ id: Int64) -> String { "fp\(id)" }
    /// `fq3`: the party of such a person's candidacy.
    package static func party(_ id: Int64) -> String { "fq\(id)" }
    /// `ft5`: a topic of the paragraph.
    package static func topic(_ id: Int64) -> String { "ft\(id)" }
    /// `fo7`: an organiser of the forum.
    package static func organization(_ id: Int64) -> String { "fo\(id)" }
    /// The paragraph quotes someone.
    package static let quote = "fquote"

    /// Upper-case hexadecimal of the UTF-8 bytes, as SQLite's `hex()` writes it.
    static func hex(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 2)
        for byte in text.utf8 {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 15)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
