/// The machine-readable formats every listing command offers.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv, ndjson
}
