/// Horizontal bars, one row a label, one or two series per row; each bar carries its value as
/// text, and the second series is hatched so that the two differ without colour.
struct BarChart {
    struct Row {
        var label: String
        var values: [Int]
    }

    var id: String
    var title: String
    var summary: String
    var series: [String]
    var rows: [Row]

    func render() -> String {
        let labelWidth = 190.0, chartWidth = 380.0, valueWidth = 50.0
        let barHeight = 14.0, gap = 2.0, rowGap = 10.0
        let rowHeight = Double(series.count) * (barHeight + gap) + rowGap
        let legendHeight = series.count > 1 ? 26.0 : 4.0
        let height = legendHeight + Double(rows.count) * rowHeight + 6
        var svg = SVGDocument(id: id, width: labelWidth + chartWidth + valueWidth, height: height, title: title, summary: summary)
        let maximum = Double(max(1, rows.flatMap(\.values).max() ?? 1))
        if series.count > 1 {
            for (index, name) in series.enumerated() {
                let x = labelWidth + Double(index) * 150
                svg.rect(x: x, y: 6, width: 14, height: 12, className: "bar series-\(index)")
                svg.label(name, x: x + 20, y: 16)
            }
        }
        for (rowIndex, row) in rows.enumerated() {
            let top = legendHeight + Double(rowIndex) * rowHeight
            svg.label(SVGDocument.clip(row.label, 30), x: labelWidth - 8, y: top + barHeight - 3, anchor: .end)
            for (index, value) in row.values.enumerated() {
                let y = top + Double(index) * (barHeight + gap)
                let width = chartWidth * Double(value) / maximum
                svg.rect(x: labelWidth, y: y, width: width, height: barHeight, className: "bar series-\(index)",
                         tooltip: "\(row.label): \(value) \(series[index])")
                svg.label(String(value), x: labelWidth + width + 4, y: y + barHeight - 3, className: "value")
            }
        }
        svg.line(x1: labelWidth, y1: legendHeight - 2, x2: labelWidth, y2: height - 4, className: "axis")
        return svg.text
    }
}
