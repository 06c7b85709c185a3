import ArgumentParser
import PodiumRendering

struct CandidatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidates",
        abstract: "List the candidates of the archived forums, with parties, elections and spellings.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup(title: "Filters") var filter: FilterOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        try reportingErrors {
            let archive = try self.archive.open(.readOnly)
            let candidates = try archive.candidates(filters: filter.filters(in: archive), limit: listing.limit, offset: listing.offset)
            try Terminal.printRecords(candidates.map(\.outputFields), format: listing.format) {
                TextTable(headers: ["NAME", "PARTY", "MUNICIPALITY", "ELECTIONS", "QUOTES", "ALIASES"], rows: candidates.map {
                    [$0.name, $0.party ?? "", $0.municipality ?? "", $0.elections.map(String.init).joined(separator: ", "),
                     String($0.quotes), $0.aliases.joined(separator: ", ")]
                }).render(width: Terminal.width())
            }
        }
    }
}
