import Foundation
import PodiumArchive
import PodiumImport
import PodiumQuery
import PodiumReaders

/// What one fuzzing run feeds its input to. Each must return normally for every input: a
/// crash, a trap or a sanitizer report is a bug.
enum FuzzTarget: String, CaseIterable {
    case frontmatter, text, json, jsonl, html, query

    func run(_ bytes: [UInt8]) {
        switch self {
        case .frontmatter: read(bytes, as: "fuzz.md")
        case .text: read(bytes, as: "fuzz.txt")
        case .json: read(bytes, as: "fuzz.json")
        case .jsonl: read(bytes, as: "fuzz.jsonl")
        case .html: read(bytes, as: "fuzz.html")
        case .query: search(String(decoding: bytes, as: UTF8.self))
        }
    }

    private func read(_ bytes: [UInt8], as path: String) {
        let result = ArticleFileReader().read(contents: bytes, path: path)
        // Every failure names the file.
        for failure in result.failures where !failure.description.hasPrefix(path) {
            fatalError("a failure that does not name the file: \(failure)")
        }
        for article in result.articles { _ = article.body.unicodeScalars.count }
    }

    /// Any input within the bounds of ``SearchQuery`` is a valid query: parsing, compiling and
    /// running it never fails; one past them is refused with its reason.
    private func search(_ query: String) {
        guard (try? SearchQuery(validating: query)) != nil else { return }
        do {
            _ = try FuzzArchive.shared.search(query, filters: SearchFilters(), limit: 5)
            _ = try FuzzArchive.shared.search(query, filters: SearchFilters(), limit: 5, substrings: true)
        } catch {
            fatalError("the query \(query.debugDescription) failed: \(error)")
        }
    }
}

/// One small archive for the query target, made once.
enum FuzzArchive {
    static let shared: Archive = {
        let file = FileManager.default.temporaryDirectory.appending(path: "podium-fuzz-\(getpid()).txt")
        try! """
            Podium in Kaiserslautern

            „Wir brauchen mehr Kita-Plätze“, sagte Beate Kimmel (SPD). Die Digitalisierung der Schulen \
            und die Straßen waren Thema, auch Kindergartenplätze und Schulden.
            """.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let archive = try! Archive.inMemory()
        try! archive.setSubstringIndex(enabled: true)
        _ = try! Importer(archive: archive).run(paths: [file.path])
        return archive
    }()
}
