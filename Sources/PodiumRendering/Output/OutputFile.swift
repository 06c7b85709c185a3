import Foundation
import PodiumModel

/// Where a command writes its output: a file, replaced only once the whole output is written,
/// or a stream (standard output, a pipe, a terminal, a device) written as it comes.
///
/// The guarantees, whatever the path:
/// - the archive and its journal files are never written (`report --output podium.sqlite` fails);
/// - a symbolic link stays a link: the file it points to is replaced;
/// - a FIFO or a character device (a pipe, `/dev/stdout`, `/dev/null`) is written to, never
///   replaced by a regular file; folders and block devices are refused;
/// - a regular file is written beside the target and renamed over it after `fsync`, so that
///   readers see the old file or the whole new one, and a failed write (a full disk) leaves the
///   old file and no partial one;
/// - every failed write is an error naming the path and the system's reason.
///
/// For example:
///
/// ```swift
/// let output = try OutputFile.open(path: "report.md", protecting: "podium.sqlite")
/// try output.write("# Bericht\n")
/// try output.commit()
/// ```
public final class OutputFile {
    /// The path the user gave ("standard output" for stdout), used in error messages.
    public let path: String
    private var descriptor: Int32
    /// The temporary file renamed over `target` on commit; nil when writing a stream.
    private let temporary: String?
    private let target: String
    private var isFinished = false

    private init(path: String, descriptor: Int32, temporary: String?, target: String) {
        self.path = path
        self.descriptor = descriptor
        self.temporary = temporary
        self.target = target
    }

    deinit {
        if !isFinished { abandon() }
    }

    /// Standard output, written as it comes.
    public static func standardOutput() -> OutputFile {
        OutputFile(path: "standard output", descriptor: STDOUT_FILENO, temporary: nil, target: "")
    }

    /// Opens `path` for writing; `-` is standard output. `archive` names the archive of the
    /// command, which must not be written.
    public static func open(path: String, protecting archive: String?) throws -> OutputFile {
        if path == "-" { return standardOutput() }
        let target = try resolveLinks(path)
        var status = stat()
        let exists = stat(target, &status) == 0
        if let archive, try isArchive(target, exists ? status : nil, archive: archive) {
            throw PodiumError.output(path: path, reason: "this is the archive (or one of its journal files); choose another file")
        }
        if exists {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw PodiumError.output(path: path, reason: "a folder, not a file")
            case S_IFIFO, S_IFCHR, S_IFSOCK:
                let descriptor = Foundation.open(target, O_WRONLY | O_CLOEXEC)
                guard descriptor >= 0 else { throw PodiumError.output(path: path, reason: "cannot open: \(systemReason())") }
                return OutputFile(path: path, descriptor: descriptor, temporary: nil, target: target)
            default:
                throw PodiumError.output(path: path, reason: "a block device or special file, not a file podium writes to")
            }
        }
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((target as NSString).lastPathComponent).\(getpid()).tmp"
        // A replaced file keeps its permissions; a new one gets the usual 0666 less the umask.
        let mode = exists ? status.st_mode & 0o7777 : 0o666
        let descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode_t(mode))
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "the folder \(folder) does not exist" : "cannot create a file in \(folder.isEmpty ? "." : folder): \(systemReason())"
            throw PodiumError.output(path: path, reason: reason)
        }
        if exists { _ = fchmod(descriptor, mode_t(mode)) }
        return OutputFile(path: path, descriptor: descriptor, temporary: temporary, target: target)
    }

    /// Writes all of `text`, or throws with the system's reason (a full disk, a closed pipe).
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw PodiumError.output(path: path, reason: systemReason())
                }
                offset += written
            }
        }
    }

    /// Finishes the output: a file is flushed to disk and takes the target's place.
    public func commit() throws {
        guard !isFinished else { return }
        isFinished = true
        guard let temporary else { return }
        defer { closeDescriptor() }
        guard fsync(descriptor) == 0 else {
            let reason = systemReason()
            unlink(temporary)
            throw PodiumError.output(path: path, reason: reason)
        }
        guard rename(temporary, target) == 0 else {
            let reason = systemReason()
            unlink(temporary)
            throw PodiumError.output(path: path, reason: "cannot replace the file: \(reason)")
        }
    }

    /// Gives up the output: a file's temporary copy is removed and the target left as it was.
    public func abandon() {
        isFinished = true
        if let temporary {
            closeDescriptor()
            unlink(temporary)
        }
    }

    private func closeDescriptor() {
        if descriptor >= 0, descriptor != STDOUT_FILENO { close(descriptor) }
        descriptor = -1
    }

    /// Follows symbolic links (at most 40, as the kernel does) to the path that is written.
    private static func resolveLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { return current }
            let destination = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/")
                ? destination : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        throw PodiumError.output(path: path, reason: "too many levels of symbolic links")
    }

    /// True when `target` is the archive or a journal beside it: the same file (device and
    /// inode) if it exists, else the same name in the same folder.
    private static func isArchive(_ target: String, _ status: stat?, archive: String) throws -> Bool {
        let archiveFiles = ["", "-wal", "-shm", "-journal"].map { archive + $0 }
        if let status {
            return archiveFiles.contains { file in
                var other = stat()
                return stat(file, &other) == 0 && other.st_dev == status.st_dev && other.st_ino == status.st_ino
            }
        }
        let canonical = { (file: String) -> String in
            let folder = (file as NSString).deletingLastPathComponent
            let real = URL(fileURLWithPath: folder.isEmpty ? "." : folder).resolvingSymlinksInPath().standardizedFileURL.path
            return (real as NSString).appendingPathComponent((file as NSString).lastPathComponent)
        }
        let resolvedTarget = canonical(target)
        return archiveFiles.contains { canonical($0) == resolvedTarget }
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }
    private func systemReason() -> String { Self.systemReason() }
}
