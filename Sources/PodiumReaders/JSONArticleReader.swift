import Foundation
import PodiumModel
import PodiumText

/// Reads articles from `.json` (one object, or an array of objects) and `.jsonl` (one object a
/// line). Each object holds the metadata keys and `text`, the article body.
///
/// For example: `{"municipality": "07312000", "forum_date": "2023-08-30", "text": "…"}`.
/// A broken record fails alone; the other records of the file are still read.
package enum JSONArticleReader {
    package static func read(_ text: String, path: String, format: SourceFormat, encoding: String) -> ReadResult {
        var result = ReadResult()
        func add(_ object: Any, record: Int?) {
            do {
                result.articles.append(
                    try article(object, path: path, record: record, format: format, encoding: encoding))
            } catch let error as PodiumError {
                result.failures.append(error)
            } catch {
                result.failures.append(.invalidInput(path: path, record: record, reason: "\(error)"))
            }
        }
        if format == .jsonl {
            for (index, line) in TextNormalizer.splitLines(text).enumerated() {
                let lineResult = readLine(String(line), number: index + 1, path: path, encoding: encoding)
                result.articles += lineResult.articles
                result.failures += lineResult.failures
            }
            if result.articles.isEmpty, result.failures.isEmpty, !TextNormalizer.splitLines(text).contains(where: { CatalogRecordLine.isRecord(String($0)) }) {
                result.failures.append(noRecords(path))
            }
            return result
        }
        do {
            switch try parse(text) {
            case let array as [Any]:
                if array.isEmpty {
                    result.failures.append(.invalidInput(path: path, reason: "empty JSON array: no articles"))
                }
                for (index, element) in array.enumerated() { add(element, record: index + 1) }
            case let object:
                add(object, record: nil)
            }
        } catch {
            result.failures.append(.invalidInput(path: path, reason: describe(error)))
        }
        return result
    }

    /// One line of a `.jsonl` file (numbered from 1): an article, a failure, or nothing when blank.
    package static func readLine(_ line: String, number: Int, path: String, encoding: String) -> ReadResult {
        // Blank lines, and the parties and topics of an export, which import applied first.
        guard !line.allSatisfy(\.isWhitespace), !CatalogRecordLine.isRecord(line) else { return ReadResult() }
        do {
            let object = try parse(line)
            return ReadResult(articles: [try article(object, path: path, record: number, format: .jsonl, encoding: encoding)])
        } catch let error as PodiumError {
            return ReadResult(failures: [error])
        } catch {
            return ReadResult(failures: [.invalidInput(path: path, record: number, reason: describe(error))])
        }
    }

    static func noRecords(_ path: String) -> PodiumError {
        .invalidInput(path: path, reason: "no JSON records (empty file)")
    }

    private static func parse(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String
        return "invalid JSON" + (detail.map { ": \($0)" } ?? "")
    }

    private static func article(
        _ object: Any, path: String, record: Int?, format: SourceFormat, encoding: String
    ) throws -> SourceArticle {
        guard case let .map(entries) = value(object) else {
            throw PodiumError.invalidInput(path: path, record: record, reason: "expected a JSON object with \"text\"")
        }
        guard let raw = (object as? [String: Any])?["text"], !(raw is NSNull) else {
            throw PodiumError.invalidInput(path: path, record: record, reason: "missing \"text\" (the article body)")
        }
        guard case let .text(body)? = entries.first(where: { $0.key == "text" })?.value, raw is String else {
            throw PodiumError.invalidInput(path: path, record: record, reason: "\"text\" (the article body) must be a string")
        }
        let (metadata, warnings) = try MetadataParser(path: path, record: record)
            .parse(entries, ignoring: ["text", "source_format"])
        // `podium export` names the format the text came from, so that its layout (Markdown
        // headings, one paragraph a line) reads the same again.
        var layout = format
        if case let .text(name)? = entries.first(where: { $0.key == "source_format" })?.value,
           let original = SourceFormat(rawValue: name) {
            layout = original
        }
        return SourceArticle(
            path: path, record: record, format: layout, encoding: encoding,
            metadata: metadata, body: body, warnings: warnings)
    }

    package static func value(_ object: Any) -> MetadataValue {
        switch object {
        case let text as String: return .text(text)
        case let array as [Any]: return .list(array.map(value))
        case let dictionary as [String: Any]:
            return .map(dictionary.keys.sorted().map { (key: $0, value: value(dictionary[$0]!)) })
        case is NSNull: return .null
        case let number as NSNumber:
            // A key such as 7312000 loses its leading zero in JSON numbers; AGS keys have 8 digits.
            return .text(number.stringValue)
        default: return .text("\(object)")
        }
    }
}
