import PodiumExtraction

/// One forum: when and where, who organised it, who sat on the panel, what each candidate
/// said by topic, and the articles it was reported in.
public struct ForumReport: Equatable, Sendable {
    public struct Organizer: Equatable, Sendable {
        public var name: String
        public var shortName: String?
    }

    public struct Link: Equatable, Sendable {
        public var url: String
        /// 'video', 'source', 'canonical', 'other'.
        public var kind: String
        public var label: String?
    }

    /// A quote with the paragraph it stands in, for context.
    public struct Quote: Equatable, Sendable {
        public var quoteId: Int64
        public var text: String
        public var speakerSurface: String?
        public var attribution: String
        public var paragraphId: Int64
        public var heading: String?
        public var context: String
    }

    public struct TopicQuotes: Equatable, Sendable {
        /// A topic name; nil gathers the quotes no topic matched.
        public var topic: String?
        public var quotes: [Quote]
    }

    public struct Candidate: Equatable, Sendable {
        public var candidate: CandidateLabel
        public var quoteCount: Int
        public var topics: [TopicQuotes]
    }

    public struct Source: Equatable, Sendable {
        public var articleId: Int64
        public var title: String?
        public var outlet: String?
        public var author: String?
        public var publishedDate: String?
        public var url: String?
        public var sourcePath: String
    }

    public var forumId: Int64
    public var date: String?
    public var place: PlaceLabel
    public var venue: String?
    public var election: String?
    public var electionDate: String?
    public var title: String?
    public var organizers: [Organizer]
    public var links: [Link]
    /// The panel, each with their quotes by topic: the topics of its words or, where they name none,
    /// of its sentence (see ``TopicTaxonomy/topics(ofQuote:start:end:in:)``). A quote with two topics appears under both.
    public var candidates: [Candidate]
    /// Questions from the audience and quotes no candidate could be given.
    public var otherQuotes: [Quote]
    public var sources: [Source]

    /// The first video link: the stream or recording of the forum.
    public var streamURL: String? { links.first { $0.kind == "video" }?.url }
}
