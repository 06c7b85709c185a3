import GRDB

/// Paragraphs whose facets an article changes beyond its own: every report of a forum it
/// reports again, and every paragraph that names a person it gives a party. They are
/// refreshed after the article is stored, or, in an import batch, once just before the batch
/// commits (see ``ImportBatch``).
struct FacetRefresh {
    private var forumIDs: Set<Int64> = []
    private var personIDs: Set<Int64> = []

    mutating func add(forum: Int64) {
        forumIDs.insert(forum)
    }

    mutating func add(persons: [Int64]) {
        personIDs.formUnion(persons)
    }

    mutating func add(_ other: FacetRefresh) {
        forumIDs.formUnion(other.forumIDs)
        personIDs.formUnion(other.personIDs)
    }

    /// Sets each paragraph's facets from `paragraph_facet_tokens`, which reads the archive as it
    /// is now: refreshing later gives what refreshing after each article would have given.
    func apply(_ db: Database) throws {
        for forum in forumIDs.sorted() {
            try db.cachedStatement(sql: FacetSQL.refreshForum).run(.integer(forum))
        }
        for person in personIDs.sorted() {
            try db.cachedStatement(sql: FacetSQL.refreshPerson).run(.integer(person), .integer(person))
        }
    }
}
