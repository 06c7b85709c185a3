import Foundation
import Yams

/// Splits YAML front matter (`---` … `---` at the top of a file) from the text after it.
///
/// For example, "---\ntitle: Forum\n---\nText" gives the map `{title: Forum}` and "Text".
/// A file without front matter gives nil and the whole text.
enum FrontMatter {
    static func split(_ text: String, path: String) throws -> (fields: [(key: String, value: MetadataValue)]?, body: String) {
        var lines = TextNormalizer.splitLines(text)[...]
        while let first = lines.first, first.allSatisfy(\.isWhitespace), !lines.isEmpty {
            lines = lines.dropFirst()
        }
        guard let opening = lines.first, opening.trimmingCharacters(in: .whitespaces) == "---" else {
            return (nil, text)
        }
        let afterOpening = lines.dropFirst()
        guard let closing = afterOpening.firstIndex(where: {
            let line = $0.trimmingCharacters(in: .whitespaces)
            return line == "---" || line == "..."
        }) else {
            throw PodiumError.invalidInput(path: path, reason: "front matter opened with '---' is never closed")
        }
        let yaml = afterOpening[..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return (try parse(yaml, path: path), body)
    }

    private static func parse(_ yaml: String, path: String) throws -> [(key: String, value: MetadataValue)] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            let message = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
            throw PodiumError.invalidInput(path: path, reason: "invalid YAML front matter: \(message)")
        }
        guard let node else { return [] }
        guard case let .map(entries) = value(node) else {
            throw PodiumError.invalidInput(path: path, reason: "front matter must be a map of keys and values")
        }
        return entries
    }

    private static func value(_ node: Node) -> MetadataValue {
        switch node {
        case let .scalar(scalar):
            // YAML's null: `~`, `null`, or nothing at all after the key.
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return .null
            }
            return .text(scalar.string)
        case let .sequence(sequence):
            return .list(sequence.map(value))
        case let .mapping(mapping):
            return .map(mapping.map { (key: $0.key.string ?? "\($0.key)", value: value($0.value)) })
        case .alias:
            return .null
        }
    }
}
