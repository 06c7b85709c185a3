/// Imports files into an archive: reads, prepares and stores each article in its own
/// transaction, and keeps going past inputs that fail.
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
        public var failures: [PodiumError] = []
        public var warnings: [String] = []
        public var importRunID: Int64?
        public var failed: Int { failures.count }
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
    public var gazetteer: Gazetteer
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
        var summary = Summary()
        let runID = try archive.beginImportRun(arguments: arguments, version: version)
        summary.importRunID = runID
        func fail(_ error: PodiumError) throws {
            summary.failures.append(error)
            try archive.recordImportError(runID: runID, error)
        }

        let extractor = try archive.extractor()
        let (files, missing) = InputFiles.collect(paths)
        for error in missing { try fail(error) }
        for (index, path) in files.enumerated() {
            progress(Progress(filesDone: index, filesTotal: files.count, currentPath: path))
            let result = reader.read(path: path)
            for error in result.failures { try fail(error) }
            for source in result.articles {
                summary.warnings += source.warnings.map { warning in
                    PodiumError.invalidInput(path: source.path, record: source.record, reason: warning).description
                }
                do {
                    let prepared = try PreparedArticle(
                        source, defaults: defaults, gazetteer: gazetteer, detector: detector, extractor: extractor)
                    switch try archive.store(prepared, importRunID: runID) {
                    case .imported: summary.imported += 1
                    case .duplicate: summary.duplicates += 1
                    }
                } catch let error as PodiumError where isInputError(error) {
                    try fail(error)
                }
            }
        }
        progress(Progress(filesDone: files.count, filesTotal: files.count, currentPath: ""))
        try archive.finishImportRun(
            runID: runID, imported: summary.imported, duplicates: summary.duplicates, failed: summary.failed)
        return summary
    }

    private func isInputError(_ error: PodiumError) -> Bool {
        if case .invalidInput = error { return true }
        return false
    }
}

/// podium's version, as recorded with each import run.
public enum PodiumVersion {
    public static let current = "0.1.0"
}
