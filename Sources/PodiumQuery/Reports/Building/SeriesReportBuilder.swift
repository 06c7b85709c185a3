import GRDB

/// Builds the report of several forums: an election, a municipality over the years, a selection.
struct SeriesReportBuilder {
    /// The most forums a timeline lists, and the most candidates the charts and tables show.
    static let timelineLimit = 400
    static let candidateLimit = 40
    static let placeLimit = 50

    let db: Database
    let selection: ForumSelection

    func build() throws -> SeriesReport {
        let totals = try selection.fetchOne(db, SeriesReportSQL.totals)!
        let forumCount: Int = totals["forums"]
        let timeline = try selection.fetchAll(db, SeriesReportSQL.timeline, [Self.timelineLimit]).map { row in
            SeriesReport.TimelineEntry(
                forumId: row["id"], date: row["forum_date"],
                place: PlaceLabel(ags: row["ags"], name: row["municipality"], state: row["state"]),
                election: row["election"], title: row["title"], organizers: ListingSQL.list(row["organizers"]),
                candidates: row["candidates"])
        }
        let histories = try candidateHistories()
        let voices = try shareOfVoice(histories)
        return SeriesReport(
            places: try selection.fetchAll(db, SeriesReportSQL.places, [Self.placeLimit]).map {
                PlaceLabel(ags: $0["ags"], name: $0["name"], state: $0["state"])
            },
            firstDate: totals["first_date"], lastDate: totals["last_date"],
            totals: SeriesReport.Totals(
                forums: forumCount, articles: totals["articles"], paragraphs: totals["paragraphs"],
                quotes: totals["quotes"], candidates: totals["candidates"]),
            timeline: timeline,
            candidateHistory: Array(histories.prefix(Self.candidateLimit)),
            shareOfVoice: voices,
            topicsByCandidate: try topicMatrix(voices.map(\.candidate)),
            limits: SeriesReport.Limits(
                timeline: Self.timelineLimit, candidates: Self.candidateLimit,
                timelineOmitted: max(0, forumCount - timeline.count)))
    }

    /// Everyone on a panel, those who stood most often first, then by name.
    private func candidateHistories() throws -> [SeriesReport.CandidateHistory] {
        var candidacies: [(personID: Int64, name: String, candidacies: [SeriesReport.CandidateHistory.Candidacy])] = []
        var indexByPerson: [Int64: Int] = [:]
        var familyNames: [Int64: String] = [:]
        for row in try selection.fetchAll(db, SeriesReportSQL.candidacies) {
            let personID: Int64 = row["person_id"]
            let candidacy = SeriesReport.CandidateHistory.Candidacy(
                year: (row["date"] as String?).flatMap { Int($0.prefix(4)) }, election: row["election"],
                party: row["party"], place: row["municipality"])
            if let index = indexByPerson[personID] {
                candidacies[index].candidacies.append(candidacy)
            } else {
                indexByPerson[personID] = candidacies.count
                familyNames[personID] = row["family_name"] ?? row["name"]
                candidacies.append((personID, row["name"], [candidacy]))
            }
        }
        let histories = candidacies.map { SeriesReport.CandidateHistory(personId: $0.personID, name: $0.name, candidacies: $0.candidacies) }
        return histories.sorted {
            ($0.candidacies.count, familyNames[$1.personId] ?? "", $1.name, $1.personId)
                > ($1.candidacies.count, familyNames[$0.personId] ?? "", $0.name, $0.personId)
        }
    }

    /// Quotes and paragraphs per candidate, most quoted first. The party is that of the latest candidacy.
    private func shareOfVoice(_ histories: [SeriesReport.CandidateHistory]) throws -> [SeriesReport.Voice] {
        let quotes = Dictionary(uniqueKeysWithValues: try selection.fetchAll(db, SeriesReportSQL.quotesByPerson).map {
            ($0["person_id"] as Int64, $0["quotes"] as Int)
        })
        let paragraphs = Dictionary(uniqueKeysWithValues: try selection.fetchAll(db, SeriesReportSQL.paragraphsByPerson).map {
            ($0["person_id"] as Int64, $0["paragraphs"] as Int)
        })
        var labels = Dictionary(uniqueKeysWithValues: histories.map {
            ($0.personId, CandidateLabel(personId: $0.personId, name: $0.name, party: $0.candidacies.last?.party))
        })
        // People quoted in the selection but on no panel of it.
        for personID in quotes.keys where labels[personID] == nil {
            if let row = try Row.fetchOne(db, sql: SeriesReportSQL.personNames, arguments: [personID]) {
                labels[personID] = CandidateLabel(personId: personID, name: row["name"], party: nil)
            }
        }
        return labels.values.map {
            SeriesReport.Voice(candidate: $0, quotes: quotes[$0.personId] ?? 0, paragraphs: paragraphs[$0.personId] ?? 0)
        }
        .sorted(by: SeriesReport.Voice.isHeardMore)
        .prefix(Self.candidateLimit).map { $0 }
    }

    private func topicMatrix(_ candidates: [CandidateLabel]) throws -> SeriesReport.TopicMatrix {
        var counts: [Int64: [String: Int]] = [:]
        for row in try selection.fetchAll(db, SeriesReportSQL.quoteTopicsByPerson) {
            counts[row["person_id"], default: [:]][row["topic"]] = row["quotes"]
        }
        let topics = Set(candidates.flatMap { counts[$0.personId]?.keys.map { $0 } ?? [] }).sorted()
        return SeriesReport.TopicMatrix(
            topics: topics, candidates: candidates,
            counts: candidates.map { candidate in topics.map { counts[candidate.personId]?[$0] ?? 0 } })
    }
}
