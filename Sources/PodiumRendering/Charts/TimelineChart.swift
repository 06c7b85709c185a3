import PodiumModel

/// Forums on a time axis, each a mark with its date and place written beside it.
struct TimelineChart {
    struct Event {
        var date: CalendarDate
        var label: String
    }

    var id: String
    var title: String
    var summary: String
    var events: [Event]

    func render() -> String {
        // Labels rise to the right at 50°: room above the axis and after the last mark.
        let left = 30.0, plotWidth = 560.0, labelSpace = 150.0, axisY = labelSpace + 20, right = 120.0
        var svg = SVGDocument(id: id, width: left + plotWidth + right, height: axisY + 30, title: title, summary: summary)
        let sorted = events.sorted { $0.date < $1.date }
        guard let first = sorted.first?.date.year, let last = sorted.last?.date.year else { return svg.text }
        let start = Double(first), end = Double(last + 1)
        func x(_ date: CalendarDate) -> Double {
            let position = Double(date.year) + (Double(date.month - 1) + Double(date.day - 1) / 31) / 12
            return left + (position - start) / (end - start) * plotWidth
        }
        svg.line(x1: left, y1: axisY, x2: left + plotWidth, y2: axisY, className: "axis")
        let stride = max(1, (last + 1 - first) / 10)
        for year in Swift.stride(from: first, through: last + 1, by: stride) {
            let tick = left + Double(year - first) / (end - start) * plotWidth
            svg.line(x1: tick, y1: axisY - 4, x2: tick, y2: axisY + 4, className: "axis")
            svg.label(String(year), x: tick, y: axisY + 18, anchor: .middle, className: "tick")
        }
        for event in sorted {
            let position = x(event.date)
            svg.raw("<circle class=\"event\" cx=\"\(svg.number(position))\" cy=\"\(svg.number(axisY))\" r=\"5\"><title>\(HTMLText.escape(event.label))</title></circle>")
            svg.label(SVGDocument.clip(event.label, 28), x: position + 3, y: axisY - 10, rotate: -50)
        }
        return svg.text
    }
}
