/// Several forums: those of one election, of one municipality across the years, or of a
/// selection. Lists are bounded (see ``limits``) so that a report over a large archive stays
/// readable and its memory small; the totals always count everything.
public struct SeriesReport: Equatable, Sendable {
    public struct Totals: Equatable, Sendable {
        public var forums: Int
        public var articles: Int
        public var paragraphs: Int
        public var quotes: Int
        public var candidates: Int
    }

    public struct TimelineEntry: Equatable, Sendable {
        public var forumId: Int64
        public var date: String?
        public var place: PlaceLabel
        public var election: String?
        public var title: String?
        public var organizers: [String]
        public var candidates: Int
    }

    /// One person's candidacies, oldest first.
    public struct CandidateHistory: Equatable, Sendable {
        public struct Candidacy: Equatable, Sendable {
            public var year: Int?
            public var election: String?
            public var party: String?
            public var place: String?
        }

        public var personId: Int64
        public var name: String
        public var candidacies: [Candidacy]
        /// Stood in more than one election.
        public var ranAgain: Bool
        /// Stood for more than one party.
        public var changedParty: Bool

        init(personId: Int64, name: String, candidacies: [Candidacy]) {
            self.personId = personId
            self.name = name
            self.candidacies = candidacies
            ranAgain = Set(candidacies.map { "\($0.year ?? 0)|\($0.election ?? "")" }).count > 1
            changedParty = Set(candidacies.compactMap(\.party)).count > 1
        }
    }

    /// How often a candidate spoke and was spoken of: quotes, and paragraphs that quote or name them.
    public struct Voice: Equatable, Sendable {
        public var candidate: CandidateLabel
        public var quotes: Int
        public var paragraphs: Int

        /// Most quoted first, then most named, then by name; namesakes with the same counts in the
        /// order of their persons, so that a report is the same at every run.
        static func isHeardMore(_ a: Voice, than b: Voice) -> Bool {
            (a.quotes, a.paragraphs, b.candidate.name, b.candidate.personId)
                > (b.quotes, b.paragraphs, a.candidate.name, a.candidate.personId)
        }
    }

    /// Quotes per topic and candidate: `counts[i][j]` is candidate `i`'s quotes on `topics[j]`.
    public struct TopicMatrix: Equatable, Sendable {
        public var topics: [String]
        public var candidates: [CandidateLabel]
        public var counts: [[Int]]
    }

    public struct Limits: Equatable, Sendable {
        public var timeline: Int
        public var candidates: Int
        /// Forums not in ``SeriesReport/timeline`` because of the limit.
        public var timelineOmitted: Int
    }

    public var places: [PlaceLabel]
    public var firstDate: String?
    public var lastDate: String?
    public var totals: Totals
    /// Forums, oldest first.
    public var timeline: [TimelineEntry]
    public var candidateHistory: [CandidateHistory]
    /// Most quoted first.
    public var shareOfVoice: [Voice]
    public var topicsByCandidate: TopicMatrix
    public var limits: Limits
}
