import Foundation
import PodiumModel

/// One paragraph that matched a search.
public struct SearchHit: Equatable, Sendable {
    public var articleID: Int64
    public var paragraphID: Int64
    public var municipality: String?
    public var ags: String?
    public var state: String?
    public var kind: ArticleKind
    /// The day of the forum the article reports; nil for other articles and undated forums.
    public var forumDate: String?
    public var publishedDate: String?
    public var title: String?
    public var heading: String?
    /// The matching passage; matches stand between ``SearchHit/highlightStart`` and
    /// ``SearchHit/highlightEnd``, which renderers replace with their own markers.
    public var snippet: String
    public var text: String
    /// Names of the candidates the paragraph's quotes are attributed to.
    public var speakers: [String]
    /// Relevance: larger is better (the negated bm25 rank).
    public var score: Double

    public static let highlightStart = "\u{2}"
    public static let highlightEnd = "\u{3}"

    /// The snippet with its highlights marked by `open` and `close`.
    public func snippet(open: String, close: String) -> String {
        snippet.replacingOccurrences(of: Self.highlightStart, with: open)
            .replacingOccurrences(of: Self.highlightEnd, with: close)
    }
}

/// The order of search results.
public enum SearchOrder: String, CaseIterable, Sendable {
    /// Best match first; equally good matches newest first.
    case relevance
    /// Newest first (the forum's day, else the article's publication); undated last.
    case date
}

/// A page of search results and the number of all matches.
public struct SearchResults: Equatable, Sendable {
    public var hits: [SearchHit]
    /// The number of all matches, counted up to a bound.
    public var total: Int
    /// There are more than `total` matches.
    public var totalIsBounded = false
    /// Relevance was asked for, but the query is broad (see ``SearchBounds/rankLimit``): the
    /// hits are the newest forums among the most recently imported matches.
    public var orderedByDate = false

    public init(hits: [SearchHit], total: Int, totalIsBounded: Bool = false, orderedByDate: Bool = false) {
        self.hits = hits
        self.total = total
        self.totalIsBounded = totalIsBounded
        self.orderedByDate = orderedByDate
    }
}
