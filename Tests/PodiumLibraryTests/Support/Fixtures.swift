import Foundation
@testable import PodiumArchive
@testable import PodiumImport
import PodiumTestSupport

/// Paths of the repository's fixtures and of `../shared` (absent on a user's clone).
enum Fixtures {
    static let repository = TestSupport.repository

    static func path(_ relative: String) -> String {
        repository.appending(path: "fixtures/" + relative).path
    }

    static let seed = path("seed/kaiserslautern-2023.txt")

    /// `../shared` beside the repository, when it is there.
    static let shared: URL? = {
        let url = repository.deletingLastPathComponent().appending(path: "shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }
}

/// A migrated in-memory archive, with the given fixture paths imported.
func makeArchive(importing paths: [String] = []) throws -> (Archive, Importer.Summary?) {
    let archive = try Archive.inMemory()
    guard !paths.isEmpty else { return (archive, nil) }
    let summary = try Importer(archive: archive).run(paths: paths.map(Fixtures.path))
    return (archive, summary)
}

extension Archive {
    /// One integer from a fixed SQL query, for assertions on counts.
    func count(_ sql: String) throws -> Int {
        try read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    func strings(_ sql: String) throws -> [String] {
        try read { try String.fetchAll($0, sql: sql) }
    }
}

import GRDB
