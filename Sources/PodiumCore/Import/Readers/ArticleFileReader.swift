import Foundation

/// Reads one input file into articles, choosing the reader by the file's extension.
///
/// For example, `ArticleFileReader().read(path: "forum.jsonl")` gives one article a line.
/// Files larger than `maxFileSize` bytes are refused before they are read.
public struct ArticleFileReader: Sendable {
    public var maxFileSize: Int

    public static let defaultMaxFileSize = 64 * 1024 * 1024

    public init(maxFileSize: Int = ArticleFileReader.defaultMaxFileSize) {
        self.maxFileSize = maxFileSize
    }

    public func read(path: String) -> ReadResult {
        do {
            let format = try Self.format(of: path)
            let bytes = try load(path)
            let (text, encoding) = try TextDecoder.decode(bytes, path: path)
            if text.allSatisfy(\.isWhitespace) {
                throw PodiumError.invalidInput(path: path, reason: "empty file")
            }
            switch format {
            case .json, .jsonl:
                return JSONArticleReader.read(text, path: path, format: format, encoding: encoding)
            case .txt, .md:
                return ReadResult(articles: [try TextArticleReader.read(text, path: path, format: format, encoding: encoding)])
            case .html:
                return ReadResult(articles: [try HTMLArticleReader.read(text, path: path, encoding: encoding)])
            }
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

    private func load(_ path: String) throws -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw PodiumError.invalidInput(path: path, reason: "no such file")
        }
        if let size = attributes[.size] as? NSNumber, size.intValue > maxFileSize {
            throw PodiumError.invalidInput(
                path: path,
                reason: "file is \(size.intValue / 1_048_576) MiB, over the limit of \(maxFileSize / 1_048_576) MiB (raise it with --max-file-size)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PodiumError.invalidInput(path: path, reason: "cannot read the file (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw PodiumError.invalidInput(path: path, reason: "cannot read the file: \(error.localizedDescription)")
        }
    }
}
