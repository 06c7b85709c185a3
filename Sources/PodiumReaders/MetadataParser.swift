import PodiumModel
import PodiumText

/// Reads podium's metadata keys (snake_case, as in the command-line options) from a map of
/// front matter or JSON.
///
/// For example, the front matter
///
/// ```yaml
/// municipality: Kaiserslautern
/// forum_date: 2023-08-30
/// candidates:
///   - {name: Beate Kimmel, party: SPD}
/// ```
///
/// gives `ArticleMetadata(municipality: "Kaiserslautern", forumDate: 2023-08-30, ...)`.
/// Unknown keys are returned as warnings; malformed values throw.
package struct MetadataParser {
    package static let keys: Set<String> = [
        "municipality", "ags", "state", "forum_date", "election", "election_date", "title",
        "outlet", "url", "author", "published_date", "venue", "candidates", "kind",
    ]

    package let path: String
    package let record: Int?

    package init(path: String, record: Int? = nil) {
        self.path = path
        self.record = record
    }

    package func parse(
        _ entries: [(key: String, value: MetadataValue)], ignoring extraKeys: Set<String> = []
    ) throws -> (metadata: ArticleMetadata, warnings: [String]) {
        var metadata = ArticleMetadata()
        var warnings: [String] = []
        for (key, value) in entries {
            switch key {
            case "municipality": metadata.municipality = try text(value, key)
            case "ags": metadata.municipality = try metadata.municipality ?? text(value, key)
            case "state": metadata.state = try text(value, key)
            case "forum_date": metadata.forumDate = try date(value, key)
            case "election": metadata.election = try text(value, key)
            case "election_date": metadata.electionDate = try date(value, key)
            case "title": metadata.title = try text(value, key)
            case "outlet": metadata.outlet = try text(value, key)
            case "url": metadata.url = try text(value, key)
            case "author": metadata.author = try text(value, key)
            case "published_date": metadata.publishedDate = try date(value, key)
            case "venue": metadata.venue = try text(value, key)
            case "candidates": metadata.candidates = try candidates(value)
            case "kind": metadata.kind = try kind(value)
            case _ where extraKeys.contains(key): break
            default: warnings.append("unknown key '\(key)' ignored")
            }
        }
        return (metadata, warnings)
    }

    private func fail(_ reason: String) -> PodiumError {
        .invalidInput(path: path, record: record, reason: reason)
    }

    private func text(_ value: MetadataValue, _ key: String) throws -> String? {
        switch value {
        case .null: return nil
        case let .text(text):
            let trimmed = TextNormalizer.normalize(text)
            return trimmed.isEmpty ? nil : trimmed
        case .list, .map: throw fail("'\(key)' must be text, not a list or map")
        }
    }

    private func date(_ value: MetadataValue, _ key: String) throws -> CalendarDate? {
        guard let text = try text(value, key) else { return nil }
        guard let date = CalendarDate(parsing: text) else {
            throw fail("'\(key)': '\(text)': \(CalendarDate.problem(with: text))")
        }
        return date
    }

    private func kind(_ value: MetadataValue) throws -> ArticleKind? {
        guard let text = try text(value, "kind") else { return nil }
        guard let kind = ArticleKind(named: text) else {
            throw fail("'kind': '\(text)' is not a kind of article (\(ArticleKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return kind
    }

    private func candidates(_ value: MetadataValue) throws -> [CandidateEntry]? {
        guard case let .list(items) = value else {
            if value == .null { return nil }
            throw fail("'candidates' must be a list of {name, party}")
        }
        return try items.map { item in
            switch item {
            case let .text(name):
                guard let name = try text(.text(name), "candidates") else {
                    throw fail("'candidates' has an empty name")
                }
                return CandidateEntry(name: name)
            case .map:
                guard let nameValue = item["name"], let name = try text(nameValue, "name") else {
                    throw fail("'candidates' entry without a name")
                }
                let party = try item["party"].flatMap { try text($0, "party") }
                return CandidateEntry(name: name, party: party)
            case .null, .list:
                throw fail("'candidates' must be a list of {name, party}")
            }
        }
    }
}
