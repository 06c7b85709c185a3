/// What an article reports: a candidate forum, other election news, or something else.
/// Only a forum report has candidates on a panel.
public enum ArticleKind: String, CaseIterable, Sendable {
    /// A report of a forum that took place: a Podiumsdiskussion, Wahlforum, Kandidatencheck.
    case forumReport = "forum_report"
    /// Election news that reports no forum: results, previews and announcements, portraits.
    case electionCoverage = "election_coverage"
    case other

    /// The kind in words: "forum report", "election coverage", "other".
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    /// The kind a user names: its raw value in any case, with `-` for `_` ("forum-report").
    public init?(named name: String) {
        self.init(rawValue: name.lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}
