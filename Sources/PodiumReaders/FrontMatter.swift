import Foundation
import PodiumModel
import PodiumText
import Yams

/// Splits YAML front matter (`---` … `---` at the top of a file) from the text after it.
///
/// For example, "---\ntitle: Forum\n---\nText" gives the map `{title: Forum}` and "Text".
/// A file without front matter gives nil and the whole text.
enum FrontMatter {
    package static func split(_ text: String, path: String) throws -> (fields: [(key: String, value: MetadataValue)]?, body: String) {
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
        var budget = maxValues
        guard let converted = value(node, depth: 0, budget: &budget) else {
            throw PodiumError.invalidInput(
                path: path,
                reason: "front matter holds more than \(maxValues) values or is nested deeper than \(maxDepth) levels (aliases that repeat each other?)")
        }
        guard case let .map(entries) = converted else {
            throw PodiumError.invalidInput(path: path, reason: "front matter must be a map of keys and values")
        }
        return entries
    }

    /// Metadata is a few dozen values: these bounds refuse a file whose aliases multiply into
    /// millions ("billion laughs") before it takes the memory, and nesting before it takes the stack.
    static let maxValues = 10_000
    static let maxDepth = 32

    /// The node as metadata, counting every value against `budget` (an alias counts as often
    /// as it is used); nil past the bounds.
    private static func value(_ node: Node, depth: Int, budget: inout Int) -> MetadataValue? {
        budget -= 1
        guard budget >= 0, depth <= maxDepth else { return nil }
        switch node {
        case let .scalar(scalar):
            // YAML's null: `~`, `null`, or nothing at all after the key.
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return .null
            }
            return .text(scalar.string)
        case let .sequence(sequence):
            var items: [MetadataValue] = []
            for item in sequence {
                guard let converted = value(item, depth: depth + 1, budget: &budget) else { return nil }
                items.append(converted)
            }
            return .list(items)
        case let .mapping(mapping):
            var entries: [(key: String, value: MetadataValue)] = []
            for (key, item) in mapping {
                guard let converted = value(item, depth: depth + 1, budget: &budget) else { return nil }
                entries.append((key: key.string ?? "\(key)", value: converted))
            }
            return .map(entries)
        case .alias:
            return .null
        }
    }
}
