import PodiumArchive

/// The filters of a search as words of the `facets` column of `paragraphs_fts` (``FacetWord``),
/// so that FTS5 intersects them with the query. They
/// narrow the matches; the exact conditions of ``FilterSQL`` still decide, so a facet can only
/// make a search faster, never wrong. Every token is built from numbers and fixed letters.
enum SearchFacets {
    /// The years a date range covers, if it covers few enough to list.
    static let maximumYears = 80
    /// The most words one filter may become.
    static let maximumGroup = 1_000

    /// `facets : (fa07315000 OR fa07312000) AND facets : (fy2019 OR fy2020)`, or nil without filters.
    /// `years` are those of the archive's forums; a date range open at one end ends there.
    static func expression(_ filters: SearchFilters, years archiveYears: ClosedRange<Int>?) -> String? {
        var groups: [[String]] = []
        if !filters.agsKeys.isEmpty {
            groups.append(filters.agsKeys.filter { $0.allSatisfy(\.isNumber) }.map(FacetWord.municipality))
        }
        if !filters.states.isEmpty { groups.append(filters.states.map(FacetWord.state)) }
        if let years = years(filters, archiveYears) { groups.append(years.map(FacetWord.year)) }
        if let persons = filters.personIDs { groups.append(persons.map(FacetWord.person)) }
        if let parties = filters.partyIDs { groups.append(parties.map(FacetWord.party)) }
        if let topics = filters.topicIDs { groups.append(topics.map(FacetWord.topic)) }
        if let organizations = filters.organizationIDs { groups.append(organizations.map(FacetWord.organization)) }
        if filters.quotesOnly { groups.append([FacetWord.quote]) }
        // A group of thousands of words (a surname thousands share) would cost FTS5 more than
        // it saves; the SQL conditions alone filter then.
        let clauses = groups.filter { !$0.isEmpty && $0.count <= maximumGroup }.map { "facets : (" + $0.joined(separator: " OR ") + ")" }
        return clauses.isEmpty ? nil : clauses.joined(separator: " AND ")
    }

    private static func years(_ filters: SearchFilters, _ archiveYears: ClosedRange<Int>?) -> ClosedRange<Int>? {
        guard filters.from != nil || filters.to != nil, let archiveYears else { return nil }
        let first = max(filters.from?.year ?? archiveYears.lowerBound, archiveYears.lowerBound)
        let last = min(filters.to?.year ?? archiveYears.upperBound, archiveYears.upperBound)
        // No year of the archive is in range: a token no paragraph has.
        guard first <= last else { return 0...0 }
        return last - first < maximumYears ? first...last : nil
    }

    /// Whether the facet words alone select exactly what the filters' SQL conditions select
    /// (for up-to-date facets): no outlet or kind, no list too long to become words, whole years.
    static func areExact(_ filters: SearchFilters, years archiveYears: ClosedRange<Int>?) -> Bool {
        let lists = [filters.personIDs, filters.partyIDs, filters.topicIDs, filters.organizationIDs].compactMap { $0 }
        let wholeYears = (filters.from.map { $0.month == 1 && $0.day == 1 } ?? true)
            && (filters.to.map { $0.month == 12 && $0.day == 31 } ?? true)
        let yearsListed = (filters.from == nil && filters.to == nil) || years(filters, archiveYears) != nil
        return filters.outlets.isEmpty && filters.kinds.isEmpty && lists.allSatisfy { $0.count <= maximumGroup }
            && filters.agsKeys.allSatisfy { $0.allSatisfy(\.isNumber) } && wholeYears && yearsListed
    }
}
