import Foundation
import PodiumArchive
import PodiumReaders

/// The catalogue lines that `podium export` writes at the head of a `.jsonl` file (see
/// ``CatalogRecordLine``), which import applies before it reads any article, so that
/// extraction already knows the parties and topics users added.
enum CatalogRecordFiles {
    /// Reads the catalogue lines at the head of each `.jsonl` file and adds what the archive
    /// lacks: parties with their spellings, topics with their patterns. Returns what it read.
    /// A file that cannot be read is left to the reader, which reports it.
    static func apply(from files: [String], maxLineLength: Int, to archive: Archive) throws -> Int {
        var applied = 0
        for path in files where URL(fileURLWithPath: path).pathExtension.lowercased() == SourceFormat.jsonl.rawValue {
            var records: [[String: Any]] = []
            try? InputFile(path: path).forEachLine(maxLength: maxLineLength) { line in
                guard let bytes = line.bytes, bytes.starts(with: CatalogRecordLine.prefix) else { return false }
                if let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] {
                    records.append(object)
                }
                return true
            }
            guard !records.isEmpty else { continue }
            applied += try archive.addCatalogRecords(records)
        }
        return applied
    }
}
