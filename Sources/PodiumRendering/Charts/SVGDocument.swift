import Foundation

/// An SVG drawing as text, accessible: a title and a description that screen readers announce,
/// and text labels on every mark so that no value is told by colour alone.
struct SVGDocument {
    private var body = ""
    let width: Double
    let height: Double
    let id: String
    let title: String
    let summary: String

    init(id: String, width: Double, height: Double, title: String, summary: String) {
        self.id = id
        self.width = width
        self.height = height
        self.title = title
        self.summary = summary
    }

    var text: String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 \(number(width)) \(number(height))" \
        width="\(number(width))" height="\(number(height))" aria-labelledby="\(id)-title \(id)-desc">
        <title id="\(id)-title">\(HTMLText.escape(title))</title>
        <desc id="\(id)-desc">\(HTMLText.escape(summary))</desc>
        \(body)</svg>
        """
    }

    mutating func raw(_ element: String) { body += element + "\n" }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, className: String, tooltip: String? = nil) {
        let shape = "<rect class=\"\(className)\" x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(max(0, width)))\" height=\"\(number(max(0, height)))\""
        raw(tooltip.map { shape + "><title>\(HTMLText.escape($0))</title></rect>" } ?? shape + "/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
        raw("<line class=\"\(className)\" x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\"/>")
    }

    enum Anchor: String { case start, middle, end }

    mutating func label(_ text: String, x: Double, y: Double, anchor: Anchor = .start, className: String = "label", rotate: Double? = nil) {
        let transform = rotate.map { " transform=\"rotate(\(number($0)) \(number(x)) \(number(y)))\"" } ?? ""
        raw("<text class=\"\(className)\" x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor.rawValue)\"\(transform)>\(HTMLText.escape(text))</text>")
    }

    /// "12.5", "12": short, locale-free numbers.
    func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// A label shortened to `limit` characters with an ellipsis.
    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
