import ArgumentParser
import Foundation
import PodiumRendering

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the archive's articles as JSON Lines that `podium import` reads back.",
        discussion: "podium export --db old.sqlite > archive.jsonl && podium import --db new.sqlite archive.jsonl")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
    }

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup(title: "Filters") var filter: FilterOptions

    @Option(help: "Output format.")
    var format: Format = .jsonl

    @Option(help: "Write to this file (replaced only once the export is whole) instead of standard output.")
    var output: String?

    func run() throws {
        try reportingErrors {
            let destination = try output.map { try OutputFile.open(path: $0, protecting: self.archive.path) }
                ?? OutputFile.standardOutput()
            let archive = try self.archive.open(.readOnly)
            var buffer = ""
            try archive.exportLines(filters: filter.filters(in: archive)) { line in
                buffer += line + "\n"
                if buffer.utf8.count > 1 << 20 {
                    try destination.write(buffer)
                    buffer = ""
                }
            }
            try destination.write(buffer)
            try destination.commit()
        }
    }
}
