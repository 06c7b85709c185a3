import ArgumentParser
import Foundation
import PodiumCore

struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Recompute the stems of every paragraph and rebuild the full-text index.",
        discussion: "Run it after an upgrade of podium's stemmer, or when `podium check` finds the index out of step.")

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        try reportingErrors {
            var bar = ProgressBar()
            let summary = try archive.open(.readWrite).reindex { done, total in
                bar.update(done: done, total: total, label: "paragraphs")
            }
            Terminal.out("reindexed \(summary.paragraphs) paragraphs, stems changed in \(summary.changed)\n")
        }
    }
}
