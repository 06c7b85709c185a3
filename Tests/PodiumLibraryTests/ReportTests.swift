import Foundation
import GRDB
@testable import PodiumArchive
import PodiumModel
@testable import PodiumQuery
import Testing

/// The report model on the fixture archive, against what the articles say.
@Suite struct ReportTests {
    let archive: Archive
    static let fixedTime = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        (archive, _) = try makeArchive(importing: ["seed", "articles", "duplicates"])
    }

    func report(_ filters: FilterRequest = FilterRequest(), forum: Int64? = nil) throws -> Report {
        try archive.report(ReportRequest(filters: filters, forumID: forum, generatedAt: Self.fixedTime))
    }

    func seedForumID() throws -> Int64 {
        try Int64(archive.count("SELECT forum_id FROM articles WHERE source_path LIKE '%kaiserslautern-2023.txt'"))
    }

    @Test func theSeedForumHasItsPanelQuotesByTopicAndSources() throws {
        let report = try report(forum: seedForumID())
        #expect(report.kind == .forum)
        let forum = try #require(report.forum)
        #expect(forum.place.name == "Kaiserslautern")
        #expect(forum.candidates.map(\.candidate.label) == [
            "Beate Kimmel (SPD)", "Thomas Kürwitz (parteilos)", "Anja Pfeiffer (CDU)", "Tobias Wiesemann (Grüne)",
        ])
        #expect(forum.candidates.map(\.quoteCount) == [2, 1, 3, 2])
        // Kimmel's "drei Schritte" names no topic; its sentence is about Digitalisierung.
        let kimmel = forum.candidates[0].topics
        #expect(kimmel.first { $0.topic == "Digitalisierung" }?.quotes.map(\.text)
            == ["Wir sollten drei Schritte zurückgehen und die Hauptarbeit machen"])
        let kuerwitz = forum.candidates[1]
        #expect(kuerwitz.topics.map(\.topic) == ["Digitalisierung"])
        #expect(kuerwitz.topics[0].quotes[0].speakerSurface == "Thomas Kurzwitz")
        #expect(kuerwitz.topics[0].quotes[0].context.contains("Fachkräftemangel"))
        #expect(forum.otherQuotes.map(\.attribution) == ["audience"])
        #expect(forum.organizers.map(\.shortName).contains("BVMW"))
        #expect(forum.streamURL == "https://www.youtube.com/@herzlichdigital/streams")
        // The CRLF copy of the seed is the same article: one source.
        #expect(forum.sources.map { URL(fileURLWithPath: $0.sourcePath).lastPathComponent } == ["kaiserslautern-2023.txt"])
    }

    @Test func aMunicipalityOverTheYearsShowsWhoRanAgainForWhichParty() throws {
        let report = try report(FilterRequest(municipalities: ["Mainz"]))
        #expect(report.kind == .municipality)
        #expect(report.title == "Mainz: forums 2012–2019")
        let series = try #require(report.series)
        #expect(series.timeline.map(\.date) == ["2012-02-28", "2019-10-09"])
        #expect(series.totals.forums == 2 && series.totals.quotes == 7 && series.totals.candidates == 5)
        let histories = Dictionary(uniqueKeysWithValues: series.candidateHistory.map { ($0.name, $0) })
        let oberlaender = try #require(histories["Jens Oberländer"])
        #expect(oberlaender.candidacies.map(\.year) == [2012, 2019])
        #expect(oberlaender.candidacies.map(\.party) == ["FW", "FDP"])
        #expect(oberlaender.ranAgain && oberlaender.changedParty)
        let weidenfeller = try #require(histories["Katrin Weidenfeller"])
        #expect(weidenfeller.ranAgain && !weidenfeller.changedParty)
        #expect(histories["Günter Beltz"]?.ranAgain == false)
        #expect(series.shareOfVoice.first { $0.candidate.name == "Günter Beltz" }?.quotes == 2)
        #expect(series.shareOfVoice.first { $0.candidate.name == "Sabine Kaya-Brenner" }?.quotes == 0)
        let matrix = series.topicsByCandidate
        let weidenfellerRow = try #require(matrix.candidates.firstIndex { $0.name == "Katrin Weidenfeller" })
        let housing = try #require(matrix.topics.firstIndex(of: "Wohnen"))
        #expect(matrix.counts[weidenfellerRow][housing] == 2)
    }

    @Test func oneMunicipalityWithOneElectionIsAnElectionReport() throws {
        let report = try report(FilterRequest(municipalities: ["Trier"]))
        #expect(report.kind == .election)
        #expect(report.title == "Oberbürgermeisterwahl Trier 2022 (Stichwahl)")
        #expect(report.series.map { $0.timeline.count } == 1)
        #expect(try self.report(FilterRequest(municipalities: ["Mainz"], from: "2019")).kind == .election)
    }

    @Test func aPartyOrATopicIsASelection() throws {
        let spd = try report(FilterRequest(party: "SPD"))
        #expect(spd.kind == .selection)
        #expect(spd.series?.candidateHistory.allSatisfy { $0.candidacies.contains { $0.party == "SPD" } } == false)
        #expect(spd.series?.timeline.allSatisfy { $0.candidates > 0 } == true)
        #expect(try report(FilterRequest(topic: "Verkehr")).kind == .selection)
    }

    @Test func namesakesHeardAsOftenAreInTheOrderOfTheirPersons() {
        func voice(_ person: Int64, _ name: String, _ quotes: Int, _ paragraphs: Int) -> SeriesReport.Voice {
            SeriesReport.Voice(candidate: CandidateLabel(personId: person, name: name, party: nil), quotes: quotes, paragraphs: paragraphs)
        }
        let voices = [voice(9, "Ada Brenner", 3, 4), voice(4, "Ada Brenner", 3, 4), voice(7, "Ada Brenner", 3, 4),
                      voice(2, "Ada Brenner", 3, 5), voice(1, "Till Zeh", 3, 4), voice(5, "Ada Brenner", 6, 1)]
        for order in [voices, voices.reversed(), voices.shuffled()] {
            #expect(order.sorted(by: SeriesReport.Voice.isHeardMore).map(\.candidate.personId) == [5, 2, 4, 7, 9, 1])
        }
    }

    @Test func theOverviewCountsForumsPerYearAndState() throws {
        let report = try report()
        #expect(report.kind == .archive)
        let overview = try #require(report.overview)
        #expect(overview.totals.forums == 12)
        #expect(overview.totals.municipalities == 11)
        #expect(overview.undatedForums == 1)
        #expect(overview.byYear.map { "\($0.year):\($0.forums)" } == [
            "2012:1", "2014:1", "2017:1", "2018:1", "2019:1", "2020:3", "2022:1", "2024:2",
        ])
        #expect(overview.byState.first?.state == "Rheinland-Pfalz")
        #expect(overview.byState.first?.forumsByYear == ["2012": 1, "2017": 1, "2019": 1, "2022": 1, "2024": 2])
        #expect(overview.topOrganizers.first?.name == "Mieterverein Mainz")
        #expect(overview.topicTrend.series.count == 6)
        #expect(overview.topicTrend.series.allSatisfy { $0.percentByYear.count == overview.topicTrend.years.count })
        #expect(overview.map.points.count == 11)
        #expect(overview.map.background.count > 1_000)
        #expect(overview.gaps.largestUnreported.first?.place.name == "Berlin")

        let bavaria = try self.report(FilterRequest(states: ["BY"]))
        #expect(bavaria.title == "Archive overview: Bayern")
        #expect(bavaria.overview?.totals.forums == 2)
        #expect(bavaria.overview?.gaps.largestUnreported.first?.place.name == "München")
    }

    @Test func theTopicTrendIsEachTopicsShareOfItsYearsParagraphs() throws {
        let trend = try #require(try report().overview).topicTrend
        // The same shares, counted the plain way: one GROUP BY over every topic link.
        let (links, paragraphs) = try archive.read { db in
            let links = try Row.fetchAll(db, sql: """
                SELECT t.name, CAST(substr(f.forum_date, 1, 4) AS INTEGER) AS year, count(*) AS links
                FROM paragraph_topics pt JOIN topics t ON t.id = pt.topic_id JOIN paragraphs p ON p.id = pt.paragraph_id
                JOIN articles a ON a.id = p.article_id JOIN forums f ON f.id = a.forum_id
                WHERE f.forum_date IS NOT NULL GROUP BY 1, 2
                """).map { ("\($0[0] as String) \($0[1] as Int)", $0[2] as Int) }
            let paragraphs = try Row.fetchAll(db, sql: """
                SELECT CAST(substr(f.forum_date, 1, 4) AS INTEGER), count(*) FROM paragraphs p
                JOIN articles a ON a.id = p.article_id JOIN forums f ON f.id = a.forum_id
                WHERE f.forum_date IS NOT NULL GROUP BY 1
                """).map { ($0[0] as Int, $0[1] as Int) }
            return (Dictionary(uniqueKeysWithValues: links), Dictionary(uniqueKeysWithValues: paragraphs))
        }
        #expect(trend.years == paragraphs.keys.sorted())
        #expect(!trend.series.isEmpty)
        for series in trend.series {
            #expect(series.paragraphs == links.filter { $0.key.hasPrefix(series.topic + " ") }.values.reduce(0, +))
            for (year, percent) in zip(trend.years, series.percentByYear) {
                let share = Double(links["\(series.topic) \(year)"] ?? 0) / Double(paragraphs[year]!) * 100
                #expect(percent == (share * 10).rounded() / 10, "\(series.topic) \(year)")
            }
        }
    }

    @Test func coverageGapsNameElectionsWithoutForumsAndLongSilences() throws {
        try archive.write { db in
            try db.execute(sql: """
                INSERT INTO elections (ags, name, election_date) VALUES ('07312000', 'Oberbürgermeisterwahl Kaiserslautern 2015', '2015-04-26');
                INSERT INTO forums (ags, state, forum_date) VALUES ('07315000', 'Rheinland-Pfalz', '2001-02-01');
                """)
        }
        let gaps = try #require(try report().overview?.gaps)
        #expect(gaps.electionsWithoutForum.map(\.name) == ["Oberbürgermeisterwahl Kaiserslautern 2015"])
        #expect(gaps.longGaps.map { "\($0.place.name ?? ""): \($0.fromYear)–\($0.toYear)" } == ["Mainz: 2001–2012"])
    }

    @Test func badRequestsAreClearErrors() throws {
        #expect(throws: PodiumError.invalidArgument("no forum has the id 999 (see `podium forums`)")) {
            try report(forum: 999)
        }
        #expect(throws: PodiumError.self) { try report(FilterRequest(municipalities: ["Mainz"]), forum: 1) }
    }
}
