import Foundation
import PodiumQuery

/// The archived municipalities on the outline of Germany, drawn from the gazetteer's
/// coordinates: every municipality a faint cell, every archived one a dot sized by its forums.
struct DotMap {
    var id: String
    var title: String
    var summary: String
    var cellDegrees: Double
    /// `[longitude, latitude]`.
    var background: [[Double]]
    var points: [ArchiveOverview.MapPoint]
    var labelled = 10

    func render() -> String {
        let scale = 62.0, margin = 8.0
        let west = 5.6, east = 15.2, north = 55.1, south = 47.2
        let squeeze = cos(51.2 * Double.pi / 180)
        let width = (east - west) * squeeze * scale + 2 * margin + 90, height = (north - south) * scale + 2 * margin
        var svg = SVGDocument(id: id, width: width, height: height, title: title, summary: summary)
        func x(_ longitude: Double) -> Double { margin + (longitude - west) * squeeze * scale }
        func y(_ latitude: Double) -> Double { margin + (north - latitude) * scale }
        // Cells a little larger than the grid, so that neighbours join into one outline.
        let cellWidth = cellDegrees * squeeze * scale * 1.3, cellHeight = cellDegrees * scale * 1.3
        let outline = background.filter { $0.count == 2 }.map {
            "M\(svg.number(x($0[0]) - cellWidth / 2)),\(svg.number(y($0[1]) - cellHeight / 2))"
                + "h\(svg.number(cellWidth))v\(svg.number(cellHeight))h-\(svg.number(cellWidth))z"
        }.joined()
        svg.raw("<path class=\"land\" d=\"\(outline)\"/>")
        for point in points.sorted(by: { $0.forums > $1.forums }) {
            let radius = min(14, 3 + 1.6 * Double(point.forums).squareRoot())
            svg.raw("<circle class=\"place\" cx=\"\(svg.number(x(point.longitude)))\" cy=\"\(svg.number(y(point.latitude)))\" r=\"\(svg.number(radius))\"><title>\(HTMLText.escape("\(point.name): \(point.forums) forum\(point.forums == 1 ? "" : "s")"))</title></circle>")
        }
        // The places with most forums are named, each where its name overlaps no other.
        var placed: [(x: Double, y: Double, width: Double)] = []
        for point in points.sorted(by: { ($0.forums, $1.name) > ($1.forums, $0.name) }).prefix(labelled) {
            let px = x(point.longitude), py = y(point.latitude)
            let textWidth = Double(point.name.count) * 6.2
            let candidates: [(x: Double, y: Double, anchor: SVGDocument.Anchor)] = [
                (px + 7, py + 4, .start), (px - 7, py + 4, .end), (px + 5, py - 8, .start), (px + 5, py + 16, .start),
            ]
            for option in candidates {
                let left = option.anchor == .start ? option.x : option.x - textWidth
                let overlaps = placed.contains { abs($0.y - option.y) < 12 && left < $0.x + $0.width && $0.x < left + textWidth }
                guard !overlaps else { continue }
                placed.append((left, option.y, textWidth))
                svg.label(point.name, x: option.x, y: option.y, anchor: option.anchor, className: "map-label")
                break
            }
        }
        return svg.text
    }
}
