import ArgumentParser
import PodiumQuery
import PodiumRendering

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quoted speech with its speaker, party, place and date.",
        discussion: "With a QUERY, only quotes whose words match it (as in search).")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup(title: "Filters") var filter: FilterOptions
    @OptionGroup var listing: ListingOptions

    @Argument(parsing: .allUnrecognized, help: "Words the quotes must contain.")
    var query: [String] = []

    /// The speaker as the table shows them: a candidate by name, another person with their role
    /// ("Cornelia Sand (moderator)"), nobody by how the quote was attributed ("(audience)").
    static func speaker(_ quote: QuoteListing) -> String {
        guard let name = quote.speaker else { return "(\(quote.attribution))" }
        guard let role = quote.speakerRole, role != "candidate" else { return name }
        return "\(name) (\(role))"
    }

    func run() throws {
        try reportingErrors {
            let archive = try self.archive.open(.readOnly)
            let quotes = try archive.quotes(
                matching: query.isEmpty ? nil : query.joined(separator: " "), filters: filter.filters(in: archive),
                limit: listing.limit, offset: listing.offset)
            try Terminal.printRecords(quotes.map(\.outputFields), format: listing.format) {
                TextTable(headers: ["SPEAKER", "PARTY", "PLACE", "DATE", "QUOTE"], rows: quotes.map {
                    [Self.speaker($0), $0.party ?? "", $0.municipality ?? "", $0.forumDate ?? "", $0.text]
                }).render(width: Terminal.width())
            }
        }
    }
}
