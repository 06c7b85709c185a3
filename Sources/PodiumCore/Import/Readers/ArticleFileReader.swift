import Foundation

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
            return read(contents: try load(path), path: path)
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

    /// Reads a JSON Lines file in blocks, decoding and parsing one line at a time.
    private func streamLines(path: String, each: (ReadResult) -> Bool) {
        let handle: FileHandle
        do {
            handle = try open(path, checkingSize: false)
        } catch {
            _ = each(ReadResult(failures: [error as? PodiumError ?? .invalidInput(path: path, reason: "\(error)")]))
            return
        }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var number = 0
        var records = 0
        func emit(_ line: ArraySlice<UInt8>) -> Bool {
            number += 1
            var line = line
            if line.last == 0x0D { line = line.dropLast() }
            if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            let result: ReadResult
            if line.count > maxFileSize {
                result = ReadResult(failures: [.invalidInput(
                    path: path, record: number,
                    reason: "line is \(Self.size(line.count)), over the limit of \(Self.size(maxFileSize)) (raise it with --max-file-size)")])
            } else {
                do {
                    let (text, encoding) = try TextDecoder.decode(Array(line), path: path)
                    if CatalogRecords.isRecord(text) { records += 1 }
                    result = JSONArticleReader.readLine(text, number: number, path: path, encoding: encoding)
                } catch let error as PodiumError {
                    result = ReadResult(failures: [error.inRecord(number)])
                } catch {
                    result = ReadResult(failures: [.invalidInput(path: path, record: number, reason: "\(error)")])
                }
            }
            records += result.articles.count + result.failures.count
            return result.articles.isEmpty && result.failures.isEmpty ? true : each(result)
        }
        do {
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                pending += block
                var start = pending.startIndex
                while let newline = pending[start...].firstIndex(of: 0x0A) {
                    guard emit(pending[start..<newline]) else { return }
                    start = newline + 1
                }
                pending.removeSubrange(..<start)
            }
        } catch {
            _ = each(ReadResult(failures: [.invalidInput(path: path, reason: "cannot read the file: \(Self.describe(error))")]))
            return
        }
        if !pending.isEmpty, !emit(pending[...]) { return }
        if records == 0 { _ = each(ReadResult(failures: [JSONArticleReader.noRecords(path)])) }
    }

    private func open(_ path: String, checkingSize: Bool) throws -> FileHandle {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw PodiumError.invalidInput(path: path, reason: "no such file")
        }
        if checkingSize, let size = attributes[.size] as? NSNumber, size.intValue > maxFileSize {
            throw PodiumError.invalidInput(
                path: path,
                reason: "file is \(Self.size(size.intValue)), over the limit of \(Self.size(maxFileSize)) (raise it with --max-file-size)")
        }
        if (attributes[.type] as? FileAttributeType) == .typeDirectory {
            throw PodiumError.invalidInput(path: path, reason: "a folder, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PodiumError.invalidInput(path: path, reason: "cannot read the file (permission denied?)")
        }
        return handle
    }

    /// The operating system's words for a read error ("Input/output error"), not Foundation's
    /// wrapper around them.
    static func describe(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix = underlying, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        return underlying?.localizedDescription ?? error.localizedDescription
    }

    /// "232 MiB", "3 KiB", "512 bytes".
    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }

    private func load(_ path: String) throws -> [UInt8] {
        let handle = try open(path, checkingSize: true)
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw PodiumError.invalidInput(path: path, reason: "cannot read the file: \(Self.describe(error))")
        }
    }
}
