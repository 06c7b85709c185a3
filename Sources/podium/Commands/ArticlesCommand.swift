import ArgumentParser
import PodiumRendering

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the archived articles of every kind: forum reports, other election coverage, other news.",
        discussion: "--kind forum_report, election_coverage or other narrows the list; dates are the forum's, else the day of publication.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup(title: "Filters") var filter: FilterOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        try reportingErrors {
            let archive = try self.archive.open(.readOnly)
            let articles = try archive.articles(filters: filter.filters(in: archive), limit: listing.limit, offset: listing.offset)
            try Terminal.printRecords(articles.map(\.outputFields), format: listing.format) {
                TextTable(headers: ["ID", "KIND", "DATE", "MUNICIPALITY", "OUTLET", "TITLE"], rows: articles.map {
                    [String($0.id), $0.kind.label, $0.forumDate ?? $0.publishedDate ?? "", $0.municipality ?? $0.state ?? "",
                     $0.outlet ?? "", $0.title ?? ""]
                }).render(width: Terminal.width())
            }
        }
    }
}
