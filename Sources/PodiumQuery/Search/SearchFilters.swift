import PodiumModel

/// Narrows a listing to places and times; shared by the listing commands.
///
/// Names are resolved against the gazetteer when the filters are made, so that a misspelt
/// place is an error and not silently an empty result. For example:
///
/// ```swift
/// let filters = try SearchFilters(municipalities: ["Kaiserslautern"], from: "2020", to: nil)
/// // filters.agsKeys == ["07312000"], filters.from == 2020-01-01
/// ```
public struct SearchFilters: Equatable, Sendable {
    /// AGS keys; empty means every municipality.
    public var agsKeys: [String] = []
    /// Full state names; empty means every state.
    public var states: [String] = []
    public var from: CalendarDate?
    public var to: CalendarDate?
    /// Persons (any spelling of the name given); nil means anyone.
    public var personIDs: [Int64]?
    /// Parties (any spelling); nil means any.
    public var partyIDs: [Int64]?
    public var topicIDs: [Int64]?
    /// Organisations (by name or short name); nil means any.
    public var organizationIDs: [Int64]?
    /// Outlets, compared without regard to case; empty means any.
    public var outlets: [String] = []
    /// Only paragraphs with quoted speech.
    public var quotesOnly = false
    /// Kinds of article; empty means any.
    public var kinds: [ArticleKind] = []

    public init() {}

    public init(
        municipalities: [String] = [], states: [String] = [], from: String? = nil, to: String? = nil,
        gazetteer: @autoclosure () -> Gazetteer = .builtIn
    ) throws {
        for state in states {
            guard let name = Gazetteer.stateName(state) else {
                throw PodiumError.invalidArgument("unknown state '\(state)' (try a name such as Rheinland-Pfalz or a code such as RP)")
            }
            self.states.append(name)
        }
        // Read only for a municipality: reading the built-in gazetteer took half of what a
        // `podium search` with other filters cost (callgrind: 290 M of 570 M instructions).
        if !municipalities.isEmpty {
            let gazetteer = gazetteer()
            for name in municipalities {
                switch gazetteer.resolve(name) {
                case let .found(municipality): agsKeys.append(municipality.ags)
                // A filter may mean every Neustadt; the user narrows with --state if not.
                case let .ambiguous(options): agsKeys += options.map(\.ags)
                case .notFound: throw PodiumError.invalidArgument(gazetteer.problem(with: name) ?? "unknown municipality '\(name)'")
                }
            }
        }
        if let from {
            guard let date = DateBound.start(from) else {
                throw PodiumError.invalidArgument("--from '\(from)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            self.from = date
        }
        if let to {
            guard let date = DateBound.end(to) else {
                throw PodiumError.invalidArgument("--to '\(to)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            self.to = date
        }
    }
}
