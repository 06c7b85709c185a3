import PodiumExtraction
import PodiumModel
import PodiumReaders
import PodiumText

/// An article ready to be stored: normalised, structured, hashed, its place resolved.
///
/// Preparing needs no database, so it can run ahead of the writer and be tested on its own.
public struct PreparedArticle: Sendable {
    public var source: SourceArticle
    public let metadata: ArticleMetadata
    /// `metadata` as stored in `articles.metadata`, encoded here rather than by the storing thread.
    public let metadataJSON: String
    public var municipality: Municipality?
    /// The state: the municipality's, or the one given without a municipality.
    public var state: String?
    public var text: String
    public var body: ArticleBody
    public var contentHash: String
    /// The text's fingerprint (``SimHash``), which finds near copies of it.
    public var fingerprint: UInt64
    /// The body as read, where normalisation changed it (compared byte for byte: Swift's `==`
    /// would call NFD and NFC text equal); nil when it is `text` exactly.
    public let originalTextIfChanged: String?
    /// The `stems` column of each paragraph, in the order of `body.paragraphs`.
    public var paragraphStems: [String]
    /// What the text says: candidates, quotes, organisers, topics.
    public var extraction: ArticleExtraction

    /// Prepares `source`, whose own metadata overrides `defaults` (the command line's).
    ///
    /// Throws when the text is empty or the metadata names a place that is unknown, ambiguous
    /// or in another state.
    public init(
        _ source: SourceArticle, defaults: ArticleMetadata = .init(), gazetteer: Gazetteer = .builtIn,
        detector: MunicipalityDetector? = nil, extractor: ArticleExtractor = ArticleExtractor()
    ) throws {
        let read = try ReadArticle(source, defaults: defaults, gazetteer: gazetteer)
        try self.init(read, contentHash: read.contentHash, detector: detector, extractor: extractor)
    }

    /// What preparing an article gave: the article, or only its hash when the archive already
    /// held that text.
    package enum Preparation: Sendable {
        case article(PreparedArticle)
        case known(contentHash: String)
    }

    /// Prepares `source` like ``init(_:defaults:gazetteer:detector:extractor:)``, but stops
    /// once its text is hashed when `isKnown` says the archive holds that text: what importing
    /// it would store is then a duplicate, and finding its place, paragraphs, stems, candidates
    /// and quotes would be wasted. Its metadata is still checked, so that the same input fails
    /// the same way whether its text is known or not.
    package static func prepare(
        _ source: SourceArticle, defaults: ArticleMetadata, gazetteer: Gazetteer, detector: MunicipalityDetector?,
        extractor: ArticleExtractor, isKnown: (_ contentHash: String) -> Bool
    ) throws -> Preparation {
        let read = try ReadArticle(source, defaults: defaults, gazetteer: gazetteer)
        let contentHash = read.contentHash
        if isKnown(contentHash) { return .known(contentHash: contentHash) }
        return .article(try Self(read, contentHash: contentHash, detector: detector, extractor: extractor))
    }

    private init(
        _ read: ReadArticle, contentHash: String, detector: MunicipalityDetector?, extractor: ArticleExtractor
    ) throws {
        let (source, metadata, text) = (read.source, read.metadata, read.text)
        let body = ArticleLayout.parse(text, format: source.format)
        var municipality = read.municipality
        // A title from the metadata (an HTML page's, a JSON record's) often names the place
        // that the text then only calls "die Stadt". The text as laid out, without the page's
        // navigation ("1. Startseite 2. Lokales 3. Nachrichten Wernigerode"), whose places are the outlet's.
        let ranking = municipality == nil ? detector?.ranking(in: Self.placeText(title: metadata.title, body: body)) : nil
        func detected(reportsAnElection: Bool) -> Municipality? {
            ranking?.place(reportsAnElection: reportsAnElection).flatMap { read.state == nil || $0.state == read.state ? $0 : nil }
        }
        municipality = municipality ?? detected(reportsAnElection: false)
        self.source = source
        self.metadata = metadata
        self.metadataJSON = metadata.json
        self.text = text
        self.body = body
        self.contentHash = contentHash
        self.fingerprint = SimHash.of(text)
        self.originalTextIfChanged = source.body.hasSameBytes(as: text) ? nil : source.body
        let analysed = body.paragraphs.map(extractor.topics.stemsAndTopics(of:))
        self.paragraphStems = analysed.map(\.stems)
        var extraction = extractor.extract(body, metadata: metadata, place: municipality, paragraphTopics: analysed.map(\.topics))
        // A forum report is sure of its place by a smaller margin; the extraction then learns
        // the place it names as "die Stadt".
        if municipality == nil, extraction.kind == .forumReport, let place = detected(reportsAnElection: true) {
            municipality = place
            extraction = extractor.extract(body, metadata: metadata, place: place, paragraphTopics: analysed.map(\.topics))
        }
        self.extraction = extraction
        self.municipality = municipality
        self.state = municipality?.state ?? read.state
        guard !body.paragraphs.isEmpty || body.sections.contains(where: { $0.heading != nil }) else {
            throw read.fail("no article text (only links)")
        }
    }

    /// The text that names an article's place: its title, headings and paragraphs, without the
    /// page's navigation path.
    static func placeText(title: String?, body: ArticleBody) -> String {
        let lines = [title] + body.sections.flatMap { section in
            [section.heading.flatMap { isBreadcrumb($0) ? nil : $0 }] + section.paragraphs
        }
        return lines.compactMap { $0 }.joined(separator: "\n")
    }

    /// A numbered item of a page's navigation path: "1. Startseite", "3. Nachrichten Wernigerode".
    private static func isBreadcrumb(_ heading: String) -> Bool {
        let digits = heading.prefix(while: \.isNumber)
        return (1...2).contains(digits.count) && heading.dropFirst(digits.count).hasPrefix(". ")
    }

    /// The forum's date: the metadata's, else the one date the text gives for it.
    public var forumDate: CalendarDate? { metadata.forumDate ?? extraction.forumDate }

    /// The publication day: the metadata's, else one the text states.
    public var publishedDate: CalendarDate? { metadata.publishedDate ?? extraction.publishedDate }

    /// The election's date: the metadata's, else the one the text gives.
    public var electionDate: CalendarDate? { metadata.electionDate ?? extraction.election.date }

    /// The title: the metadata's, else a heading that opens the text.
    public var title: String? {
        metadata.title ?? body.sections.first?.heading
    }
}

/// An article's text normalised and its metadata checked: the part of preparing that decides
/// whether an input fails, and what its text is.
private struct ReadArticle {
    let source: SourceArticle
    let metadata: ArticleMetadata
    let text: String
    /// The state given, by its name.
    let state: String?
    /// The municipality given, resolved in the gazetteer.
    let municipality: Municipality?

    init(_ source: SourceArticle, defaults: ArticleMetadata, gazetteer: Gazetteer) throws {
        self.source = source
        metadata = defaults.overridden(by: source.metadata)
        text = TextNormalizer.normalize(source.body)
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { throw Self.fail("no article text", source) }
        var state: String? = nil
        if let given = metadata.state {
            guard let name = Gazetteer.stateName(given) else { throw Self.fail("unknown state '\(given)'", source) }
            state = name
        }
        self.state = state
        municipality = try Self.municipality(named: metadata.municipality, state: state, gazetteer: gazetteer, source)
    }

    var contentHash: String { SHA256.hexDigest(of: Array(text.utf8)) }

    func fail(_ reason: String) -> PodiumError { Self.fail(reason, source) }

    private static func fail(_ reason: String, _ source: SourceArticle) -> PodiumError {
        .invalidInput(path: source.path, record: source.record, reason: reason)
    }

    private static func municipality(
        named name: String?, state: String?, gazetteer: Gazetteer, _ source: SourceArticle
    ) throws -> Municipality? {
        guard let name else { return nil }
        if case let .found(found) = gazetteer.resolve(name, state: state) { return found }
        throw fail(gazetteer.problem(with: name, state: state) ?? "unknown municipality '\(name)'", source)
    }
}
