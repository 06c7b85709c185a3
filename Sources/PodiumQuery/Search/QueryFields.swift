import Foundation
import PodiumModel

/// Field filters written in a query, as people know them from web search:
/// `Kita municipality:Mainz party:SPD from:2019`.
///
/// Known fields: `municipality` (or `ags`), `state`, `candidate` (or `speaker`), `party`,
/// `topic`, `organizer`, `outlet`, `kind`, `from`, `to`, `year` (both bounds). A value with spaces is
/// quoted: `municipality:"Landau in der Pfalz"`. Unknown fields stay words of the query.
public struct QueryFields: Equatable, Sendable {
    /// The query without its field filters.
    public var text: String
    public var filters: FilterRequest

    public static let fieldNames: Set<String> = [
        "municipality", "ags", "state", "candidate", "speaker", "party", "topic", "organizer", "outlet", "kind", "from", "to", "year",
    ]

    /// Splits `query` into field filters and the rest; fields add to `base`. A date field that
    /// is not a date (`year:abc`) is an error that names the field.
    public init(parsing query: String, base: FilterRequest = FilterRequest()) throws {
        var filters = base
        var rest: [String] = []
        var index = query.startIndex
        while index < query.endIndex {
            while index < query.endIndex, query[index].isWhitespace { index = query.index(after: index) }
            guard index < query.endIndex else { break }
            let start = index
            var inQuotes = false
            while index < query.endIndex, inQuotes || !query[index].isWhitespace {
                if query[index] == "\"" { inQuotes.toggle() }
                index = query.index(after: index)
            }
            let token = query[start..<index]
            guard let colon = token.firstIndex(of: ":"),
                  Self.fieldNames.contains(token[..<colon].lowercased()) else {
                rest.append(String(token))
                continue
            }
            let value = token[token.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            guard !value.isEmpty else { continue }
            let field = token[..<colon].lowercased()
            if ["from", "to", "year"].contains(field), DateBound.start(value) == nil || DateBound.end(value) == nil {
                throw PodiumError.invalidArgument("\(field):\(value) is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            switch field {
            case "municipality", "ags": filters.municipalities.append(value)
            case "state": filters.states.append(value)
            case "candidate", "speaker": filters.candidate = value
            case "party": filters.party = value
            case "topic": filters.topic = value
            case "organizer": filters.organizer = value
            case "outlet": filters.outlets.append(value)
            case "kind": filters.kinds.append(value)
            case "from": filters.from = value
            case "to": filters.to = value
            case "year":
                filters.from = value
                filters.to = value
            default: break
            }
        }
        self.text = rest.joined(separator: " ")
        self.filters = filters
    }
}
