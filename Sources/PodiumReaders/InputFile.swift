import Foundation
import PodiumModel

/// An input file opened so that no file can hang an import or take unbounded memory.
///
/// - Only regular files are read: a FIFO, a device (`/dev/zero` behind a `.txt` name) or a
///   socket is refused when it is opened, which never blocks.
/// - ``readAll(limit:)`` reads at most `limit` bytes and refuses a longer file, also one that
///   grows while it is read.
/// - ``forEachLine(maxLength:_:)`` holds at most one line of `maxLength` bytes: a longer line is
///   skipped to its end and reported, and finding the line ends reads each byte once.
///
/// For example:
///
/// ```swift
/// let file = try InputFile(path: "a.jsonl")
/// try file.forEachLine(maxLength: 1 << 20) { line in print(line.number); return true }
/// ```
package struct InputFile: ~Copyable {
    package let path: String
    private let descriptor: Int32
    /// The size when the file was opened.
    package let size: Int

    /// A line of a file: its bytes without the line feed, or nil when it was longer than the limit.
    package struct Line {
        package var number: Int
        package var bytes: ArraySlice<UInt8>?
        /// The line's length in bytes (also of a line too long to keep).
        package var length: Int
    }

    package init(path: String) throws {
        self.path = path
        // O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = switch errno {
            case ENOENT: "no such file"
            case EACCES: "cannot read the file (permission denied)"
            default: "cannot open the file: \(String(cString: strerror(errno)))"
            }
            throw PodiumError.invalidInput(path: path, reason: reason)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw PodiumError.invalidInput(path: path, reason: "cannot read the file: \(reason)")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw PodiumError.invalidInput(path: path, reason: "\(Self.kind(status.st_mode)), not a regular file")
        }
        self.descriptor = descriptor
        self.size = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// The whole file, refused when it holds more than `limit` bytes.
    func readAll(limit: Int) throws -> [UInt8] {
        if size > limit { throw tooLarge(size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 1 << 16), limit + 1 - count)))
            }
            let read = try readSome(into: &bytes, at: count)
            if read == 0 { break }
            count += read
        }
        if count > limit { throw tooLarge(count, limit: limit) }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Calls `body` with each line, in order, until it returns false. A line longer than
    /// `maxLength` bytes comes with `bytes` nil. A carriage return before the line feed stays
    /// part of the line.
    package func forEachLine(maxLength: Int, _ body: (Line) throws -> Bool) throws {
        let blockSize = 1 << 20
        var buffer = [UInt8](repeating: 0, count: blockSize)
        var count = 0
        var lineStart = 0
        var scanned = 0
        var number = 0
        var skipped = 0  // bytes of an overlong line already dropped
        while true {
            if buffer.count - count < blockSize / 2 {
                // Keep only the line being read, then make room for a block.
                buffer.removeSubrange(..<lineStart)
                count -= lineStart
                scanned -= lineStart
                lineStart = 0
                if buffer.count - count < blockSize / 2 {
                    buffer.append(contentsOf: repeatElement(0, count: blockSize))
                }
            }
            let read = try readSome(into: &buffer, at: count)
            count += read
            while let newline = buffer[scanned..<count].firstIndex(of: 0x0A) {
                number += 1
                let length = skipped + newline - lineStart
                let bytes = length <= maxLength ? buffer[lineStart..<newline] : nil
                guard try body(Line(number: number, bytes: bytes, length: length)) else { return }
                lineStart = newline + 1
                scanned = lineStart
                skipped = 0
            }
            scanned = count
            if count - lineStart > maxLength {
                // Too long to keep: drop what has been read of it and skip to its end.
                skipped += count - lineStart
                lineStart = count
            }
            if read == 0 { break }
        }
        if count > lineStart || skipped > 0 {
            number += 1
            let length = skipped + count - lineStart
            _ = try body(Line(number: number, bytes: length <= maxLength ? buffer[lineStart..<count] : nil, length: length))
        }
    }

    /// Reads once into `buffer` from `offset`, retrying when interrupted; 0 at the end.
    private func readSome(into buffer: inout [UInt8], at offset: Int) throws -> Int {
        while true {
            let read = buffer.withUnsafeMutableBytes { raw in
                Foundation.read(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if read >= 0 { return read }
            if errno == EINTR || errno == EAGAIN { continue }
            throw PodiumError.invalidInput(path: path, reason: "cannot read the file: \(String(cString: strerror(errno)))")
        }
    }

    private func tooLarge(_ size: Int, limit: Int) -> PodiumError {
        .invalidInput(
            path: path,
            reason: "file is \(Self.size(size)), over the limit of \(Self.size(limit)) (raise it with --max-file-size)")
    }

    /// "232 MiB", "3 KiB", "512 bytes".
    package static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }
}
