import GRDB
@testable import PodiumArchive
import PodiumModel
@testable import PodiumQuery
@testable import PodiumReaders
import Testing

/// Every article is stored, searched and listed, but only a forum report belongs to a forum
/// (migration 0011): election news and other news make no forum, candidacy or quote.
@Suite struct ArticleKindTests {
    /// Election results, a forum's announcement, and news of no election, each with a place.
    static let otherArticles = [
        ("labelled/election-result.txt", "Waldkirchen", ArticleKind.electionCoverage),
        ("labelled/preview-of-a-forum.txt", "Passau", .electionCoverage),
    ]

    func archive(with articles: [(String, ArticleMetadata)]) throws -> Archive {
        let archive = try Archive.inMemory()
        for (text, metadata) in articles {
            let source = SourceArticle(path: "a.txt", record: nil, format: .txt, encoding: "UTF-8", metadata: metadata, body: text, warnings: [])
            _ = try archive.store(try PreparedArticle(source, extractor: try archive.extractor()), importRunID: nil)
        }
        return archive
    }

    static let fireBrigade = """
        Scheunenbrand in Musterhausen

        In der Nacht auf Sonntag brannte eine Scheune am Ortsrand nieder. Die Feuerwehr war mit 40 Kräften im
        Einsatz, verletzt wurde niemand. Den Schaden schätzt die Polizei auf 80.000 Euro.
        """

    @Test func electionNewsAndOtherNewsAreStoredWithoutAForum() throws {
        var articles = try Self.otherArticles.map { (try Fixtures.text($0.0), ArticleMetadata(municipality: $0.1, publishedDate: CalendarDate(parsing: "2024-04-02"))) }
        articles.append((Self.fireBrigade, ArticleMetadata(municipality: "Mainz", publishedDate: CalendarDate(parsing: "2021-08-15"))))
        let archive = try archive(with: articles)
        #expect(try archive.strings("SELECT kind FROM articles ORDER BY id") == ["election_coverage", "election_coverage", "other"])
        #expect(try archive.count("SELECT count(*) FROM articles WHERE forum_id IS NOT NULL") == 0)
        for table in ["forums", "elections", "candidacies", "forum_participants", "forum_others", "quotes", "mentions", "forum_organizers"] {
            #expect(try archive.count("SELECT count(*) FROM \(table)") == 0, "\(table)")
        }
        // Each keeps its own place, which the flat views show.
        #expect(try archive.strings("SELECT DISTINCT municipality || ' ' || kind FROM paragraph_details ORDER BY article_id")
            == ["Waldkirchen election_coverage", "Passau election_coverage", "Mainz other"])
        #expect(try archive.check().isSound)
    }

    @Test func articlesWithoutAForumAreSearchedByPlaceYearAndKind() throws {
        let archive = try archive(with: [
            (Self.fireBrigade, ArticleMetadata(municipality: "Mainz", publishedDate: CalendarDate(parsing: "2021-08-15"))),
            (try Fixtures.text("seed/kaiserslautern-2023.txt"),
             ArticleMetadata(municipality: "Kaiserslautern", forumDate: CalendarDate(parsing: "2023-08-30"))),
        ])
        let filters = try SearchFilters(municipalities: ["Mainz"], from: "2021", to: "2021")
        let hits = try archive.search("Feuerwehr", filters: filters).hits
        #expect(hits.map(\.municipality) == ["Mainz"])
        #expect(hits.first?.kind == .other)
        #expect(hits.first?.forumDate == nil)
        #expect(hits.first?.publishedDate == "2021-08-15")
        #expect(try archive.search("Feuerwehr", filters: SearchFilters(from: "2022")).hits.isEmpty)

        var forumsOnly = SearchFilters()
        forumsOnly.kinds = [.forumReport]
        #expect(try archive.search("Feuerwehr", filters: forumsOnly).hits.isEmpty)
        #expect(try !archive.search("Kita", filters: forumsOnly).hits.isEmpty)
        var others = SearchFilters()
        others.kinds = [.other]
        #expect(try archive.search("Kita", filters: others).hits.isEmpty)
        #expect(try archive.articles(filters: others).map(\.municipality) == ["Mainz"])
        // Newest first: the forum's day, the other article's publication.
        #expect(try archive.articles(filters: SearchFilters()).map(\.kind) == [.forumReport, .other])
    }

    @Test func aKindGivenInMetadataWins() throws {
        let text = try Fixtures.text("labelled/preview-of-a-forum.txt")
        let archive = try archive(with: [(text, ArticleMetadata(municipality: "Passau", kind: .forumReport))])
        #expect(try archive.strings("SELECT kind FROM articles") == ["forum_report"])
        #expect(try archive.count("SELECT count(*) FROM forums") == 1)
        // Reextract keeps it: the metadata says so.
        _ = try archive.reextract()
        #expect(try archive.strings("SELECT kind FROM articles") == ["forum_report"])
        #expect(try archive.count("SELECT count(*) FROM forums") == 1)
    }

    @Test func anUnknownKindInMetadataIsAnErrorNamingTheFile() throws {
        let result = ArticleFileReader().read(contents: Array("---\nkind: preview\n---\nText".utf8), path: "vorschau.md")
        #expect(result.articles.isEmpty)
        #expect(result.failures == [.invalidInput(
            path: "vorschau.md", record: nil, reason: "'kind': 'preview' is not a kind of article (forum_report, election_coverage, other)")])
    }

    /// An archive made before kinds (or by older rules) holds other articles as forum reports;
    /// reextract decides again in both directions and leaves no forum without a report.
    @Test func reextractMovesArticlesOutOfAndIntoForums() throws {
        let archive = try archive(with: [
            (try Fixtures.text("labelled/election-result.txt"), ArticleMetadata(municipality: "Waldkirchen")),
            (try Fixtures.text("seed/kaiserslautern-2023.txt"), ArticleMetadata(municipality: "Kaiserslautern")),
        ])
        let candidates = try archive.count("SELECT count(*) FROM candidacies")
        // As an older podium stored them: the results in a forum of their own, the seed without one.
        try archive.write { db in
            try db.execute(sql: "INSERT INTO forums (ags, state) SELECT ags, state FROM articles WHERE id = 1")
            try db.execute(sql: "UPDATE articles SET kind = 'forum_report', forum_id = (SELECT max(id) FROM forums) WHERE id = 1")
            try db.execute(sql: "UPDATE articles SET kind = 'other', forum_id = NULL WHERE id = 2")
            try db.execute(sql: "DELETE FROM forums WHERE id NOT IN (SELECT forum_id FROM articles WHERE forum_id IS NOT NULL)")
            try db.execute(sql: "DELETE FROM candidacies")
        }
        let summary = try archive.reextract()
        #expect(summary.kinds == [.electionCoverage: 1, .forumReport: 1])
        #expect(summary.forums == 1)
        #expect(try archive.strings("SELECT kind || ' ' || (forum_id IS NOT NULL) FROM articles ORDER BY id")
            == ["election_coverage 0", "forum_report 1"])
        #expect(try archive.count("SELECT count(*) FROM forums") == 1)
        #expect(try archive.count("SELECT count(*) FROM candidacies") == candidates)
        #expect(try archive.check().isSound)
    }

    @Test func checkNamesAForumWithoutAReport() throws {
        let (archive, _) = try makeArchive(importing: ["seed"])
        try archive.write { try $0.execute(sql: "INSERT INTO forums (id, ags) VALUES (99, '07312000')") }
        let report = try archive.check()
        #expect(report.items.first { $0.name == "forums and their reports" }?.problems
            == ["forums 99 have no report (run `podium reextract`)"])
    }

    /// How reports name the evening without a forum's noun: an idiom, a duel's verb, praise in percent.
    @Test(arguments: [
        "Im Jugendtreff fühlten junge Leute den Bürgermeisterkandidaten auf den Zahn. Die drei spielten erst Volleyball und verloren.",
        "Zum ersten Mal trafen die Bewerber um das Amt des Bürgermeisters bei einer Diskussion aufeinander. Es war ein langer Abend.",
        "Lebhaft verlief das erste Aufeinandertreffen der Bürgermeisterkandidatinnen auf dem Dorfplatz. Beide warben für mehr Radwege.",
        "Bürgermeisterwahl: Die Moderatorin fragt das Publikum. Die Kandidaten antworten. Anna Beispiel lobt die hundertprozentige Unterstützung der Vereine. Bert Muster sagt, er wolle sparen. Die Moderatorin bittet um Kürze und stellt die nächste Frage.",
    ])
    func reportsWithoutAForumsNoun(text: String) {
        #expect(ArticleKind.of([text]) == .forumReport)
    }

    @Test func aKindIsAFieldOfTheQueryLanguage() throws {
        let fields = try QueryFields(parsing: "Feuerwehr kind:other")
        #expect(fields.text == "Feuerwehr")
        #expect(fields.filters.kinds == ["other"])
        let (archive, _) = try makeArchive(importing: ["seed"])
        #expect(throws: PodiumError.invalidArgument("no kind of article is called 'preview' (forum_report, election_coverage, other)")) {
            try archive.filters(for: FilterRequest(kinds: ["preview"]))
        }
        #expect(try archive.filters(for: FilterRequest(kinds: ["Election-Coverage"])).kinds == [.electionCoverage])
    }
}
