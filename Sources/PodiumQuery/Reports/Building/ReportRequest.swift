import Foundation

/// What `podium report` was asked for: the shared filters, or one forum.
public struct ReportRequest: Equatable, Sendable {
    public var filters: FilterRequest
    public var forumID: Int64?
    /// Stamped on the report; fixed in tests.
    public var generatedAt: Date

    public init(filters: FilterRequest = FilterRequest(), forumID: Int64? = nil, generatedAt: Date = Date()) {
        self.filters = filters
        self.forumID = forumID
        self.generatedAt = generatedAt
    }

    /// The filters as the report states them: only those given.
    var description: [String: String] {
        var given: [String: String] = [:]
        func note(_ key: String, _ value: String?) { if let value, !value.isEmpty { given[key] = value } }
        note("forum", forumID.map(String.init))
        note("municipality", filters.municipalities.joined(separator: ", "))
        note("state", filters.states.joined(separator: ", "))
        note("from", filters.from)
        note("to", filters.to)
        note("candidate", filters.candidate)
        note("party", filters.party)
        note("topic", filters.topic)
        note("organizer", filters.organizer)
        note("outlet", filters.outlets.joined(separator: ", "))
        return given
    }
}
