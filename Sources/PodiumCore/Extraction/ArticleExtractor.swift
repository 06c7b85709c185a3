import Foundation

/// A quote found in an article, with its speaker.
public struct ExtractedQuote: Equatable, Sendable {
    /// Index into the article's paragraphs.
    public var paragraph: Int
    /// Offsets of the quoted text (without marks) in the paragraph, in Unicode scalars.
    public var start: Int
    public var end: Int
    public var text: String
    public var speakerSurface: String?
    /// Index into the article's candidates; nil for the audience or an unknown speaker.
    public var candidate: Int?
    public var attribution: Attribution
    public var topics: [String]
}

/// Everything extraction understood of one article.
public struct ArticleExtraction: Equatable, Sendable {
    public var candidates: [ArticleCandidate] = []
    public var mentions: [Mention] = []
    public var quotes: [ExtractedQuote] = []
    public var organizers: [Organizer] = []
    public var forumDate: CalendarDate?
    public var electionDate: CalendarDate?
    /// The topics of each paragraph, in the order of the article's paragraphs.
    public var paragraphTopics: [[String]] = []
}

/// Turns an article's text and metadata into what it says: candidates with parties, mentions,
/// quotes with speakers, organisers, dates and topics. A pure function of its inputs, so it
/// can be tested with expectations written by hand and re-run over stored articles.
///
/// For example:
///
/// ```swift
/// let extraction = ArticleExtractor().extract(body, metadata: metadata)
/// extraction.candidates.map(\.name.fullName)   // ["Beate Kimmel", "Anja Pfeiffer", …]
/// ```
public struct ArticleExtractor: Sendable {
    public var parties: PartyCatalog
    public var topics: TopicTaxonomy

    public init(parties: PartyCatalog = .builtIn, topics: TopicTaxonomy = .builtIn) {
        self.parties = parties
        self.topics = topics
    }

    /// Paragraphs longer than this are searched and tagged but not read for people and quotes:
    /// real paragraphs are far shorter, and the rules look back through the text.
    public static let maximumParagraphLength = 20_000

    /// `paragraphTopics`, when given, are the topics of `body`'s paragraphs, worked out with
    /// their stems (``TopicTaxonomy/stemsAndTopics(of:)``).
    public func extract(
        _ body: ArticleBody, metadata: ArticleMetadata, today: CalendarDate = .today, paragraphTopics: [[String]]? = nil
    ) -> ArticleExtraction {
        // Bytes first: no text has more characters than bytes, and counting characters is slow.
        let paragraphs = body.paragraphs.map {
            $0.utf8.count > Self.maximumParagraphLength && $0.count > Self.maximumParagraphLength ? "" : $0
        }
        var introduced = (metadata.candidates ?? []).compactMap { entry -> ArticleCandidate? in
            guard let name = PersonName(entry.name) else { return nil }
            return ArticleCandidate(name: name, partySpelling: entry.party, party: entry.party.flatMap(parties.party(spelled:)))
        }
        // Each paragraph is split into words once, for the candidates and for the names.
        let words = paragraphs.map(TextWords.init)
        let finder = CandidateExtractor(parties: parties)
        if CandidateExtractor.readsLikeForumReport(paragraphs) {
            for paragraphWords in words {
                for found in finder.candidates(in: paragraphWords) {
                    introduced.append(ArticleCandidate(name: found.name, partySpelling: found.partySpelling, party: found.party))
                }
            }
        }
        let (candidates, mentions) = PersonResolver.resolve(words: words, candidates: introduced)
        let attributor = QuoteAttributor(candidates: candidates, mentions: mentions, parties: parties)
        var quotes: [ExtractedQuote] = []
        for (index, paragraph) in paragraphs.enumerated() {
            for span in QuoteExtractor.spans(in: paragraph) where span.isSpeech {
                let result = attributor.attribute(span, paragraph: index, text: paragraph)
                let (start, end) = words[index].offsets(span.inner)
                let text = String(paragraph[span.inner])
                quotes.append(ExtractedQuote(
                    paragraph: index, start: start, end: end, text: text, speakerSurface: result.surface,
                    candidate: result.candidate, attribution: result.attribution,
                    topics: topics.topics(ofQuote: text, start: start, end: end, in: paragraph)))
            }
        }
        let latest = metadata.publishedDate.map { min($0, today) } ?? today
        let (forumDate, electionDate) = DateExtractor.dates(in: paragraphs, latest: latest)
        return ArticleExtraction(
            candidates: candidates, mentions: mentions, quotes: quotes,
            organizers: OrganizerExtractor.organizers(in: paragraphs),
            forumDate: forumDate, electionDate: electionDate,
            paragraphTopics: paragraphTopics ?? body.paragraphs.map(topics.topics(of:)))
    }
}

extension CalendarDate {
    /// Today in UTC.
    public static var today: CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
