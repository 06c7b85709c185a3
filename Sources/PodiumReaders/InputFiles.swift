import Foundation
import PodiumModel

/// Expands the paths given to `podium import` into the files to read.
///
/// A folder is walked recursively in name order; in folders, hidden entries and files of other
/// types (README, images) are skipped silently, while a file named explicitly must be of a
/// known type. Symbolic links are followed once: a link back up the tree is not a loop forever.
public enum InputFiles {
    public static func collect(_ paths: [String]) -> (files: [String], failures: [PodiumError]) {
        var files: [String] = []
        var failures: [PodiumError] = []
        var visitedFolders = Set<String>()
        let manager = FileManager.default

        func walk(_ folder: String) {
            let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
            guard visitedFolders.insert(real).inserted else { return }
            let entries: [String]
            do {
                entries = try manager.contentsOfDirectory(atPath: folder).sorted()
            } catch {
                failures.append(.invalidInput(path: folder, reason: "cannot read the folder (permission denied?)"))
                return
            }
            for entry in entries where !entry.hasPrefix(".") {
                let path = (folder as NSString).appendingPathComponent(entry)
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                    failures.append(.invalidInput(path: path, reason: "broken symbolic link"))
                    continue
                }
                if isFolder.boolValue {
                    walk(path)
                } else if SourceFormat(fileExtension: (entry as NSString).pathExtension) != nil {
                    files.append(path)
                }
            }
        }

        for path in paths {
            var isFolder: ObjCBool = false
            if !manager.fileExists(atPath: path, isDirectory: &isFolder) {
                failures.append(.invalidInput(path: path, reason: "no such file or folder"))
            } else if isFolder.boolValue {
                walk(path)
            } else {
                files.append(path)
            }
        }
        return (files, failures)
    }
}
