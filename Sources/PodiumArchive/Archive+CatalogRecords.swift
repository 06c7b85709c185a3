import Foundation
import GRDB
import PodiumModel
import PodiumReaders

/// The parties and topics of an archive as lines of `podium export`, so that what users added
/// in SQL travels with the articles. `podium import` applies these lines (at the head of a
/// `.jsonl` file) before it reads any article, so that extraction already knows them.
///
/// For example:
/// `{"podium_catalog":"party","name":"Bürger für Trier","short_name":"BfT","spellings":["BfT"],"local":true}`,
/// `{"podium_catalog":"topic","name":"Seilbahn","patterns":["seilbahn*"]}`.
package enum CatalogRecords {
    fileprivate static let key = CatalogRecordLine.key

    package static func lines(_ db: Database) throws -> [String] {
        let parties = try Row.fetchAll(db, sql: CatalogSQL.parties).map { row -> String in
            let spellings = (row["spellings"] as String?)?.split(separator: "\u{1F}").map { OutputValue.string(String($0)) } ?? []
            return OutputValue.object([
                OutputField(key, .string("party")), OutputField("name", .string(row["name"])),
                OutputField("short_name", .optional(row["short_name"])), OutputField("spellings", .list(spellings)),
            ] + ((row["local"] as Int64) == 1 ? [OutputField("local", .bool(true))] : [])).json
        }
        var patterns: [(topic: String, patterns: [String])] = []
        for row in try Row.fetchAll(db, sql: CatalogSQL.topicTerms) {
            let topic: String = row["name"]
            if patterns.last?.topic == topic { patterns[patterns.count - 1].patterns.append(row["pattern"]) }
            else { patterns.append((topic, [row["pattern"]])) }
        }
        let topics = patterns.map { entry in
            OutputValue.object([
                OutputField(key, .string("topic")), OutputField("name", .string(entry.topic)),
                OutputField("patterns", .list(entry.patterns.map(OutputValue.string))),
            ]).json
        }
        return parties + topics
    }
}

extension Archive {
    /// Adds what the archive lacks of catalogue records (JSON objects of ``CatalogRecords/lines(_:)``'s
    /// form): parties with their spellings, topics with their patterns, in one transaction.
    /// Returns how many records it applied; a record of another catalogue or without a name is
    /// skipped.
    package func addCatalogRecords(_ records: [[String: Any]]) throws -> Int {
        var applied = 0
        try write { db in
            for record in records {
                guard let name = record["name"] as? String else { continue }
                switch record[CatalogRecords.key] as? String {
                case "party":
                    try db.execute(
                        sql: CatalogSQL.insertPartyIfMissing,
                        arguments: [name, record["short_name"] as? String, (record["local"] as? Bool ?? false) ? 1 : 0])
                    for spelling in record["spellings"] as? [String] ?? [] {
                        try db.execute(sql: CatalogSQL.insertSpellingOfParty, arguments: [spelling, name])
                    }
                case "topic":
                    try db.execute(sql: CatalogSQL.insertTopicIfMissing, arguments: [name])
                    for pattern in record["patterns"] as? [String] ?? [] {
                        try db.execute(sql: SchemaSQL.insertTopicTermIfMissing, arguments: [pattern, name])
                    }
                default:
                    continue
                }
                applied += 1
            }
        }
        return applied
    }
}
