import ArgumentParser
import PodiumCore

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

    func validate() throws {
        if let from, DateBound.start(from) == nil {
            throw ValidationError("--from '\(from)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).")
        }
        if let to, DateBound.end(to) == nil {
            throw ValidationError("--to '\(to)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).")
        }
    }

    func filters() throws -> SearchFilters {
        try SearchFilters(municipalities: municipality, states: state, from: from, to: to)
    }
}
