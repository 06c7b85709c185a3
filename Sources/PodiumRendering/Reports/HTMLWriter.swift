/// Builds HTML that is also well-formed XML: every element closed, every attribute quoted,
/// every text escaped by ``HTMLText/escape(_:)``.
struct HTMLWriter {
    private(set) var text = ""

    /// Appends markup that is already well-formed.
    mutating func raw(_ markup: String) { text += markup + "\n" }

    mutating func element(_ name: String, _ content: String, className: String? = nil) {
        text += "<\(name)\(className.map { " class=\"\($0)\"" } ?? "")>\(HTMLText.escape(content))</\(name)>\n"
    }

    mutating func open(_ name: String, className: String? = nil) {
        text += "<\(name)\(className.map { " class=\"\($0)\"" } ?? "")>\n"
    }

    mutating func close(_ name: String) { text += "</\(name)>\n" }

    mutating func table(_ table: ReportTable, numeric: Set<Int> = [], unbroken: Set<Int> = []) {
        self.table(table.headers, table.rows, numeric: numeric, unbroken: unbroken, empty: table.empty)
    }

    /// A table of plain cells; columns in `numeric` align right, those in `unbroken` never wrap.
    mutating func table(
        _ headers: [String], _ rows: [[String]], numeric: Set<Int> = [], unbroken: Set<Int> = [], className: String? = nil,
        empty: String = "None."
    ) {
        guard !rows.isEmpty else { return element("p", empty, className: "empty") }
        func cell(_ tag: String, _ index: Int, _ value: String) -> String {
            let classes = (numeric.contains(index) ? ["number"] : []) + (unbroken.contains(index) ? ["unbroken"] : [])
            return "<\(tag)\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>\(HTMLText.escape(value))</\(tag)>"
        }
        text += "<div class=\"wide\"><table\(className.map { " class=\"\($0)\"" } ?? "")>\n<thead><tr>"
            + headers.enumerated().map { cell("th", $0, $1) }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { text += "<tr>" + row.enumerated().map { cell("td", $0, $1) }.joined() + "</tr>\n" }
        text += "</tbody></table></div>\n"
    }

    mutating func figure(_ svg: String, caption: String) {
        text += "<figure>\n" + svg + "\n<figcaption>\(HTMLText.escape(caption))</figcaption></figure>\n"
    }

    /// A link when ``LinkPolicy`` allows it, else the address (or label) as text.
    static func link(_ url: String, _ label: String? = nil) -> String {
        guard LinkPolicy.isLinkable(url) else { return "<span class=\"url\">\(HTMLText.escape(label ?? url))</span>" }
        return "<a class=\"url\" href=\"\(HTMLText.escape(url))\">\(HTMLText.escape(label ?? url))</a>"
    }
}
