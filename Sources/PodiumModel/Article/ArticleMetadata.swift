/// What is known about an article from outside its text: command-line options, front matter,
/// JSON keys. Every field is optional; a file's own value overrides the command line's.
public struct ArticleMetadata: Equatable, Sendable {
    public var municipality: String?
    public var state: String?
    public var forumDate: CalendarDate?
    public var election: String?
    public var electionDate: CalendarDate?
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var author: String?
    public var publishedDate: CalendarDate?
    public var venue: String?
    public var candidates: [CandidateEntry]?
    /// What the article reports, when the one who imports it knows: it wins over what
    /// extraction decides from the text.
    public var kind: ArticleKind?

    public init(
        municipality: String? = nil, state: String? = nil, forumDate: CalendarDate? = nil,
        election: String? = nil, electionDate: CalendarDate? = nil, title: String? = nil,
        outlet: String? = nil, url: String? = nil, author: String? = nil,
        publishedDate: CalendarDate? = nil, venue: String? = nil, candidates: [CandidateEntry]? = nil,
        kind: ArticleKind? = nil
    ) {
        self.municipality = municipality
        self.state = state
        self.forumDate = forumDate
        self.election = election
        self.electionDate = electionDate
        self.title = title
        self.outlet = outlet
        self.url = url
        self.author = author
        self.publishedDate = publishedDate
        self.venue = venue
        self.candidates = candidates
        self.kind = kind
    }

    /// These values, with every value that `file` has taking precedence.
    public func overridden(by file: ArticleMetadata) -> ArticleMetadata {
        ArticleMetadata(
            municipality: file.municipality ?? municipality, state: file.state ?? state,
            forumDate: file.forumDate ?? forumDate, election: file.election ?? election,
            electionDate: file.electionDate ?? electionDate, title: file.title ?? title,
            outlet: file.outlet ?? outlet, url: file.url ?? url, author: file.author ?? author,
            publishedDate: file.publishedDate ?? publishedDate, venue: file.venue ?? venue,
            candidates: file.candidates ?? candidates, kind: file.kind ?? kind)
    }
}

/// A candidate named by metadata: `{name: "Beate Kimmel", party: "SPD"}`.
public struct CandidateEntry: Equatable, Sendable {
    public var name: String
    public var party: String?

    public init(name: String, party: String? = nil) {
        self.name = name
        self.party = party
    }
}
