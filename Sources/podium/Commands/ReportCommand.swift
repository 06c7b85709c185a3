import ArgumentParser
import PodiumQuery
import PodiumRendering

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report: one forum, an election, a municipality over the years, or the archive.",
        discussion: """
            The filters choose the kind: --forum ID one forum; one --municipality its election or its \
            forums over the years; a candidate, party, topic, organiser or outlet a selection; no filter \
            (or only --state, --from, --to) an overview of the archive.
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup(title: "Filters") var filter: FilterOptions

    @Option(help: "Report on this forum only (see `podium forums`).")
    var forum: Int64?

    @Option(help: "Output format: md (Markdown), html (one self-contained file) or json.")
    var format: ReportFormat = .md

    @Option(help: "Write the report to this file (replaced only once the report is whole) instead of standard output.")
    var output: String?

    func run() throws {
        try reportingErrors {
            let destination = try output.map { try OutputFile.open(path: $0, protecting: self.archive.path) }
                ?? OutputFile.standardOutput()
            let archive = try self.archive.open(.readOnly)
            let report = try archive.report(ReportRequest(filters: filter.request(), forumID: forum))
            try destination.write(format.render(report))
            try destination.commit()
        }
    }
}
