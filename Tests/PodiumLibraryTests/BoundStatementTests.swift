import GRDB
import GRDBSQLite
@testable import PodiumArchive
import Testing

/// Import's statements bind through SQLite's C API (`Statement+Bound.swift`).
@Suite struct BoundStatementTests {
    func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { try $0.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT UNIQUE) STRICT") }
        return queue
    }

    @Test func textIntegersAndNullArriveAsBound() throws {
        try database().write { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO t (n, s) VALUES (?, ?)")
            try insert.run(.integer(-7), .text("Bürgerforum „Zukunft“ 🗳"))
            try insert.run(.integer(nil as Int?), .text(""))
            try insert.run(.integer(Int64.max), .null)
            let rows = try Row.fetchAll(db, sql: "SELECT n, s, hex(s) FROM t ORDER BY id")
            #expect(rows.map { $0[0] as Int64? } == [-7, nil, Int64.max])
            #expect(rows.map { $0[1] as String? } == ["Bürgerforum „Zukunft“ 🗳", "", nil])
            #expect(rows[0][2] as String == "Bürgerforum „Zukunft“ 🗳".utf8.map { String(format: "%02X", $0) }.joined())
        }
    }

    @Test func firstRowsReadIntegersOrNothing() throws {
        try database().write { db in
            try db.cachedStatement(sql: "INSERT INTO t (n, s) VALUES (?, ?)").run(.integer(5), .text("a"))
            try db.cachedStatement(sql: "INSERT INTO t (n, s) VALUES (?, ?)").run(.null, .text("b"))
            let find = try db.cachedStatement(sql: "SELECT n, id FROM t WHERE s = ?")
            #expect(try find.firstInteger(.text("a")) == 5)
            #expect(try find.firstInteger(.text("b")) == nil)
            #expect(try find.firstInteger(.text("none")) == nil)
            let pair = try find.firstIntegerPair(.text("b"))
            #expect(pair?.0 == nil && pair?.1 == 2)
            #expect(try find.firstIntegerPair(.text("none")) == nil)
        }
    }

    @Test func aFailingStatementThrowsSQLitesErrorAndCanRunAgain() throws {
        try database().write { db in
            let insert = try db.cachedStatement(sql: "INSERT INTO t (n, s) VALUES (?, ?)")
            try insert.run(.integer(1), .text("same"))
            #expect {
                try insert.run(.integer(2), .text("same"))
            } throws: { error in
                (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT
                    && (error as? DatabaseError)?.message?.contains("UNIQUE") == true
            }
            try insert.run(.integer(3), .text("other"))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 2)
        }
    }

    /// Text SQLite refuses to bind is an error, not a NULL in its place.
    @Test func textTooLongToBindIsAnErrorNotANull() throws {
        try database().write { db in
            sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_LENGTH, 8)
            let insert = try db.cachedStatement(sql: "INSERT INTO t (n, s) VALUES (?, ?)")
            #expect {
                try insert.run(.integer(1), .text("longer than eight bytes"))
            } throws: { error in
                (error as? DatabaseError)?.resultCode == .SQLITE_TOOBIG
            }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 0)
        }
    }
}
