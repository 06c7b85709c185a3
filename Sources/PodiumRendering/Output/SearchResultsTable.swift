import Foundation
import PodiumModel
import PodiumQuery

/// Lays out search results for a person at a terminal: one block a hit, lines of at most
/// `width` columns, the match highlighted with the given markers.
///
/// ```
///  1. Kaiserslautern · 2023-08-30 · Digitalisierung im Fokus
///     …Bisher hat die Stadt die [Digitalisierung] nicht genutzt, um die Probleme…
/// ```
public struct SearchResultsTable {
    public var width = 80
    public var highlightOpen = "["
    public var highlightClose = "]"

    public init(width: Int = 80, highlightOpen: String = "[", highlightClose: String = "]") {
        self.width = width
        self.highlightOpen = highlightOpen
        self.highlightClose = highlightClose
    }

    public func render(_ results: SearchResults, offset: Int = 0) -> String {
        guard !results.hits.isEmpty else { return "No matches.\n" }
        var output = ""
        for (index, hit) in results.hits.enumerated() {
            let number = "\(offset.saturatingAdding(index + 1)). "
            let indent = String(repeating: " ", count: max(number.count, 4))
            let place = hit.municipality ?? hit.state ?? "unknown place"
            let date = hit.forumDate ?? hit.publishedDate.map { "published \($0)" } ?? "undated"
            let header = [place, date, hit.kind == .forumReport ? nil : hit.kind.label, hit.title ?? hit.heading]
                .compactMap { $0 }.joined(separator: " · ")
            output += truncate(String(repeating: " ", count: indent.count - number.count) + number + header) + "\n"
            if !hit.speakers.isEmpty {
                output += truncate(indent + "Speakers: " + hit.speakers.joined(separator: ", ")) + "\n"
            }
            for line in wrap(hit.snippet, indent: indent) { output += line + "\n" }
        }
        let shown = "\(offset.saturatingAdding(1))–\(offset.saturatingAdding(results.hits.count))"
        let total = "\(results.total)\(results.totalIsBounded ? "+" : "")"
        output += "\n\(shown) of \(total) matching paragraph\(results.total == 1 ? "" : "s")"
            + (results.orderedByDate ? ", newest first: too common to rank by relevance (narrow the search to rank)" : "") + "\n"
        return output
    }

    private func truncate(_ line: String) -> String {
        line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }

    /// Word-wraps the snippet. Printable markers ("[", "]") take columns; terminal escape
    /// sequences for bold do not.
    private func wrap(_ snippet: String, indent: String) -> [String] {
        let markerWidth = highlightOpen.hasPrefix("\u{1B}") ? 0 : highlightOpen.count + highlightClose.count
        func width(_ word: Substring) -> Int {
            let opens = word.filter { String($0) == SearchHit.highlightStart }.count
            let visible = word.filter { String($0) != SearchHit.highlightStart && String($0) != SearchHit.highlightEnd }.count
            return visible + opens * markerWidth
        }
        var lines: [String] = []
        var line = indent
        var used = indent.count
        for word in snippet.split(separator: " ") {
            let wordWidth = width(word)
            if used > indent.count, used + 1 + wordWidth > self.width {
                lines.append(line)
                line = indent
                used = indent.count
            }
            if used > indent.count {
                line += " "
                used += 1
            }
            line += word
            used += wordWidth
        }
        if used > indent.count { lines.append(line) }
        return lines.map {
            $0.replacingOccurrences(of: SearchHit.highlightStart, with: highlightOpen)
                .replacingOccurrences(of: SearchHit.highlightEnd, with: highlightClose)
        }
    }
}
