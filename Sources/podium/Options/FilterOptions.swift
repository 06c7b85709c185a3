import ArgumentParser
import PodiumArchive
import PodiumModel
import PodiumQuery

/// The filters shared by the listing commands.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: "Only this municipality: name or 8-digit AGS (repeatable).")
    var municipality: [String] = []

    @Option(name: .long, help: "Only this state: name or code such as RP (repeatable).")
    var state: [String] = []

    @Option(name: .long, help: "Only forums on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var from: String?

    @Option(name: .long, help: "Only forums on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var to: String?

    @Option(name: .long, help: "Only this candidate: any spelling of the name.")
    var candidate: String?

    @Option(name: .long, help: "Only candidates of this party: any spelling, such as Grüne or GRÜNE.")
    var party: String?

    @Option(name: .long, help: "Only this topic, such as Verkehr or Kita (see the topics table).")
    var topic: String?

    @Option(name: .long, help: "Only forums organised by this organisation: name or short name.")
    var organizer: String?

    @Option(name: .long, help: "Only articles of this outlet (repeatable).")
    var outlet: [String] = []

    @Option(name: .long, help: "Only articles of this kind: forum_report, election_coverage or other (repeatable).")
    var kind: [String] = []

    func validate() throws {
        if let from, DateBound.start(from) == nil {
            throw ValidationError("--from '\(from)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).")
        }
        if let to, DateBound.end(to) == nil {
            throw ValidationError("--to '\(to)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).")
        }
        for name in kind where ArticleKind(named: name) == nil {
            throw ValidationError(
                "--kind '\(name)' is not a kind of article (\(ArticleKind.allCases.map(\.rawValue).joined(separator: ", "))).")
        }
    }

    /// The filters as given on the command line.
    func request(quotesOnly: Bool = false) -> FilterRequest {
        FilterRequest(
            municipalities: municipality, states: state, from: from, to: to, candidate: candidate, party: party,
            topic: topic, outlets: outlet, organizer: organizer, quotesOnly: quotesOnly, kinds: kind)
    }

    /// The filters, resolved against the archive's people, parties, topics and organisers.
    func filters(in archive: Archive, quotesOnly: Bool = false) throws -> SearchFilters {
        try archive.filters(for: request(quotesOnly: quotesOnly))
    }
}
