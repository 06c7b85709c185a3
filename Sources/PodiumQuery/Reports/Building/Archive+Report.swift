import Foundation
import GRDB
import PodiumArchive
import PodiumModel

extension Archive {
    /// Computes the report `request` asks for. The kind follows from the filters:
    /// `--forum` gives a forum report; one municipality the report of its election or of its
    /// forums over the years; a candidate, party, topic, organiser, outlet or several places a
    /// selection report; no filter, or only states and dates, the archive overview.
    ///
    /// Every figure is computed by SQLite; only bounded lists come into memory, so that a report
    /// over a national archive needs seconds and little memory.
    public func report(_ request: ReportRequest, gazetteer: @autoclosure () -> Gazetteer = .builtIn) throws -> Report {
        let generatedAt = ISO8601DateFormatter().string(from: request.generatedAt)
        if let forumID = request.forumID {
            guard request.filters == FilterRequest() else {
                throw PodiumError.invalidArgument("--forum chooses one forum; it cannot be combined with filters")
            }
            let forum = try read { db in try ForumReportBuilder(db: db).build(forumID: forumID) }
            let place = forum.place.name ?? forum.place.state ?? "an unknown place"
            return Report(
                kind: .forum, title: "Forum in \(place)" + (forum.date.map { " on \($0)" } ?? ""),
                filters: request.description, generatedAt: generatedAt, forum: forum)
        }
        let filters = try self.filters(for: request.filters, gazetteer: gazetteer())
        let selection = ForumSelection(filters)
        let choosesForums = !filters.agsKeys.isEmpty || filters.personIDs != nil || filters.partyIDs != nil
            || filters.topicIDs != nil || filters.organizationIDs != nil || !filters.outlets.isEmpty
        guard choosesForums else {
            let overview = try read { db in try ArchiveOverviewBuilder(db: db, selection: selection, states: filters.states).build() }
            let scope = filters.states.isEmpty ? "" : ": " + filters.states.joined(separator: ", ")
            return Report(
                kind: .archive, title: "Archive overview" + scope, filters: request.description,
                generatedAt: generatedAt, overview: overview)
        }
        let series = try read { db in try SeriesReportBuilder(db: db, selection: selection).build() }
        let kind = Self.seriesKind(filters, series)
        return Report(
            kind: kind, title: Self.seriesTitle(kind, request.filters, series), filters: request.description,
            generatedAt: generatedAt, series: series)
    }

    private static func seriesKind(_ filters: SearchFilters, _ series: SeriesReport) -> Report.Kind {
        let onlyPlaceAndTime = filters.personIDs == nil && filters.partyIDs == nil && filters.topicIDs == nil
            && filters.organizationIDs == nil && filters.outlets.isEmpty
        guard onlyPlaceAndTime, Set(filters.agsKeys).count == 1 else { return .selection }
        let elections = Set(series.timeline.map { $0.election ?? $0.date.map { String($0.prefix(4)) } ?? "" })
        return elections.count == 1 && series.limits.timelineOmitted == 0 ? .election : .municipality
    }

    private static func seriesTitle(_ kind: Report.Kind, _ request: FilterRequest, _ series: SeriesReport) -> String {
        let years = [series.firstDate, series.lastDate].compactMap { $0?.prefix(4) }.map(String.init)
        let span = Set(years).count == 2 ? "\(years[0])–\(years[1])" : years.first ?? ""
        let place = series.places.compactMap(\.name).first ?? request.municipalities.first ?? ""
        switch kind {
        case .election:
            return series.timeline.first?.election ?? "Election in \(place) \(span)".trimmingCharacters(in: .whitespaces)
        case .municipality:
            return "\(place): forums \(span)".trimmingCharacters(in: .whitespaces)
        default:
            let chosen = [
                request.candidate.map { "candidate \($0)" }, request.party.map { "party \($0)" },
                request.topic.map { "topic \($0)" }, request.organizer.map { "organiser \($0)" },
                request.outlets.isEmpty ? nil : "outlet " + request.outlets.joined(separator: ", "),
                request.municipalities.isEmpty ? nil : request.municipalities.joined(separator: ", "),
            ].compactMap { $0 }
            return "Forums: " + chosen.joined(separator: "; ") + (span.isEmpty ? "" : " (\(span))")
        }
    }
}
