/// A report as podium computes it once from an archive and renders it three times: as
/// Markdown, HTML and JSON. Renderers read this value only; they never query.
///
/// Exactly one of ``forum``, ``series`` and ``overview`` is set, by ``kind``. The JSON
/// rendering is this value with snake_case keys; `docs/report-json.md` documents its shape.
public struct Report: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// One forum: its panel and what each candidate said.
        case forum
        /// The forums of one election in one municipality.
        case election
        /// The forums of one municipality across the years.
        case municipality
        /// The forums chosen by other filters (a party, a topic, several places).
        case selection
        /// The whole archive or one state.
        case archive
    }

    /// The version of the JSON shape; raised when a key changes meaning or disappears.
    public var schema = "podium-report/1"
    public var kind: Kind
    public var title: String
    /// The filters that chose the report's content, as the user gave them.
    public var filters: [String: String]
    public var generatedAt: String
    public var forum: ForumReport?
    public var series: SeriesReport?
    public var overview: ArchiveOverview?
}

/// A person's name with the party of the candidacy in question.
public struct CandidateLabel: Equatable, Sendable {
    public var personId: Int64
    public var name: String
    public var party: String?

    /// "Beate Kimmel (SPD)".
    public var label: String { party.map { "\(name) (\($0))" } ?? name }
}

/// A municipality as reports name it.
public struct PlaceLabel: Equatable, Sendable {
    public var ags: String?
    public var name: String?
    public var state: String?
}
