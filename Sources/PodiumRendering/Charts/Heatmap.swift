/// A grid of counts: rows by columns, each cell shaded by its value and labelled with it.
struct Heatmap {
    var id: String
    var title: String
    var summary: String
    var rowLabels: [String]
    var columnLabels: [String]
    /// `values[row][column]`.
    var values: [[Int]]
    var cellWidth = 44.0

    func render() -> String {
        let labelWidth = 190.0, headerHeight = 96.0, cellHeight = 22.0
        let width = labelWidth + Double(columnLabels.count) * cellWidth + 8
        let height = headerHeight + Double(rowLabels.count) * cellHeight + 4
        var svg = SVGDocument(id: id, width: width, height: height, title: title, summary: summary)
        let maximum = Double(max(1, values.flatMap { $0 }.max() ?? 1))
        for (column, label) in columnLabels.enumerated() {
            let x = labelWidth + (Double(column) + 0.5) * cellWidth
            svg.label(SVGDocument.clip(label, 16), x: x, y: headerHeight - 6, rotate: -50)
        }
        for (row, label) in rowLabels.enumerated() {
            let y = headerHeight + Double(row) * cellHeight
            svg.label(SVGDocument.clip(label, 30), x: labelWidth - 8, y: y + cellHeight - 7, anchor: .end)
            for (column, value) in values[row].enumerated() {
                let x = labelWidth + Double(column) * cellWidth
                // Five steps of one hue; the number in the cell tells the value exactly.
                let level = value == 0 ? 0 : 1 + Int((Double(value) / maximum * 4).rounded(.down)).clamped(to: 0...3)
                svg.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, className: "cell level-\(level)",
                         tooltip: "\(label), \(columnLabels[column]): \(value)")
                if value > 0 {
                    svg.label(String(value), x: x + cellWidth / 2, y: y + cellHeight - 7, anchor: .middle,
                              className: level >= 3 ? "cell-value inverse" : "cell-value")
                }
            }
        }
        return svg.text
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
