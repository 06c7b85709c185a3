import PodiumQuery

/// The renderings of a report; all three render the same ``Report`` value.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, html, json

    public func render(_ report: Report) -> String {
        switch self {
        case .md: ReportMarkdown.render(report)
        case .html: ReportHTML.render(report)
        case .json: ReportJSON.render(report)
        }
    }
}
