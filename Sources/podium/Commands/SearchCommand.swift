import ArgumentParser
import PodiumQuery
import PodiumRendering

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find paragraphs, best matches first.",
        discussion: """
            Words must all match; "quoted words" match as a phrase; OR joins alternatives; \
            -word excludes; word* matches words that begin so; field:value filters \
            (municipality, state, candidate, party, topic, organizer, outlet, from, to, year). \
            Any input is a valid query.
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup(title: "Filters") var filter: FilterOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Flag(help: "Only paragraphs with quoted speech.")
    var quotes = false

    @Flag(help: "Match words anywhere inside words (needs `podium reindex --substring`).")
    var substring = false

    @Option(help: "Order of the hits.")
    var sort: SearchOrder = .relevance

    @Option(parsing: .unconditional, help: "Show at most this many hits.")
    var limit = 20

    @Option(parsing: .unconditional, help: "Skip this many hits (for paging).")
    var offset = 0

    // Unrecognised words join the query, so that `podium search -Schulden Schulen` and a lone
    // `-` search instead of failing as unknown options.
    @Argument(parsing: .allUnrecognized, help: "What to search for.")
    var query: [String] = []

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must not be negative.") }
        guard offset >= 0 else { throw ValidationError("--offset must not be negative.") }
    }

    func run() throws {
        try reportingErrors {
            let archive = try self.archive.open(.readOnly)
            let fields = try QueryFields(parsing: query.joined(separator: " "), base: filter.request(quotesOnly: quotes))
            let filters = try archive.filters(for: fields.filters)
            let results = try archive.search(
                fields.text, filters: filters, order: sort, limit: limit, offset: offset, substrings: substring)
            try Terminal.printRecords(results.hits.map(\.outputFields), format: format) {
                let bold = Terminal.stdoutSupportsStyle
                let table = SearchResultsTable(
                    width: Terminal.width(), highlightOpen: bold ? "\u{1B}[1m" : "[",
                    highlightClose: bold ? "\u{1B}[22m" : "]")
                return table.render(results, offset: offset)
            }
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension SearchOrder: ExpressibleByArgument {}
