import GRDB
import PodiumExtraction

extension Archive {
    /// The parties and spellings of this archive, as users may have extended them in SQL.
    public func partyCatalog() throws -> PartyCatalog {
        try read { db in
            let rows = try Row.fetchAll(db, sql: CatalogSQL.parties)
            return PartyCatalog(parties: rows.map { row in
                let spellings: String? = row["spellings"]
                return PartyCatalog.Party(
                    name: row["name"], shortName: row["short_name"] ?? row["name"],
                    spellings: spellings?.split(separator: "\u{1F}").map(String.init) ?? [])
            })
        }
    }

    /// The topic taxonomy of this archive, as users may have edited it in SQL.
    public func topicTaxonomy() throws -> TopicTaxonomy {
        try read { db in
            TopicTaxonomy(terms: try Row.fetchAll(db, sql: CatalogSQL.topicTerms).map {
                TopicTaxonomy.Term(topic: $0["name"], pattern: $0["pattern"])
            })
        }
    }

    /// An extractor that uses this archive's parties and topics.
    public func extractor() throws -> ArticleExtractor {
        ArticleExtractor(parties: try partyCatalog(), topics: try topicTaxonomy())
    }
}

enum CatalogSQL {
    static let parties = """
        SELECT p.name, p.short_name, p.local, group_concat(s.spelling, char(31)) AS spellings
        FROM parties p LEFT JOIN party_spellings s ON s.party_id = p.id
        GROUP BY p.id ORDER BY p.id
        """
    static let topicIDs = "SELECT id, name FROM topics"
    static let insertPartyIfMissing = "INSERT OR IGNORE INTO parties (name, short_name, local) VALUES (?, ?, ?)"
    static let insertSpellingOfParty = """
        INSERT OR IGNORE INTO party_spellings (spelling, party_id) SELECT ?, id FROM parties WHERE name = ?
        """
    static let insertTopicIfMissing = "INSERT OR IGNORE INTO topics (name) VALUES (?)"
    static let topicTerms = """
        SELECT t.name, tt.pattern FROM topic_terms tt JOIN topics t ON t.id = tt.topic_id ORDER BY t.id, tt.id
        """
}
