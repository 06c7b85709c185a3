import ArgumentParser
import Foundation
import PodiumArchive

/// `--db`, shared by every command.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: "The archive file (default: $PODIUM_DB, else ./podium.sqlite).")
    var db: String?

    var path: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["PODIUM_DB"], !environment.isEmpty {
            return environment
        }
        return "podium.sqlite"
    }

    func open(_ mode: Archive.Mode) throws -> Archive {
        try Archive.open(path: path, mode: mode)
    }
}
