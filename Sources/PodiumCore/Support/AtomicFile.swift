import Foundation

/// Writes a file so that readers see the old file or the whole new one, never a part: the
/// text goes to a temporary file beside the target, is flushed to disk, then renamed over it.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PodiumError.output(path: path, reason: "the folder \(directory.path) does not exist")
        }
        let temporary = directory.appending(path: ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw PodiumError.output(path: path, reason: "cannot create a file in \(directory.path) (\(String(cString: strerror(errno))))")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw PodiumError.output(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PodiumError.output(path: path, reason: "cannot replace the file: \(reason)")
        }
    }
}
