import ArgumentParser
import PodiumRendering

struct ForumsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forums",
        abstract: "List the archived forums with place, date, election, organisers and candidates.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup(title: "Filters") var filter: FilterOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        try reportingErrors {
            let archive = try self.archive.open(.readOnly)
            let forums = try archive.forums(filters: filter.filters(in: archive), limit: listing.limit, offset: listing.offset)
            try Terminal.printRecords(forums.map(\.outputFields), format: listing.format) {
                TextTable(headers: ["ID", "DATE", "MUNICIPALITY", "ELECTION", "CANDIDATES", "ORGANIZERS"], rows: forums.map {
                    [String($0.id), $0.forumDate ?? "", $0.municipality ?? "", $0.election ?? "",
                     $0.candidates.map(\.label).joined(separator: ", "),
                     $0.organizers.joined(separator: ", ")]
                }).render(width: Terminal.width())
            }
        }
    }
}
