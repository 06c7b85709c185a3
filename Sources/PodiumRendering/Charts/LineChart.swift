/// Lines over the years; each series has its own marker shape and dash pattern and is named at
/// its end and in the legend, so that the lines are told apart without colour.
struct LineChart {
    struct Series {
        var name: String
        var values: [Double]
    }

    var id: String
    var title: String
    var summary: String
    var years: [Int]
    var unit: String
    var series: [Series]

    private static let markers = ["circle", "square", "triangle", "diamond", "cross", "plus"]
    private static let dashes = ["none", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"]

    func render() -> String {
        let left = 48.0, right = 20.0, top = 16.0, plotWidth = 560.0, plotHeight = 220.0
        let legendRow = 18.0
        let legendTop = top + plotHeight + 40
        let height = legendTop + Double(series.count) * legendRow + 6
        var svg = SVGDocument(id: id, width: left + plotWidth + right, height: height, title: title, summary: summary)
        let maximum = niceCeiling(series.flatMap(\.values).max() ?? 1)
        let span = Double(max(1, (years.last ?? 0) - (years.first ?? 0)))
        func x(_ year: Int) -> Double { left + (years.count == 1 ? plotWidth / 2 : Double(year - years[0]) / span * plotWidth) }
        func y(_ value: Double) -> Double { top + plotHeight - value / maximum * plotHeight }

        for step in 0...4 {
            let value = maximum * Double(step) / 4
            svg.line(x1: left, y1: y(value), x2: left + plotWidth, y2: y(value), className: "grid")
            svg.label(svg.number(value) + unit, x: left - 6, y: y(value) + 4, anchor: .end, className: "tick")
        }
        let stride = max(1, Int((Double(years.count) / 12).rounded(.up)))
        for (index, year) in years.enumerated() where index % stride == 0 || index == years.count - 1 {
            svg.label(String(year), x: x(year), y: top + plotHeight + 16, anchor: .middle, className: "tick")
        }
        svg.line(x1: left, y1: top + plotHeight, x2: left + plotWidth, y2: top + plotHeight, className: "axis")

        for (index, line) in series.enumerated() {
            let points = zip(years, line.values).map { "\(svg.number(x($0))),\(svg.number(y($1)))" }.joined(separator: " ")
            let dash = Self.dashes[index % Self.dashes.count]
            svg.raw("<polyline class=\"line series-\(index)\" points=\"\(points)\"\(dash == "none" ? "" : " stroke-dasharray=\"\(dash)\"")/>")
            for (year, value) in zip(years, line.values) {
                svg.raw(marker(index, x: x(year), y: y(value), tooltip: "\(line.name), \(year): \(svg.number(value))\(unit)", svg: svg))
            }
            let legendY = legendTop + Double(index) * legendRow
            svg.raw("<line class=\"line series-\(index)\" x1=\"\(left)\" y1=\"\(legendY)\" x2=\"\(left + 40)\" y2=\"\(legendY)\"\(dash == "none" ? "" : " stroke-dasharray=\"\(dash)\"")/>")
            svg.raw(marker(index, x: left + 20, y: legendY, tooltip: nil, svg: svg))
            svg.label(line.name, x: left + 50, y: legendY + 4)
        }
        return svg.text
    }

    private func marker(_ index: Int, x: Double, y: Double, tooltip: String?, svg: SVGDocument) -> String {
        let n = svg.number
        let shape: String
        switch Self.markers[index % Self.markers.count] {
        case "circle": shape = "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"3.5\""
        case "square": shape = "<rect x=\"\(n(x - 3.5))\" y=\"\(n(y - 3.5))\" width=\"7\" height=\"7\""
        case "triangle": shape = "<polygon points=\"\(n(x)),\(n(y - 4.5)) \(n(x + 4)),\(n(y + 3)) \(n(x - 4)),\(n(y + 3))\""
        case "diamond": shape = "<polygon points=\"\(n(x)),\(n(y - 4.5)) \(n(x + 4.5)),\(n(y)) \(n(x)),\(n(y + 4.5)) \(n(x - 4.5)),\(n(y))\""
        case "cross": shape = "<path d=\"M\(n(x - 4)) \(n(y - 4))L\(n(x + 4)) \(n(y + 4))M\(n(x + 4)) \(n(y - 4))L\(n(x - 4)) \(n(y + 4))\""
        default: shape = "<path d=\"M\(n(x - 4.5)) \(n(y))H\(n(x + 4.5))M\(n(x)) \(n(y - 4.5))V\(n(y + 4.5))\""
        }
        let element = shape + " class=\"marker series-\(index)\""
        return tooltip.map { element + "><title>\(HTMLText.escape($0))</title>" + closing(shape) } ?? element + "/>"
    }

    private func closing(_ shape: String) -> String {
        "</" + shape.dropFirst().prefix { $0 != " " } + ">"
    }

    /// 1, 2, 5 times a power of ten, at least `value`.
    private func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= value { magnitude *= 10 }
        while magnitude > value { magnitude /= 10 }
        return [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= value } ?? value
    }
}
