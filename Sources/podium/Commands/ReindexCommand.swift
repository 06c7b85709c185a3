import ArgumentParser
import Foundation

struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Recompute the stems of every paragraph and rebuild the full-text index.",
        discussion: "Run it after an upgrade of podium's stemmer, or when `podium check` finds the index out of step.")

    @OptionGroup var archive: ArchiveOptions

    @Flag(inversion: .prefixedNo, help: "Turn the substring index for `search --substring` on (about 3× the text in size) or off.")
    var substring: Bool?

    func run() throws {
        try reportingErrors {
            let archive = try self.archive.open(.readWrite)
            var bar = ProgressBar()
            let summary = try archive.reindex { done, total in
                bar.update(done: done, total: total, label: "paragraphs")
            }
            try Terminal.out("reindexed \(summary.paragraphs) paragraphs, stems changed in \(summary.changed)\n")
            if let substring {
                try archive.setSubstringIndex(enabled: substring)
                try Terminal.out("substring index \(substring ? "on" : "off")\n")
            }
        }
    }
}
