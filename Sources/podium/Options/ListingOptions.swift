import ArgumentParser
import PodiumRendering

/// Format and paging, shared by the listing commands.
struct ListingOptions: ParsableArguments {
    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Option(parsing: .unconditional, help: "Show at most this many rows.")
    var limit = 100

    @Option(parsing: .unconditional, help: "Skip this many rows (for paging).")
    var offset = 0

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must not be negative.") }
        guard offset >= 0 else { throw ValidationError("--offset must not be negative.") }
    }
}
