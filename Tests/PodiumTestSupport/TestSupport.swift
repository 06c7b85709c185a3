import Foundation

/// What the test targets share: the repository's folder, and scratch folders that are removed
/// when the test process ends, after `make test` as after a plain `swift test`.
public enum TestSupport {
    /// The repository's root folder (this file is `Tests/PodiumTestSupport/TestSupport.swift`).
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder of this process's scratch folders, made on first use and removed at exit.
    private static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appending(path: "podium-tests-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestSupport.scratch) }
        return url
    }()

    /// A new empty folder.
    public static func temporaryFolder() throws -> URL {
        let url = scratch.appending(path: UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A path named `name` in a new empty folder; nothing is made there yet.
    public static func temporaryFile(named name: String) throws -> URL {
        try temporaryFolder().appending(path: name)
    }
}
