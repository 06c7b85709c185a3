import GRDB

/// Builds the overview of the whole archive or of some states.
struct ArchiveOverviewBuilder {
    static let organizerLimit = 10
    static let trendTopics = 6
    static let gapLimit = 30
    static let unreportedLimit = 10
    /// Local terms in Germany last five to eight years; more years between two forums of a
    /// municipality means at least one election without a report.
    static let longestTerm = 8
    static let mapCellDegrees = 0.12

    let db: Database
    let selection: ForumSelection
    /// Full state names; empty for the whole country.
    let states: [String]

    func build() throws -> ArchiveOverview {
        let totals = try selection.fetchOne(db, ArchiveOverviewSQL.totals)!
        return ArchiveOverview(
            states: states,
            totals: ArchiveOverview.Totals(
                municipalities: totals["municipalities"], forums: totals["forums"], articles: totals["articles"],
                paragraphs: totals["paragraphs"], quotes: totals["quotes"], candidates: totals["candidates"]),
            undatedForums: totals["undated"],
            byYear: try selection.fetchAll(db, ArchiveOverviewSQL.byYear).map {
                ArchiveOverview.YearCount(year: $0["year"], forums: $0["forums"], municipalities: $0["municipalities"])
            },
            byState: try byState(),
            topicTrend: try topicTrend(),
            topOrganizers: try selection.fetchAll(db, ArchiveOverviewSQL.topOrganizers, [Self.organizerLimit]).map {
                ArchiveOverview.OrganizerCount(
                    name: $0["name"], shortName: $0["short_name"], forums: $0["forums"], municipalities: $0["municipalities"])
            },
            gaps: try gaps(),
            map: try map())
    }

    private func byState() throws -> [ArchiveOverview.StateCount] {
        var years: [String: [String: Int]] = [:]
        for row in try selection.fetchAll(db, ArchiveOverviewSQL.byStateAndYear) {
            years[row["state"], default: [:]][String(row["year"] as Int)] = row["forums"]
        }
        return try selection.fetchAll(db, ArchiveOverviewSQL.byState).map {
            ArchiveOverview.StateCount(
                state: $0["state"], forums: $0["forums"], municipalities: $0["municipalities"],
                forumsByYear: years[$0["state"]] ?? [:])
        }
    }

    /// The most frequent topics' share of each year's paragraphs: a share, because the archive
    /// holds more articles of some years than of others.
    private func topicTrend() throws -> ArchiveOverview.TopicTrend {
        let paragraphs = Dictionary(uniqueKeysWithValues: try selection.fetchAll(db, ArchiveOverviewSQL.paragraphsByYear).map {
            ($0["year"] as Int, $0["paragraphs"] as Int)
        })
        var byTopicID: [Int64: [Int: Int]] = [:]
        try selection.forEachIntegerPair(db, ArchiveOverviewSQL.topicLinksByYear) { year, topic in
            byTopicID[topic, default: [:]][Int(year), default: 0] += 1
        }
        var byTopic: [String: [Int: Int]] = [:]
        for row in try Row.fetchAll(db, sql: ArchiveOverviewSQL.topicNames) {
            if let years = byTopicID[row["id"]] { byTopic[row["name"]] = years }
        }
        let years = paragraphs.keys.sorted()
        let top = byTopic.map { (topic: $0.key, total: $0.value.values.reduce(0, +)) }
            .sorted { ($0.total, $1.topic) > ($1.total, $0.topic) }
            .prefix(Self.trendTopics)
        return ArchiveOverview.TopicTrend(years: years, series: top.map { topic in
            ArchiveOverview.TopicSeries(topic: topic.topic, paragraphs: topic.total, percentByYear: years.map { year in
                let share = Double(byTopic[topic.topic]?[year] ?? 0) / Double(max(1, paragraphs[year] ?? 0)) * 100
                return (share * 10).rounded() / 10
            })
        })
    }

    private func gaps() throws -> ArchiveOverview.CoverageGaps {
        var electionsSQL = ArchiveOverviewSQL.electionsWithoutForum
        var electionArguments = StatementArguments()
        var unreportedSQL = ArchiveOverviewSQL.largestUnreported
        if !states.isEmpty {
            let condition = " AND m.state IN " + FilterSQL.placeholders(states.count)
            electionsSQL += condition
            unreportedSQL += condition
            electionArguments += StatementArguments(states)
        }
        return ArchiveOverview.CoverageGaps(
            termYears: Self.longestTerm,
            electionsWithoutForum: try Row.fetchAll(
                db, sql: electionsSQL + ArchiveOverviewSQL.electionsWithoutForumOrder,
                arguments: electionArguments + [Self.gapLimit]
            ).map {
                ArchiveOverview.CoverageGaps.Election(
                    electionId: $0["id"], name: $0["name"], date: $0["election_date"],
                    place: PlaceLabel(ags: $0["ags"], name: $0["municipality"], state: $0["state"]))
            },
            longGaps: try selection.fetchAll(db, ArchiveOverviewSQL.longGaps, [Self.longestTerm, Self.gapLimit]).map {
                ArchiveOverview.CoverageGaps.Gap(
                    place: PlaceLabel(ags: $0["ags"], name: $0["municipality"], state: $0["state"]),
                    fromYear: $0["from_year"], toYear: $0["to_year"])
            },
            largestUnreported: try selection.fetchAll(
                db, unreportedSQL + ArchiveOverviewSQL.largestUnreportedOrder, electionArguments + [Self.unreportedLimit]
            ).map {
                ArchiveOverview.CoverageGaps.Unreported(
                    place: PlaceLabel(ags: $0["ags"], name: $0["name"], state: $0["state"]), population: $0["population"])
            })
    }

    private func map() throws -> ArchiveOverview.Map {
        let cell = Self.mapCellDegrees
        return ArchiveOverview.Map(
            cellDegrees: cell,
            background: try Row.fetchAll(db, sql: ArchiveOverviewSQL.mapBackground, arguments: [cell, cell]).map {
                [(($0["x"] as Double) * cell * 100).rounded() / 100, (($0["y"] as Double) * cell * 100).rounded() / 100]
            },
            points: try selection.fetchAll(db, ArchiveOverviewSQL.mapPoints).map {
                ArchiveOverview.MapPoint(
                    ags: $0["ags"], name: $0["name"], latitude: $0["latitude"], longitude: $0["longitude"], forums: $0["forums"])
            })
    }
}
