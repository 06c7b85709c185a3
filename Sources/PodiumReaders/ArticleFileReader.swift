import Foundation
import PodiumModel

/// Reads one input file into articles, choosing the reader by the file's extension.
///
/// For example, `ArticleFileReader().read(path: "forum.jsonl")` gives one article a line.
/// Files larger than `maxFileSize` bytes are refused before they are read, except JSON Lines,
/// which are streamed a line at a time (the limit then holds for each line), so that a corpus
/// of any size imports in little memory.
public struct ArticleFileReader: Sendable {
    public var maxFileSize: Int

    public static let defaultMaxFileSize = 64 * 1024 * 1024

    public init(maxFileSize: Int = ArticleFileReader.defaultMaxFileSize) {
        self.maxFileSize = maxFileSize
    }

    /// Reads the whole file; a JSON Lines file's records all at once.
    public func read(path: String) -> ReadResult {
        var result = ReadResult()
        read(path: path) { part in
            result.articles += part.articles
            result.failures += part.failures
            return true
        }
        return result
    }

    /// Reads the file and hands over what it holds: a JSON Lines file a line at a time, any other
    /// file at once. `each` returns false to stop reading.
    public func read(path: String, each: (ReadResult) -> Bool) {
        if URL(fileURLWithPath: path).pathExtension.lowercased() == SourceFormat.jsonl.rawValue {
            return streamLines(path: path, each: each)
        }
        _ = each(readWhole(path: path))
    }

    private func readWhole(path: String) -> ReadResult {
        do {
            _ = try Self.format(of: path)
            return read(contents: try InputFile(path: path).readAll(limit: maxFileSize), path: path)
        } catch let error as PodiumError {
            return ReadResult(failures: [error])
        } catch {
            return ReadResult(failures: [.invalidInput(path: path, reason: error.localizedDescription)])
        }
    }

    /// Reads a file's bytes already in memory; `path` names it in errors and, by its
    /// extension, chooses the reader.
    public func read(contents bytes: [UInt8], path: String) -> ReadResult {
        do {
            let format = try Self.format(of: path)
            let decoded = try TextDecoder.decode(bytes, path: path)
            let (text, encoding) = (decoded.text, decoded.encoding)
            if text.allSatisfy(\.isWhitespace) {
                throw PodiumError.invalidInput(path: path, reason: "empty file")
            }
            var result: ReadResult
            switch format {
            case .json, .jsonl:
                result = JSONArticleReader.read(text, path: path, format: format, encoding: encoding)
            case .txt, .md:
                result = ReadResult(articles: [try TextArticleReader.read(text, path: path, format: format, encoding: encoding)])
            case .html:
                result = ReadResult(articles: [try HTMLArticleReader.read(text, path: path, encoding: encoding)])
            }
            result.warn(decoded.warning)
            return result
        } catch let error as PodiumError {
            return ReadResult(failures: [error])
        } catch {
            return ReadResult(failures: [.invalidInput(path: path, reason: error.localizedDescription)])
        }
    }

    public static func format(of path: String) throws -> SourceFormat {
        let ext = URL(fileURLWithPath: path).pathExtension
        guard let format = SourceFormat(fileExtension: ext) else {
            let known = SourceFormat.allCases.map { ".\($0.rawValue)" }.joined(separator: ", ")
            throw PodiumError.invalidInput(
                path: path, reason: "unsupported file type '\(ext.isEmpty ? "(none)" : "." + ext)' (podium reads \(known))")
        }
        return format
    }

    /// Reads a JSON Lines file in blocks, decoding and parsing one line at a time.
    private func streamLines(path: String, each: (ReadResult) -> Bool) {
        var records = 0
        func emit(_ line: InputFile.Line) -> Bool {
            let result: ReadResult
            if var bytes = line.bytes {
                if bytes.last == 0x0D { bytes = bytes.dropLast() }
                if line.number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
                do {
                    let decoded = try TextDecoder.decode(Array(bytes), path: path)
                    if CatalogRecordLine.isRecord(decoded.text) { records += 1 }
                    var lineResult = JSONArticleReader.readLine(decoded.text, number: line.number, path: path, encoding: decoded.encoding)
                    lineResult.warn(decoded.warning)
                    result = lineResult
                } catch let error as PodiumError {
                    result = ReadResult(failures: [error.inRecord(line.number)])
                } catch {
                    result = ReadResult(failures: [.invalidInput(path: path, record: line.number, reason: "\(error)")])
                }
            } else {
                result = ReadResult(failures: [.invalidInput(
                    path: path, record: line.number,
                    reason: "line is \(InputFile.size(line.length)), over the limit of \(InputFile.size(maxFileSize)) (raise it with --max-file-size)")])
            }
            records += result.articles.count + result.failures.count
            return result.articles.isEmpty && result.failures.isEmpty ? true : each(result)
        }
        var finished = true
        do {
            try InputFile(path: path).forEachLine(maxLength: maxFileSize) { line in
                finished = emit(line)
                return finished
            }
        } catch {
            _ = each(ReadResult(failures: [error as? PodiumError ?? .invalidInput(path: path, reason: "\(error)")]))
            return
        }
        if finished, records == 0 { _ = each(ReadResult(failures: [JSONArticleReader.noRecords(path)])) }
    }
}
