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

    /// `query`, which may name `selected`, with the selection before it.
    func statement(_ query: String) -> String { sql + query }

    func fetchAll(_ db: Database, _ query: String, _ more: StatementArguments = []) throws -> [Row] {
        try Row.fetchAll(db, sql: statement(query), arguments: arguments + more)
    }

    func fetchOne(_ db: Database, _ query: String, _ more: StatementArguments = []) throws -> Row? {
        try Row.fetchOne(db, sql: statement(query), arguments: arguments + more)
    }
}
