/// The whole archive, or one state: what it holds per year and state, how its topics moved,
/// who organises forums, where reports are missing, and a map.
public struct ArchiveOverview: Equatable, Sendable {
    public struct Totals: Equatable, Sendable {
        public var municipalities: Int
        public var forums: Int
        public var articles: Int
        public var paragraphs: Int
        public var quotes: Int
        public var candidates: Int
    }

    public struct YearCount: Equatable, Sendable {
        public var year: Int
        public var forums: Int
        public var municipalities: Int
    }

    public struct StateCount: Equatable, Sendable {
        public var state: String
        public var forums: Int
        public var municipalities: Int
        /// Forums per year: `[year: forums]` for the years with any.
        public var forumsByYear: [String: Int]
    }

    /// A topic's share of the paragraphs of each year, in per cent, for the years in ``years``.
    public struct TopicSeries: Equatable, Sendable {
        public var topic: String
        public var paragraphs: Int
        public var percentByYear: [Double]
    }

    public struct TopicTrend: Equatable, Sendable {
        public var years: [Int]
        public var series: [TopicSeries]
    }

    public struct OrganizerCount: Equatable, Sendable {
        public var name: String
        public var shortName: String?
        public var forums: Int
        public var municipalities: Int
    }

    public struct CoverageGaps: Equatable, Sendable {
        public struct Election: Equatable, Sendable {
            public var electionId: Int64
            public var name: String?
            public var date: String?
            public var place: PlaceLabel
        }

        /// Years between two archived forums of a municipality longer than an electoral term.
        public struct Gap: Equatable, Sendable {
            public var place: PlaceLabel
            public var fromYear: Int
            public var toYear: Int
        }

        public struct Unreported: Equatable, Sendable {
            public var place: PlaceLabel
            public var population: Int?
        }

        /// Years between two forums of a municipality above which ``longGaps`` lists it.
        public var termYears: Int
        /// Recorded elections (imported or added in SQL) that no archived forum belongs to.
        public var electionsWithoutForum: [Election]
        /// Local terms last five to eight years: a longer gap means at least one election without a report.
        public var longGaps: [Gap]
        /// The most populous municipalities in scope with no forum report at all.
        public var largestUnreported: [Unreported]
    }

    public struct MapPoint: Equatable, Sendable {
        public var ags: String
        public var name: String
        public var latitude: Double
        public var longitude: Double
        public var forums: Int
    }

    public struct Map: Equatable, Sendable {
        /// Every gazetteer municipality, rounded to a grid of ``cellDegrees``: `[longitude, latitude]`
        /// of each occupied cell, the outline of the country.
        public var cellDegrees: Double
        public var background: [[Double]]
        /// The archived municipalities.
        public var points: [MapPoint]
    }

    public var states: [String]
    public var totals: Totals
    public var undatedForums: Int
    public var byYear: [YearCount]
    public var byState: [StateCount]
    public var topicTrend: TopicTrend
    public var topOrganizers: [OrganizerCount]
    public var gaps: CoverageGaps
    public var map: Map
}
