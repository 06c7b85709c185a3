import GRDB

/// The forums a report covers, as a common table expression `selected(id)` that each report
/// query starts with. Every value is bound.
struct ForumSelection {
    let sql: String
    let arguments: StatementArguments

    init(_ filters: SearchFilters) {
        let (conditions, arguments) = FilterSQL.forumSelection(filters)
        sql = "WITH selected (id) AS (SELECT f.id FROM forums f WHERE 1 = 1" + conditions + ")\n"
        self.arguments = arguments
    }

    /// What every report counts of its forums: the forums, their articles, paragraphs, quotes
    /// and the people on their panels, as columns of a SELECT over `selected`.
    static let countColumns = """
        (SELECT count(*) FROM selected) AS forums,
        (SELECT count(*) FROM articles WHERE forum_id IN (SELECT id FROM selected)) AS articles,
        (SELECT count(*) FROM paragraphs p JOIN articles a ON a.id = p.article_id
         WHERE a.forum_id IN (SELECT id FROM selected)) AS paragraphs,
        (SELECT count(*) FROM quotes q JOIN paragraphs p ON p.id = q.paragraph_id
         JOIN articles a ON a.id = p.article_id WHERE a.forum_id IN (SELECT id FROM selected)) AS quotes,
        (SELECT count(DISTINCT c.person_id) FROM forum_participants fp JOIN candidacies c ON c.id = fp.candidacy_id
         WHERE fp.forum_id IN (SELECT id FROM selected)) AS candidates
        """

    /// `query`, which may name `selected`, with the selection before it.
    func statement(_ query: String) -> String { sql + query }

    func fetchAll(_ db: Database, _ query: String, _ more: StatementArguments = []) throws -> [Row] {
        try Row.fetchAll(db, sql: statement(query), arguments: arguments + more)
    }

    func fetchOne(_ db: Database, _ query: String, _ more: StatementArguments = []) throws -> Row? {
        try Row.fetchOne(db, sql: statement(query), arguments: arguments + more)
    }

    /// Each row's first two columns as integers (rows with a NULL skipped), without a `Row`
    /// each: for queries of a million rows.
    func forEachIntegerPair(_ db: Database, _ query: String, body: (Int64, Int64) throws -> Void) throws {
        try db.makeStatement(sql: statement(query)).forEachIntegerPair(arguments, body: body)
    }
}
