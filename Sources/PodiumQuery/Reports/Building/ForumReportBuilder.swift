import GRDB
import PodiumExtraction
import PodiumModel

/// Builds the report of one forum.
struct ForumReportBuilder {
    let db: Database

    func build(forumID: Int64) throws -> ForumReport {
        guard let row = try Row.fetchOne(db, sql: ForumReportSQL.forum, arguments: [forumID]) else {
            throw PodiumError.invalidArgument("no forum has the id \(forumID) (see `podium forums`)")
        }
        let quotes = try Row.fetchAll(db, sql: ForumReportSQL.quotes, arguments: [forumID]).map { row in
            (personID: row["person_id"] as Int64?, topics: ListingSQL.list(row["topics"]).sorted(), quote: ForumReport.Quote(
                quoteId: row["id"], text: row["text"], speakerSurface: row["speaker_surface"],
                attribution: row["attribution"], paragraphId: row["paragraph_id"], heading: row["heading"],
                context: row["context"]))
        }
        let candidates = try Row.fetchAll(db, sql: ForumReportSQL.people, arguments: [forumID]).map { person in
            let personID: Int64 = person["id"]
            let theirs = quotes.filter { $0.personID == personID }
            let topics = Set(theirs.flatMap(\.topics)).sorted()
            var byTopic = topics.map { topic in
                ForumReport.TopicQuotes(topic: topic, quotes: theirs.filter { $0.topics.contains(topic) }.map(\.quote))
            }
            let untopical = theirs.filter { $0.topics.isEmpty }.map(\.quote)
            if !untopical.isEmpty { byTopic.append(ForumReport.TopicQuotes(topic: nil, quotes: untopical)) }
            return ForumReport.Candidate(
                candidate: CandidateLabel(personId: personID, name: person["name"], party: person["party"]),
                quoteCount: theirs.count, topics: byTopic)
        }
        return ForumReport(
            forumId: forumID, date: row["forum_date"],
            place: PlaceLabel(ags: row["ags"], name: row["municipality"], state: row["state"]),
            venue: row["venue"], election: row["election"], electionDate: row["election_date"], title: row["title"],
            organizers: try Row.fetchAll(db, sql: ForumReportSQL.organizers, arguments: [forumID]).map {
                ForumReport.Organizer(name: $0["name"], shortName: $0["short_name"])
            },
            links: try Row.fetchAll(db, sql: ForumReportSQL.links, arguments: [forumID]).map {
                ForumReport.Link(url: $0["url"], kind: $0["kind"], label: $0["label"])
            },
            candidates: candidates,
            otherQuotes: quotes.filter { $0.personID == nil }.map(\.quote),
            sources: try Row.fetchAll(db, sql: ForumReportSQL.sources, arguments: [forumID]).map {
                ForumReport.Source(
                    articleId: $0["id"], title: $0["title"], outlet: $0["outlet"], author: $0["author"],
                    publishedDate: $0["published_date"], url: $0["url"], sourcePath: $0["source_path"])
            })
    }
}
