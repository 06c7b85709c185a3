import PodiumModel

/// The file formats podium imports, named by their file extension.
public enum SourceFormat: String, CaseIterable, Sendable {
    case txt, md, html, json, jsonl

    /// The format for a file name's extension (`.htm` is HTML), or nil.
    public init?(fileExtension: String) {
        let ext = fileExtension.lowercased()
        self.init(rawValue: ext == "htm" ? "html" : ext == "markdown" ? "md" : ext)
    }
}

/// One article as a reader found it in a file: its body text and metadata, nothing interpreted.
public struct SourceArticle: Sendable {
    public var path: String
    /// The line of a .jsonl file or the position (from 1) in a JSON array; nil for whole files.
    public var record: Int?
    public var format: SourceFormat
    public var encoding: String
    public var metadata: ArticleMetadata
    /// The article's text as it stands in the source, before normalisation.
    public var body: String
    public var warnings: [String]
}

/// The result of reading one input: its articles, and the records that could not be read.
public struct ReadResult: Sendable {
    public var articles: [SourceArticle] = []
    public var failures: [PodiumError] = []

    /// Adds `warning` (when there is one) to every article read.
    mutating func warn(_ warning: String?) {
        guard let warning else { return }
        for index in articles.indices { articles[index].warnings.append(warning) }
    }
}
