/// The filters of a listing command as the user wrote them, before they are resolved against
/// an archive: names of places, people, parties and topics.
public struct FilterRequest: Equatable, Sendable {
    public var municipalities: [String] = []
    public var states: [String] = []
    public var from: String?
    public var to: String?
    public var candidate: String?
    public var party: String?
    public var topic: String?
    public var outlets: [String] = []
    public var organizer: String?
    public var quotesOnly = false
    /// Kinds of article by name ("forum_report", "election-coverage"); empty means any.
    public var kinds: [String] = []

    public init(
        municipalities: [String] = [], states: [String] = [], from: String? = nil, to: String? = nil,
        candidate: String? = nil, party: String? = nil, topic: String? = nil, outlets: [String] = [],
        organizer: String? = nil, quotesOnly: Bool = false, kinds: [String] = []
    ) {
        self.municipalities = municipalities
        self.states = states
        self.from = from
        self.to = to
        self.candidate = candidate
        self.party = party
        self.topic = topic
        self.outlets = outlets
        self.organizer = organizer
        self.quotesOnly = quotesOnly
        self.kinds = kinds
    }
}
