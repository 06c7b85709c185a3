import GRDB
import GRDBSQLite

/// A value bound to an import statement through SQLite's C API.
package enum BoundValue {
    case integer(Int64)
    case text(String)
    case null

    package static func integer(_ value: Int) -> BoundValue { .integer(Int64(value)) }
    package static func integer(_ value: Int?) -> BoundValue { value.map { .integer(Int64($0)) } ?? .null }
    package static func integer(_ value: Int64?) -> BoundValue { value.map { .integer($0) } ?? .null }
    package static func text(_ value: String?) -> BoundValue { value.map { .text($0) } ?? .null }
}

/// Import runs about 130 statements an article. GRDB's `execute(arguments:)` and `fetchOne`
/// box every value in an existential and copy the arguments into two arrays before binding:
/// about 6,000 instructions a statement, a fifth of what the storing thread spent. These bind
/// through SQLite's C API on GRDB's cached statements instead. SQLite copies text as it binds
/// it (`SQLITE_TRANSIENT`) and the statement is reset before each returns, so nothing is left
/// bound or running. Reports that read a million rows step through them here too.
extension Statement {
    /// Runs this statement, which returns no rows.
    func run(_ values: BoundValue...) throws {
        try run(values)
    }

    func run(_ values: [BoundValue]) throws {
        _ = try firstRow(values) { _ in () }
    }

    /// The first column of the first row as an integer; nil without a row or for NULL.
    func firstInteger(_ values: BoundValue...) throws -> Int64? {
        try firstInteger(values)
    }

    func firstInteger(_ values: [BoundValue]) throws -> Int64? {
        try firstRow(values) { Self.integer($0, column: 0) } ?? nil
    }

    /// The first two columns of the first row as integers; nil without a row.
    func firstIntegerPair(_ values: BoundValue...) throws -> (Int64?, Int64?)? {
        try firstRow(values) { (Self.integer($0, column: 0), Self.integer($0, column: 1)) }
    }

    /// Each row's first column as an integer, skipping NULLs.
    package func forEachInteger(_ values: BoundValue..., body: (Int64) throws -> Void) throws {
        try forEachRow(values) { handle in
            if let number = Self.integer(handle, column: 0) { try body(number) }
        }
    }

    /// Each row's first column as text and second as an integer, skipping rows with a NULL.
    func forEachTextAndInteger(_ values: BoundValue..., body: (String, Int64) throws -> Void) throws {
        try forEachRow(values) { handle in
            guard let text = sqlite3_column_text(handle, 0), let number = Self.integer(handle, column: 1) else { return }
            let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, 0)))
            try body(String(decoding: bytes, as: UTF8.self), number)
        }
    }

    /// Each row's first two columns as integers, skipping rows with a NULL, with GRDB's
    /// `arguments` bound: for statements that read a million rows, where a `Row` each costs
    /// more than the row's SQL.
    package func forEachIntegerPair(_ arguments: StatementArguments, body: (Int64, Int64) throws -> Void) throws {
        try setArguments(arguments)
        try forEachStep(of: sqliteStatement) { handle in
            guard let first = Self.integer(handle, column: 0), let second = Self.integer(handle, column: 1) else { return }
            try body(first, second)
        }
    }

    private func forEachRow(_ values: [BoundValue], _ read: (OpaquePointer) throws -> Void) throws {
        try forEachStep(of: bind(values), read)
    }

    private func forEachStep(of handle: OpaquePointer, _ read: (OpaquePointer) throws -> Void) throws {
        defer { sqlite3_reset(handle) }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                try read(handle)
            case SQLITE_DONE:
                return
            case let code:
                throw error(code, handle)
            }
        }
    }

    private static func integer(_ handle: OpaquePointer, column: CInt) -> Int64? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, column)
    }

    private func firstRow<T>(_ values: [BoundValue], _ read: (OpaquePointer) -> T) throws -> T? {
        let handle = try bind(values)
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            return read(handle)
        case SQLITE_DONE:
            return nil
        case let code:
            throw error(code, handle)
        }
    }

    /// The statement, reset, with `values` bound in order.
    private func bind(_ values: [BoundValue]) throws -> OpaquePointer {
        let handle = sqliteStatement
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = CInt(offset + 1)
            let code: CInt
            switch value {
            case let .integer(number):
                code = sqlite3_bind_int64(handle, index, number)
            case var .text(string):
                code = string.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { text in
                        sqlite3_bind_text(handle, index, text.baseAddress ?? emptyText, CInt(text.count), transient)
                    }
                }
            case .null:
                code = sqlite3_bind_null(handle, index)
            }
            // A value SQLite refuses (text over its length limit) must not become NULL unseen.
            guard code == SQLITE_OK else { throw error(code, handle) }
        }
        return handle
    }

    private func error(_ code: CInt, _ handle: OpaquePointer) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))), sql: sql)
    }
}

/// SQLite's SQLITE_TRANSIENT, which the C header defines as a cast Swift cannot import.
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
/// Where an empty string's bytes are when it has no storage.
private var emptyText: UnsafePointer<CChar> {
    UnsafeRawPointer(("" as StaticString).utf8Start).assumingMemoryBound(to: CChar.self)
}
