import CSQLiteConfig
import GRDB

extension Database {
    /// Turns this connection's triggers on or off (other connections keep theirs). SQLite
    /// prepares every statement of the connection again on its next run.
    func setTriggersEnabled(_ enabled: Bool) throws {
        let wanted: CInt = enabled ? 1 : 0
        guard let connection = sqliteConnection, podium_set_triggers_enabled(connection, wanted) == wanted else {
            throw DatabaseError(message: "SQLite would not turn triggers \(enabled ? "on" : "off")")
        }
    }
}
