import ArgumentParser
import Foundation
import PodiumImport
import PodiumModel
import PodiumReaders

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import articles from files or folders (.txt, .md, .html, .json, .jsonl).",
        discussion: """
            Each article is stored whole or not at all; up to --batch-size articles (or a \
            second's worth) share a transaction, whose paragraphs are indexed together. If the \
            import stops (killed, disk full), only the last batch is missing: import the same \
            files again. An article already in the archive (the same text, whatever its line \
            endings) is counted as a duplicate. A file that fails is reported on stderr and the \
            others are still imported; the exit code is then 1.
            """)

    enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup(title: "Metadata for every file (a file's own metadata wins)") var metadata: MetadataOptions

    @Flag(help: "For texts already stored, take the metadata given now (title, outlet, URL, author, publication day); a new kind or candidates take effect with podium reextract.")
    var update = false

    @Option(help: "How to print the summary.")
    var format: SummaryFormat = .text

    @Option(parsing: .unconditional, help: "Refuse files (and JSON Lines lines) larger than this many MiB.")
    var maxFileSize = ArticleFileReader.defaultMaxFileSize / 1_048_576

    /// The largest --max-file-size whose bytes an Int holds.
    static let largestFileSize = Int.max >> 21

    @Option(parsing: .unconditional, help: "Commit after at most this many articles (1: each article on its own, slower).")
    var batchSize = Importer.defaultArticlesPerBatch

    @Argument(help: "Files or folders to import (folders recursively).")
    var paths: [String]

    func validate() throws {
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be at least 1.") }
        guard maxFileSize <= Self.largestFileSize else {
            throw ValidationError("--max-file-size must be at most \(Self.largestFileSize) (MiB).")
        }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1.") }
    }

    func run() throws {
        var failed = false
        try reportingErrors {
            let archive = try self.archive.open(.readWrite)
            var importer = Importer(
                archive: archive, defaults: metadata.metadata,
                reader: ArticleFileReader(maxFileSize: maxFileSize * 1_048_576))
            importer.articlesPerBatch = batchSize
            importer.updatesMetadata = update
            var bar = ProgressBar()
            let summary = try importer.run(
                paths: paths, arguments: OutputValue.list(CommandLine.arguments.dropFirst().map(OutputValue.string)).json
            ) { bar.update($0) }
            for warning in summary.warnings { Terminal.err("warning: \(warning)") }
            for copy in summary.sameStory { Terminal.err("note: \(copy.description)") }
            for failure in summary.failures { Terminal.err("error: \(failure.description)") }
            switch format {
            case .text:
                let sameStory = summary.sameStory.isEmpty ? "" : ", same story \(summary.sameStory.count)"
                let updated = update ? " (\(summary.updated) updated)" : ""
                try Terminal.out(
                    "imported \(summary.imported), duplicates \(summary.duplicates)\(updated)\(sameStory), failed \(summary.failed)\n")
            case .json:
                try Terminal.out(OutputValue.object([
                    OutputField("imported", .int(Int64(summary.imported))),
                    OutputField("duplicates", .int(Int64(summary.duplicates))),
                    OutputField("updated", .int(Int64(summary.updated))),
                    OutputField("same_story", .list(summary.sameStory.map { copy in
                        .object([OutputField("path", .string(copy.path)), OutputField("article_id", .int(copy.articleID)),
                                 OutputField("outlet", .optional(copy.outlet))])
                    })),
                    OutputField("failed", .int(Int64(summary.failed))),
                    OutputField("errors", .list(summary.failures.map { .string($0.description) })),
                    OutputField("import_run_id", summary.importRunID.map { .int($0) } ?? .null),
                ]).json + "\n")
            }
            failed = summary.failed > 0
        }
        if failed { throw ExitCode.failure }
    }
}
