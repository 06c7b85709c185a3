import Foundation
import PodiumArchive
import PodiumExtraction
import PodiumModel
import PodiumReaders

/// Imports files into an archive: reads, prepares and stores each article whole or not at all
/// (many to a transaction, see ``ImportBatch``), and keeps going past inputs that fail.
///
/// For example:
///
/// ```swift
/// let importer = Importer(archive: archive, defaults: ArticleMetadata(municipality: "Mainz"))
/// let summary = try importer.run(paths: ["fixtures/articles"])
/// print(summary.imported, summary.duplicates, summary.failed)
/// ```
public struct Importer {
    public struct Summary: Equatable, Sendable {
        public var imported = 0
        public var duplicates = 0
        /// Duplicates whose stored metadata an import with ``Importer/updatesMetadata`` corrected.
        public var updated = 0
        /// Near copies of stored articles, kept as further sources of them (not counted as imported).
        public var sameStory: [SameStory] = []
        public var failures: [PodiumError] = []
        public var warnings: [String] = []
        public var importRunID: Int64?
        public var failed: Int { failures.count }
    }

    /// A file whose article is a near copy of a stored one: "same story as article 12 (Die Rheinpfalz)".
    public struct SameStory: Equatable, Sendable {
        public var path: String
        public var articleID: Int64
        public var outlet: String?

        public var description: String {
            "\(path): same story as article \(articleID)\(outlet.map { " (\($0))" } ?? ""), kept as another source of it"
        }
    }

    /// How far an import has come, for a progress bar.
    public struct Progress: Sendable {
        public var filesDone: Int
        public var filesTotal: Int
        public var currentPath: String
    }

    public var archive: Archive
    public var defaults: ArticleMetadata
    public var reader: ArticleFileReader
    /// Whether a text already stored takes the metadata given now (`podium import --update`),
    /// instead of keeping its own and recording the new outlet as another source.
    public var updatesMetadata = false
    /// How many articles at most share a transaction (see ``ImportBatch``).
    public var articlesPerBatch = Self.defaultArticlesPerBatch
    public static let defaultArticlesPerBatch = 500
    /// From how many paragraphs an archive's index is merged after a large import (see ``ImportCompaction``).
    var compactionMinimumParagraphs = ImportCompaction.minimumParagraphs
    /// Where the preparing threads look up the texts already stored; nil: in the archive itself
    /// (tests point it at another, to see what the storing thread does when it disagrees).
    var knownArticles: KnownArticles? = nil
    public let gazetteer: Gazetteer
    private let detector: MunicipalityDetector

    public init(
        archive: Archive, defaults: ArticleMetadata = .init(),
        reader: ArticleFileReader = .init(), gazetteer: Gazetteer = .builtIn
    ) {
        self.archive = archive
        self.defaults = defaults
        self.reader = reader
        self.gazetteer = gazetteer
        self.detector = MunicipalityDetector(gazetteer: gazetteer)
    }

    /// Imports every file under `paths`; the run and its errors are recorded in the archive.
    ///
    /// Throws only when the archive itself fails (disk full, locked too long); an input that
    /// fails is reported in the summary, and the others are still imported.
    public func run(
        paths: [String], arguments: String = "[]", version: String = PodiumVersion.current,
        progress: (Progress) -> Void = { _ in }
    ) throws -> Summary {
        // A place given for every file that names no single municipality would fail every file:
        // the import stops before it starts, with the choices or a suggestion.
        if let name = defaults.municipality, let problem = gazetteer.problem(with: name, state: defaults.state.flatMap(Gazetteer.stateName)) {
            throw PodiumError.invalidArgument(problem)
        }
        var summary = Summary()
        try archive.fingerprintArticlesWithout()
        let runID = try archive.beginImportRun(arguments: arguments, version: version)
        summary.importRunID = runID
        let (files, missing) = InputFiles.collect(paths)
        // Parties and topics of an export, before the extractor is made from the archive's.
        _ = try CatalogRecordFiles.apply(from: files, maxLineLength: reader.maxFileSize, to: archive)
        let extractor = try archive.extractor()

        // One thread reads, the other cores prepare (parsing, extraction, stemming), and this
        // thread stores, in file order.
        let (reader, defaults, gazetteer, detector) = (self.reader, self.defaults, self.gazetteer, self.detector)
        let known = knownArticles ?? KnownArticles(archivePath: archive.path)
        let pipeline = PreparationPipeline<Stage, Prepared>(
            workers: Self.preparingThreads, capacity: Self.articlesInFlight, maximumWeight: Self.textInFlight,
            weight: { stage in if case let .source(source) = stage { source.body.utf8.count } else { 0 } }
        ) { stage in
            switch stage {
            case let .file(index, path):
                return .file(index: index, path: path)
            case let .failed(error):
                return .failed(error, warnings: [])
            case let .source(source):
                let warnings = source.warnings.map { warning in
                    PodiumError.invalidInput(path: source.path, record: source.record, reason: warning).description
                }
                do {
                    switch try PreparedArticle.prepare(
                        source, defaults: defaults, gazetteer: gazetteer, detector: detector, extractor: extractor,
                        isKnown: known.contains(contentHash:)
                    ) {
                    case let .article(prepared): return .article(prepared, warnings: warnings)
                    case let .known(contentHash): return .known(source, contentHash: contentHash, warnings: warnings)
                    }
                } catch {
                    let failure = error as? PodiumError
                        ?? .invalidInput(path: source.path, record: source.record, reason: "\(error)")
                    return .failed(failure, warnings: warnings)
                }
            }
        }
        let producer = Thread {
            for (index, path) in files.enumerated() {
                guard pipeline.put(.file(index: index, path: path)) else { return }
                var open = true
                reader.read(path: path) { result in
                    for error in result.failures { guard pipeline.put(.failed(error)) else { open = false; return false } }
                    for source in result.articles { guard pipeline.put(.source(source)) else { open = false; return false } }
                    return true
                }
                guard open else { return }
            }
            pipeline.finish()
        }
        producer.stackSize = 16 << 20  // deeply nested JSON is parsed on this thread
        producer.start()
        defer { pipeline.cancel() }
        try archive.inImportBatches(articlesPerBatch: articlesPerBatch, compactingFrom: compactionMinimumParagraphs) { batch in
            func fail(_ error: PodiumError) throws {
                summary.failures.append(error)
                try batch.recordImportError(runID: runID, error)
            }
            /// A text the archive holds: its metadata corrected, or the new outlet kept as a source.
            func duplicate(_ articleID: Int64, _ metadata: ArticleMetadata, path: String) throws {
                summary.duplicates += 1
                if updatesMetadata {
                    if try batch.updateMetadata(of: articleID, metadata) { summary.updated += 1 }
                } else {
                    try batch.recordSource(of: articleID, metadata, path: path, importRunID: runID)
                }
            }
            func store(_ prepare: () throws -> PreparedArticle) throws {
                do {
                    let article = try prepare()
                    switch try batch.store(article, importRunID: runID) {
                    case .imported: summary.imported += 1
                    case let .duplicate(articleID):
                        try duplicate(articleID, article.metadata, path: article.source.path)
                    case let .nearCopy(articleID, outlet):
                        summary.sameStory.append(.init(path: article.source.path, articleID: articleID, outlet: outlet))
                    }
                } catch let error as PodiumError where isInputError(error) {
                    try fail(error)
                }
            }
            for error in missing { try fail(error) }
            while let item = pipeline.next() {
                switch item {
                case let .file(index, path):
                    progress(Progress(filesDone: index, filesTotal: files.count, currentPath: path))
                case let .failed(error, warnings):
                    summary.warnings += warnings
                    try fail(error)
                case let .article(prepared, warnings):
                    summary.warnings += warnings
                    try store { prepared }
                case let .known(source, contentHash, warnings):
                    summary.warnings += warnings
                    if let articleID = try batch.existingArticle(contentHash: contentHash) {
                        try duplicate(articleID, defaults.overridden(by: source.metadata), path: source.path)
                    } else {
                        // Gone since it was found (deleted in the sqlite3 shell): prepared here after all.
                        try store {
                            try PreparedArticle(source, defaults: defaults, gazetteer: gazetteer, detector: detector, extractor: extractor)
                        }
                    }
                }
            }
        }
        progress(Progress(filesDone: files.count, filesTotal: files.count, currentPath: ""))
        try archive.finishImportRun(
            runID: runID, imported: summary.imported, duplicates: summary.duplicates, failed: summary.failed)
        return summary
    }

    /// Threads that prepare articles: one core is left to the thread that stores them, which
    /// bounds the import. (On two cores, importing the benchmark's 20,000 articles with one
    /// preparing thread was 5–17% faster than with two, in five runs of each: the storing
    /// thread had to share its core.)
    static let preparingThreads = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)

    /// Articles (and files) between reading and storing. While the storing thread indexes and
    /// commits a batch, the preparing thread keeps working ahead; with 64 in flight it soon had
    /// to wait, and importing the benchmark's 20,000 articles took 23.8–25.9 s, with 512 it took
    /// 18.8–21.6 s (three alternating runs each).
    static let articlesInFlight = 512
    /// Bytes of article text in flight at most, so that large articles do not multiply memory by
    /// `articlesInFlight`: the benchmark's 2 KB articles stay far below it.
    static let textInFlight = 8 << 20

    /// What the reading thread hands to the preparing ones, in order.
    private enum Stage: Sendable {
        case file(index: Int, path: String)
        case source(SourceArticle)
        case failed(PodiumError)
    }

    /// What the preparing threads hand over, in the same order.
    private enum Prepared: Sendable {
        case file(index: Int, path: String)
        case article(PreparedArticle, warnings: [String])
        /// An article whose text the archive held when it was prepared (see ``KnownArticles``).
        case known(SourceArticle, contentHash: String, warnings: [String])
        case failed(PodiumError, warnings: [String])
    }

    private func isInputError(_ error: PodiumError) -> Bool {
        if case .invalidInput = error { return true }
        return false
    }
}
