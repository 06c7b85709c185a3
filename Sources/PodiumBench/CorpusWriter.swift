import Foundation

/// Writes a corpus: into one JSON Lines file, or into a folder in every import format (JSON
/// Lines files of up to 5,000 articles; one file each for the Markdown, HTML, JSON and text
/// articles), with real articles mixed in (one in twenty, while they last).
struct CorpusWriter {
    let output: String

    private var isFolder: Bool { !output.hasSuffix(".jsonl") }

    /// Writes `count` articles; returns what was written, for the benchmark's figures.
    func write(count: Int, generator: inout CorpusGenerator, real: RealArticles) throws -> [String: Any] {
        let fileManager = FileManager.default
        if isFolder {
            try? fileManager.removeItem(atPath: output)
            try fileManager.createDirectory(atPath: output, withIntermediateDirectories: true)
        }
        var lines = LineFile(path: isFolder ? "\(output)/articles-0001.jsonl" : output)
        var formats: [String: Int] = [:]
        var textBytes = 0, realUsed = 0, jsonLinesFiles = 1
        let realWanted = min(real.articles.count, count / 20)
        for number in stride(from: 1, through: count, by: 1) {
            if number % 20 == 19, realUsed < realWanted {
                try lines.append(real.jsonLine(realUsed))
                textBytes += real.articles[realUsed].text.utf8.count
                realUsed += 1
                formats["jsonl (real)", default: 0] += 1
                continue
            }
            let forum = generator.forum(number: number)
            textBytes += forum.text.utf8.count
            let format = isFolder ? CorpusFormat.of(number: number) : .jsonl
            formats[format.rawValue, default: 0] += 1
            let name = String(format: "%@/forum-%06d.%@", output, number, format.rawValue)
            switch format {
            case .jsonl:
                if isFolder, lines.count == 5_000 {
                    try lines.close()
                    jsonLinesFiles += 1
                    lines = LineFile(path: String(format: "%@/articles-%04d.jsonl", output, jsonLinesFiles))
                }
                try lines.append(CorpusFormat.jsonObject(forum))
            case .json: try save(CorpusFormat.jsonObject(forum), to: name)
            case .md: try save(CorpusFormat.markdown(forum), to: name)
            case .html: try save(CorpusFormat.html(forum), to: name)
            case .txt: try save(CorpusFormat.plainText(forum), to: name)
            }
        }
        try lines.close()
        let files = isFolder ? try fileManager.contentsOfDirectory(atPath: output).count : 1
        return ["articles": count, "real": realUsed, "files": files, "text_bytes": textBytes, "formats": formats]
    }

    private func save(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}

/// A JSON Lines file written through a 1 MiB buffer.
private struct LineFile {
    let path: String
    private var buffer = ""
    private(set) var count = 0
    private var handle: FileHandle?

    init(path: String) {
        self.path = path
    }

    mutating func append(_ line: String) throws {
        if handle == nil {
            guard FileManager.default.createFile(atPath: path, contents: nil), let opened = FileHandle(forWritingAtPath: path) else {
                throw CorpusError(message: "\(path): cannot write the corpus")
            }
            handle = opened
        }
        buffer += line + "\n"
        count += 1
        if buffer.utf8.count > 1 << 20 { try flush() }
    }

    mutating func close() throws {
        try flush()
        try handle?.close()
        handle = nil
    }

    private mutating func flush() throws {
        guard let handle, !buffer.isEmpty else { return }
        try handle.write(contentsOf: Data(buffer.utf8))
        buffer = ""
    }
}

struct CorpusError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
