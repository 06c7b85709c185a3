/// A plain text table that fits a terminal: columns as wide as their widest cell (at most
/// `maximumColumnWidth`, but for the last, which takes the rest), the widest shrunk (with "…")
/// until the table fits `width`.
///
/// ```
/// NAME            PARTY  MUNICIPALITY    QUOTES
/// Beate Kimmel    SPD    Kaiserslautern  2
/// ```
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]]

    public init(headers: [String], rows: [[String]]) {
        self.headers = headers
        self.rows = rows
    }

    public var maximumColumnWidth = 22

    public func render(width: Int = 80) -> String {
        var widths = headers.indices.map { column in
            let widest = ([headers[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
            return column == headers.count - 1 ? widest : min(widest, maximumColumnWidth)
        }
        let gaps = 2 * max(0, headers.count - 1)
        // The last column (a quote, a list) gives way first, down to a readable width.
        while widths.reduce(0, +) + gaps > width {
            let last = widths.count - 1
            if widths[last] > 30 {
                widths[last] -= 1
            } else if let widest = widths.indices.dropLast().max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 {
                widths[widest] -= 1
            } else if widths[last] > 8 {
                widths[last] -= 1
            } else {
                break
            }
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                let cell = cells[column]
                let fitted = cell.count > widths[column] ? String(cell.prefix(widths[column] - 1)) + "…" : cell
                return column == cells.count - 1 ? fitted : fitted + String(repeating: " ", count: widths[column] - fitted.count)
            }.joined(separator: "  ")
        }
        return ([line(headers)] + rows.map(line)).map { $0 + "\n" }.joined()
    }
}
