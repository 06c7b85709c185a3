import Foundation
import PodiumTestSupport
import Testing

@Suite struct ListingCommandTests {
    static let db: String = {
        let path = try! TestSupport.temporaryFolder().appending(path: "listing.sqlite").path
        _ = try! PodiumProcess.run(["import", "--db", path, PodiumProcess.fixture("seed"), PodiumProcess.fixture("articles")])
        return path
    }()

    func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try PodiumProcess.run(arguments + ["--db", Self.db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func quotesCarryTheContractFields() throws {
        let quotes = try json(["quotes", "--municipality", "Kaiserslautern"])
        #expect(quotes.count == 9)
        for key in ["text", "speaker", "party", "municipality", "forum_date"] {
            #expect(quotes.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        let audience = quotes.filter { $0["speaker"] is NSNull }
        #expect(audience.count == 1)
        #expect(audience.first?["attribution"] as? String == "audience")
    }

    @Test func candidatesCarryTheContractFields() throws {
        let candidates = try json(["candidates", "--party", "parteilos"])
        // By municipality, then surname.
        #expect(candidates.map { $0["name"] as? String } == ["Thomas Kürwitz", "Henrike Albers-Wendt"])
        for key in ["name", "party", "municipality", "ags", "elections", "aliases", "quotes", "paragraphs"] {
            #expect(candidates.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        #expect(candidates.first?["aliases"] as? [String] == ["Kurzwitz"])
        #expect(candidates.last?["elections"] as? [Int] == [2022])
    }

    @Test func forumsCarryTheContractFields() throws {
        let forums = try json(["forums", "--organizer", "IHK"])
        #expect(forums.count == 1)
        let forum = try #require(forums.first)
        for key in ["id", "municipality", "ags", "state", "forum_date", "election", "title", "organizers", "links", "candidates"] {
            #expect(forum.keys.contains(key), "missing \(key)")
        }
        #expect((forum["candidates"] as? [[String: Any]])?.count == 4)
    }

    @Test func articlesListEveryArticleWithItsKind() throws {
        let articles = try json(["articles", "--kind", "forum_report"])
        #expect(articles.count == 12)
        for key in ["id", "kind", "published_date", "forum_id", "forum_date", "municipality", "ags", "state", "outlet", "title", "url", "source_path"] {
            #expect(articles.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        #expect(try json(["articles", "--kind", "other"]).isEmpty)
        let wrong = try PodiumProcess.run(["articles", "--db", Self.db, "--kind", "preview"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--kind 'preview' is not a kind of article (forum_report, election_coverage, other)"))
    }

    @Test func searchFillsSpeakers() throws {
        let hits = try json(["search", "Kräfte bündeln"])
        #expect(hits.first?["speakers"] as? [String] == ["Tobias Wiesemann"])
    }

    @Test func tablesFitEightyColumns() throws {
        for command in ["quotes", "candidates", "forums"] {
            let result = try PodiumProcess.run([command, "--db", Self.db])
            #expect(result.status == 0)
            #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(command)")
        }
    }

    @Test func anUnknownCandidateIsAClearError() throws {
        let result = try PodiumProcess.run(["quotes", "--db", Self.db, "--candidate", "Nobody"])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["error: no candidate is called 'Nobody'"])
    }
}
