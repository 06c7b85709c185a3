import Foundation
import PodiumModel
import PodiumText

/// A quote found in an article, with its speaker.
public struct ExtractedQuote: Equatable, Sendable {
    /// Index into the article's paragraphs.
    public var paragraph: Int
    /// Offsets of the quoted text (without marks) in the paragraph, in Unicode scalars.
    public var start: Int
    public var end: Int
    public var text: String
    public var speakerSurface: String?
    /// Index into the article's candidates, when a candidate said it.
    public var candidate: Int?
    /// Index into the article's other people, when one of them said it.
    public var other: Int?
    /// The speaker's role: a candidate's, a moderator's, the audience's; nil when unknown.
    public var speakerRole: ParticipantRole?
    public var attribution: Attribution
    public var topics: [String]
}

/// A person in a forum who is not a candidate: a moderator, an organiser's speaker, an expert,
/// someone in the audience, or someone the report names otherwise.
public struct ArticleParticipant: Equatable, Sendable {
    public var name: PersonName
    public var role: ParticipantRole
    /// How the article introduced them: "Moderatorin", "Landtagsabgeordnete".
    public var description: String?
}

/// Everything extraction understood of one article.
public struct ArticleExtraction: Equatable, Sendable {
    public var kind: ArticleKind = .forumReport
    public var candidates: [ArticleCandidate] = []
    /// The other people of a forum report: moderators, organisers, experts, the audience.
    public var others: [ArticleParticipant] = []
    public var mentions: [Mention] = []
    public var quotes: [ExtractedQuote] = []
    public var organizers: [Organizer] = []
    public var forumDate: CalendarDate?
    /// The publication day: the metadata's, else one the text states ("Veröffentlicht am …").
    public var publishedDate: CalendarDate?
    /// The election the forum was held for, as far as the text (and the election's name in
    /// the metadata) says.
    public var election = ElectionFacts()
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
    /// their stems (``TopicTaxonomy/stemsAndTopics(of:)``). `place`, the article's municipality
    /// when known, names the organisers "die Stadt" and "die Gemeinde" and the local papers.
    public func extract(
        _ body: ArticleBody, metadata: ArticleMetadata, place: Municipality? = nil, today: CalendarDate = .today,
        paragraphTopics: [[String]]? = nil
    ) -> ArticleExtraction {
        // Bytes first: no text has more characters than bytes, and counting characters is slow.
        let paragraphs = body.paragraphs.map {
            $0.utf8.count > Self.maximumParagraphLength && $0.count > Self.maximumParagraphLength ? "" : $0
        }
        let given = (metadata.candidates ?? []).compactMap { entry -> ArticleCandidate? in
            guard let name = PersonName(entry.name) else { return nil }
            return ArticleCandidate(name: name, partySpelling: entry.party, party: entry.party.flatMap(parties.party(spelled:)))
        }
        // Each paragraph is split into words once, for the people and for their names.
        let words = paragraphs.map(TextWords.init)
        let finder = PersonFinder(parties: parties)
        var named: [NamedPerson] = []
        var descriptions: [Description] = []
        var panel = 0
        for (index, paragraphWords) in words.enumerated() {
            let found = finder.people(in: paragraphWords, paragraph: index)
            named += found.people
            descriptions += found.descriptions
            panel = max(panel, found.people.filter { $0.partySpelling.flatMap(parties.party(spelled:)) != nil }.count)
        }
        // Headings name the event, the election and the organisers as often as the text does.
        let headings = body.sections.compactMap(\.heading)
        // Metadata that names the kind, or the forum's date or its candidates, says what the
        // article reports.
        let kind = metadata.kind ?? (metadata.forumDate != nil || !given.isEmpty
            ? .forumReport
            : ArticleKind.of(
                headings + paragraphs, title: metadata.title, panel: panel,
                election: metadata.election != nil || metadata.electionDate != nil))
        let stated = DateExtractor.publication(headings: headings, paragraphs: paragraphs)
        let published = metadata.publishedDate ?? stated?.date
        guard kind == .forumReport else {
            // Only a forum report has a forum: its people, quotes, organisers and date.
            return ArticleExtraction(
                kind: kind, publishedDate: published, paragraphTopics: paragraphTopics ?? body.paragraphs.map(topics.topics(of:)))
        }
        let introduced = ParticipantBuilder(parties: parties)
            .people(
                named, descriptions: descriptions, given: given,
                challengersNamed: paragraphs.contains { $0.containsBytes("Herausforder") })
        let (people, personMentions) = PersonResolver.resolve(words: words, people: introduced)
        // Names inside quotes are spoken of, not speaking: "„Ich kenne Anna Beispiel …“" makes no
        // speaker of the next quote.
        let spans = paragraphs.map(QuoteExtractor.spans(in:))
        let speakingMentions = personMentions.filter { mention in
            !spans[mention.paragraph].contains { $0.isSpeech && $0.inner.contains(mention.range.lowerBound) }
        }
        let attributor = QuoteAttributor(people: people, mentions: speakingMentions, parties: parties)
        // People are split into the candidates and the others; indices follow.
        var candidateIndex: [Int: Int] = [:]
        var otherIndex: [Int: Int] = [:]
        var candidates: [ArticleCandidate] = []
        var others: [ArticleParticipant] = []
        for (index, person) in people.enumerated() {
            if person.role == .candidate {
                candidateIndex[index] = candidates.count
                candidates.append(person.candidate)
            } else {
                otherIndex[index] = others.count
                others.append(ArticleParticipant(name: person.name, role: person.role, description: person.description))
            }
        }
        // Mentions of candidates are kept (a surname two candidates share stays unresolved).
        let mentions = personMentions.compactMap { mention -> Mention? in
            var mention = mention
            if let person = mention.candidate {
                guard let candidate = candidateIndex[person] else { return nil }
                mention.candidate = candidate
            } else if !candidates.contains(where: { $0.name.familyName == mention.surface || $0.aliases.contains { $0.text == mention.surface } }) {
                return nil
            }
            return mention
        }
        var quotes: [ExtractedQuote] = []
        for (index, paragraph) in paragraphs.enumerated() {
            for span in spans[index] where span.isSpeech {
                let result = attributor.attribute(span, paragraph: index, text: paragraph)
                let (start, end) = words[index].offsets(span.inner)
                let text = String(paragraph[span.inner])
                let role = result.person.map { people[$0].role } ?? (result.attribution == .audience ? .audience : nil)
                quotes.append(ExtractedQuote(
                    paragraph: index, start: start, end: end, text: text, speakerSurface: result.surface,
                    candidate: result.person.flatMap { candidateIndex[$0] }, other: result.person.flatMap { otherIndex[$0] },
                    speakerRole: role, attribution: result.attribution,
                    topics: topics.topics(ofQuote: text, start: start, end: end, in: paragraph)))
            }
        }
        let (forumDate, electionDays) = DateExtractor.dates(
            in: paragraphs, headings: headings + [metadata.title].compactMap { $0 }, published: published, today: today,
            dateline: stated?.paragraph)
        let election = ElectionExtractor.facts(
            in: headings + paragraphs, title: metadata.title, name: metadata.election, given: metadata.electionDate, days: electionDays,
            forumDate: forumDate)
        return ArticleExtraction(
            kind: kind, candidates: candidates, others: others, mentions: mentions, quotes: quotes,
            organizers: OrganizerExtractor.organizers(in: headings + paragraphs, place: place),
            forumDate: forumDate, publishedDate: published, election: election,
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
