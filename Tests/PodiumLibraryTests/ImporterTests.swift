import Foundation
import GRDB
@testable import PodiumArchive
@testable import PodiumImport
import PodiumModel
@testable import PodiumReaders
import PodiumTestSupport
import Testing

@Suite struct ImporterTests {
    @Test func seedImportsIntoKaiserslauternWithItsParagraphsAndLink() throws {
        let (archive, summary) = try makeArchive(importing: ["seed"])
        #expect(summary?.imported == 1)
        #expect(summary?.failed == 0)
        #expect(try archive.strings("SELECT ags FROM forums") == ["07312000"])
        #expect(try archive.count("SELECT count(*) FROM paragraphs") == 10)
        #expect(try archive.count("SELECT count(*) FROM sections WHERE heading IS NOT NULL") == 3)
        #expect(try archive.strings("SELECT kind || ' ' || url FROM links") == [
            "video https://www.youtube.com/@herzlichdigital/streams"])
        #expect(try archive.strings("SELECT source_encoding FROM articles") == ["UTF-8"])
        #expect(try archive.strings("SELECT coalesce(original_text, text) FROM articles") == [try Fixtures.text("seed/kaiserslautern-2023.txt")])
    }

    @Test func theTextAsReadIsKeptOnlyWhereNormalisationChangedIt() throws {
        let archive = try Archive.inMemory()
        func store(_ body: String, as name: String) throws {
            _ = try archive.store(try PreparedArticle(SourceArticle(
                path: name, record: nil, format: .txt, encoding: "UTF-8",
                metadata: ArticleMetadata(municipality: "Worms"), body: body, warnings: [])), importRunID: nil)
        }
        try store("Die Bürger fragten nach der Kita.", as: "plain.txt")
        // Decomposed ü and CRLF: Swift's == calls this equal to its normal form; the bytes differ.
        try store("Die Bu\u{308}rger fragten nach der Schule.\r\nNoch ein Absatz.", as: "decomposed.txt")
        #expect(try archive.strings("SELECT source_path || ' ' || (original_text IS NULL) FROM articles ORDER BY id") == [
            "plain.txt 1", "decomposed.txt 0"])
        #expect(try archive.strings("SELECT original_text FROM articles WHERE source_path = 'decomposed.txt'") == [
            "Die Bu\u{308}rger fragten nach der Schule.\r\nNoch ein Absatz."])
    }

    @Test func candidatesOfArticlesWithoutAPlaceAreReconciledByName() throws {
        let archive = try Archive.inMemory()
        for (name, evening) in [("erste.txt", "Montag"), ("zweite.txt", "Dienstag")] {
            _ = try archive.store(try PreparedArticle(SourceArticle(
                path: name, record: nil, format: .txt, encoding: "UTF-8", metadata: ArticleMetadata(),
                body: "Zur Podiumsdiskussion vor der Bürgermeisterwahl am \(evening) kamen viele Bürger. Auf dem Podium: Anna Albers (SPD) und Peter Neumann (CDU).",
                warnings: [])), importRunID: nil)
        }
        #expect(try archive.count("SELECT count(*) FROM elections WHERE ags IS NULL") == 2)
        #expect(try archive.strings("SELECT name FROM persons ORDER BY name") == ["Anna Albers", "Peter Neumann"])
        #expect(try archive.count("SELECT count(*) FROM candidacies") == 4)
    }

    /// A candidate is whoever stood in the same municipality under that name or an alias of
    /// theirs; the same name elsewhere is someone else.
    @Test func candidatesAreFoundByNameOrAliasWithinTheirMunicipality() throws {
        let archive = try Archive.inMemory()
        func store(_ path: String, place: String, date: String, candidates: String) throws {
            _ = try archive.store(try PreparedArticle(SourceArticle(
                path: path, record: nil, format: .txt, encoding: "UTF-8",
                metadata: ArticleMetadata(municipality: place, forumDate: CalendarDate(parsing: date), election: "OB-Wahl \(place) \(date.prefix(4))"),
                body: "Zur Podiumsdiskussion in \(place) kamen viele Bürger. Auf dem Podium: \(candidates).", warnings: [])),
                importRunID: nil)
        }
        try store("trier-2022.txt", place: "Trier", date: "2022-03-01", candidates: "Anna Albers (SPD) und Peter Neumann (CDU)")
        let albers = try archive.count("SELECT id FROM persons WHERE name = 'Anna Albers'")
        try archive.write { try $0.execute(sql: "INSERT INTO person_aliases (person_id, alias, kind) VALUES (?, 'Anne Albers', 'spelling')", arguments: [albers]) }
        try store("trier-2030.txt", place: "Trier", date: "2030-03-01", candidates: "Anne Albers (SPD) und Peter Neumann (CDU)")
        try store("mainz-2030.txt", place: "Mainz", date: "2030-03-01", candidates: "Anna Albers (SPD) und Peter Neumann (CDU)")
        #expect(try archive.strings("""
            SELECT p.id || ' ' || e.ags FROM candidacies c JOIN persons p ON p.id = c.person_id
            JOIN elections e ON e.id = c.election_id WHERE p.name = 'Anna Albers' ORDER BY c.id
            """) == ["\(albers) 07211000", "\(albers) 07211000", "\(albers + 2) 07315000"])
        #expect(try archive.count("SELECT count(*) FROM persons WHERE name = 'Peter Neumann'") == 2)
    }

    /// An import keeps the rosters it read from article to article and batch to batch; what
    /// another connection commits in between is seen all the same.
    @Test func candidatesAreFoundAcrossBatchesAndAfterAnotherConnectionsCommit() throws {
        let path = try TestSupport.temporaryFile(named: "archive.sqlite").path
        let archive = try Archive.open(path: path, mode: .readWrite)
        let other = try Archive.open(path: path, mode: .readWrite)
        func article(_ name: String, place: String?, year: Int, candidates: String) throws -> PreparedArticle {
            try PreparedArticle(SourceArticle(
                path: name, record: nil, format: .txt, encoding: "UTF-8",
                metadata: place.map { ArticleMetadata(municipality: $0, forumDate: CalendarDate(parsing: "\(year)-03-01"), election: "OB-Wahl \($0) \(year)") }
                    ?? ArticleMetadata(),
                body: "Zur Podiumsdiskussion vor der Bürgermeisterwahl \(year) kamen viele Bürger. Auf dem Podium: \(candidates).", warnings: []))
        }
        try archive.inImportBatches(articlesPerBatch: 1) { batch in
            _ = try batch.store(article("a.txt", place: "Trier", year: 2022, candidates: "Anna Albers (SPD) und Peter Neumann (CDU)"), importRunID: nil)
            _ = try batch.store(article("b.txt", place: "Trier", year: 2026, candidates: "Anna Albers (SPD) und Paul Quandt (FDP)"), importRunID: nil)
            _ = try other.store(article("c.txt", place: "Trier", year: 2027, candidates: "Lena Lorenz (Grüne) und Peter Neumann (CDU)"), importRunID: nil)
            _ = try batch.store(article("d.txt", place: "Trier", year: 2028, candidates: "Lena Lorenz (Grüne) und Paul Quandt (FDP)"), importRunID: nil)
            _ = try batch.store(article("e.txt", place: nil, year: 2029, candidates: "Otto Ohm (SPD) und Anna Albers (SPD)"), importRunID: nil)
            _ = try batch.store(article("f.txt", place: nil, year: 2030, candidates: "Otto Ohm (SPD) und Paul Quandt (FDP)"), importRunID: nil)
        }
        // One person each in Trier; without a place, Otto Ohm once and a second Anna Albers and
        // Paul Quandt (the Trier ones stood somewhere else).
        #expect(try archive.strings("SELECT name || ' ' || count(*) FROM persons GROUP BY name ORDER BY name") == [
            "Anna Albers 2", "Lena Lorenz 1", "Otto Ohm 1", "Paul Quandt 2", "Peter Neumann 1",
        ])
        #expect(try archive.count("SELECT count(*) FROM candidacies") == 12)
    }

    /// Import does not have SQLite check references (it writes only ids it has just read or
    /// written); every reference still holds, and SQL after the import is checked again.
    @Test func importLeavesEveryReferenceSoundAndChecksOnAfterwards() throws {
        let (archive, _) = try makeArchive(importing: ["seed", "articles"])
        #expect(try archive.count("SELECT count(*) FROM mentions") > 0)
        #expect(try archive.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(try archive.count("PRAGMA foreign_keys") == 1)
        #expect(throws: PodiumError.self) {
            try archive.write { try $0.execute(sql: "INSERT INTO paragraph_topics (paragraph_id, topic_id) VALUES (999999, 1)") }
        }
    }

    @Test func theSameArticleWithOtherLineEndingsIsStoredOnce() throws {
        let (archive, summary) = try makeArchive(importing: ["seed", "duplicates"])
        #expect(summary?.imported == 1)
        #expect(summary?.duplicates == 1)
        #expect(try archive.count("SELECT count(*) FROM articles") == 1)
        #expect(try archive.count("SELECT count(*) FROM paragraphs") == 10)
    }

    @Test func importingTwiceChangesNoCounts() throws {
        let (archive, _) = try makeArchive(importing: ["seed", "articles"])
        let tables = ["articles", "forums", "elections", "paragraphs", "paragraphs_fts", "persons", "candidacies", "links"]
        let before = try tables.map { try archive.count("SELECT count(*) FROM \($0)") }
        let again = try Importer(archive: archive).run(paths: [Fixtures.path("seed"), Fixtures.path("articles")])
        #expect(again.imported == 0)
        #expect(again.duplicates == 12)
        #expect(try tables.map { try archive.count("SELECT count(*) FROM \($0)") } == before)
    }

    @Test func everyFormatImportsWithItsMetadata() throws {
        let (archive, summary) = try makeArchive(importing: ["articles"])
        #expect(summary?.imported == 11)
        #expect(summary?.failures == [])
        let rows = try archive.strings("""
            SELECT m.name || ' ' || coalesce(f.forum_date, '-') || ' ' || a.source_format
            FROM articles a JOIN forums f ON f.id = a.forum_id JOIN municipalities m ON m.ags = f.ags
            ORDER BY f.forum_date
            """)
        // The Bonn page says "am Mittwochabend" and was published on Thursday, 3 September 2020.
        #expect(rows == [
            "Mainz 2012-02-28 md",
            "Kiel 2014-03-10 txt",
            "Ludwigshafen am Rhein 2017-09-12 md",
            "Freiburg im Breisgau 2018-04-10 json",
            "Mainz 2019-10-09 md",
            "Regensburg 2020-02-18 jsonl",
            "Erlangen 2020-02-25 jsonl",
            "Bonn 2020-09-02 html",
            "Trier 2022-10-05 txt",
            "Landau in der Pfalz 2024-05-14 json",
            "Speyer 2024-05-21 json",
        ])
    }

    @Test func candidatesOfTheMetadataBecomeCandidaciesOfTheElection() throws {
        let (archive, _) = try makeArchive(importing: ["articles/trier-2022-stichwahl.txt"])
        let rows = try archive.strings("""
            SELECT coalesce(p.title || ' ', '') || p.name || ' (' || c.party_spelling || ') ' || e.name
            FROM candidacies c JOIN persons p ON p.id = c.person_id JOIN elections e ON e.id = c.election_id
            JOIN forum_participants fp ON fp.candidacy_id = c.id
            ORDER BY p.family_name
            """)
        #expect(rows == [
            "Henrike Albers-Wendt (parteilos) Oberbürgermeisterwahl Trier 2022 (Stichwahl)",
            "Prof. Dr. Stefan Lorscheider (CDU) Oberbürgermeisterwahl Trier 2022 (Stichwahl)",
        ])
    }

    @Test func brokenFilesFailAloneAndChangeNothing() throws {
        let (archive, _) = try makeArchive(importing: ["seed"])
        let before = try archive.count("SELECT count(*) FROM paragraphs")
        let summary = try Importer(archive: archive).run(paths: [Fixtures.path("broken")])
        #expect(summary.imported == 0)
        #expect(summary.failed == 8)
        #expect(try archive.count("SELECT count(*) FROM paragraphs") == before)
        #expect(try archive.count("SELECT count(*) FROM articles") == 1)
        #expect(try archive.count("SELECT count(*) FROM import_errors WHERE import_run_id = \(summary.importRunID!)") == 8)
        #expect(try archive.count("SELECT failed FROM import_runs WHERE id = \(summary.importRunID!)") == 8)
    }

    @Test func commandLineMetadataAppliesUnlessTheFileSaysOtherwise() throws {
        let archive = try Archive.inMemory()
        let importer = Importer(archive: archive, defaults: ArticleMetadata(
            municipality: "Kaiserslautern", forumDate: CalendarDate(parsing: "2023-08-30"), outlet: "Die Rheinpfalz"))
        _ = try importer.run(paths: [Fixtures.seed, Fixtures.path("articles/trier-2022-stichwahl.txt")])
        let rows = try archive.strings("""
            SELECT f.ags || ' ' || f.forum_date || ' ' || a.outlet FROM articles a JOIN forums f ON f.id = a.forum_id ORDER BY a.id
            """)
        #expect(rows == ["07312000 2023-08-30 Die Rheinpfalz", "07211000 2022-10-05 Moselpost"])
    }

    @Test func anAmbiguousMunicipalityIsAnErrorThatListsTheChoicesAndStoresNothing() throws {
        let archive = try Archive.inMemory()
        #expect {
            _ = try Importer(archive: archive, defaults: ArticleMetadata(municipality: "Mühlhausen")).run(paths: [Fixtures.seed])
        } throws: { error in
            let message = (error as? PodiumError)?.description ?? ""
            return message.hasPrefix("'Mühlhausen' names ") && message.contains("(09373146, Bayern)") && message.hasSuffix("give the AGS or a state")
        }
        #expect(try archive.count("SELECT count(*) FROM articles") == 0)
        #expect(try archive.count("SELECT count(*) FROM import_runs") == 0)
        // In a file's own metadata, the file fails and names itself.
        let folder = try TestSupport.temporaryFolder()
        let file = folder.appending(path: "a.md")
        try "---\nmunicipality: Mianz\n---\nText über das Podium.".write(to: file, atomically: true, encoding: .utf8)
        let summary = try Importer(archive: archive).run(paths: [file.path])
        #expect(summary.failures.map(\.description)
            == ["\(file.path): unknown municipality 'Mianz' (not in the gazetteer); did you mean Mainz?"])
    }

    @Test func aMissingPathIsReportedAndTheRestImported() throws {
        let archive = try Archive.inMemory()
        let summary = try Importer(archive: archive).run(paths: ["/nonexistent/forum.txt", Fixtures.seed])
        #expect(summary.imported == 1)
        #expect(summary.failures == [.invalidInput(path: "/nonexistent/forum.txt", reason: "no such file or folder")])
    }

    @Test func aSymlinkLoopInAFolderIsWalkedOnce() throws {
        let directory = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(atPath: Fixtures.seed, toPath: directory.appending(path: "seed.txt").path)
        try FileManager.default.createSymbolicLink(atPath: directory.appending(path: "loop").path, withDestinationPath: directory.path)
        let (files, failures) = InputFiles.collect([directory.path])
        #expect(files.count == 1)
        #expect(failures.isEmpty)
    }

    @Test func foldersSkipHiddenAndForeignFiles() {
        let (files, _) = InputFiles.collect([Fixtures.path("articles")])
        #expect(files.count == 9)
        #expect(files.allSatisfy { SourceFormat(fileExtension: ($0 as NSString).pathExtension) != nil })
    }
}
