import PodiumExtraction
import PodiumModel

/// The search facets (``FacetWord``) of an article's paragraphs, the same words in the same order
/// as the view `paragraph_facet_tokens` (`migrations/0011_article_kinds.sql`) makes of the stored rows.
///
/// Import computes them for the reports of a new forum and for articles without a forum, so that each paragraph is written once,
/// with its facets, instead of written and then updated from the view (a third of what storing
/// an article cost). `podium check` compares every paragraph's facets with the view.
struct ParagraphFacets {
    var ags: String?
    var state: String?
    /// The forum's date, else the article's publication date.
    var date: CalendarDate?
    /// The forum's organisers.
    var organizationIDs: [Int64]

    /// The facets of each paragraph of `extraction`'s article, whose rows are `references`.
    func facets(of extraction: ArticleExtraction, references: StoredReferences, paragraphCount: Int) -> [String] {
        var persons = [[Int64]](repeating: [], count: paragraphCount)
        var quoted = [Bool](repeating: false, count: paragraphCount)
        for mention in extraction.mentions {
            if let candidate = mention.candidate { persons[mention.paragraph].append(references.personIDs[candidate]) }
        }
        for quote in extraction.quotes {
            quoted[quote.paragraph] = true
            if let candidate = quote.candidate { persons[quote.paragraph].append(references.personIDs[candidate]) }
        }
        var place = ags.map { FacetWord.municipality($0) + " " } ?? ""
        place += FacetWord.state(state)
        if let date { place += " " + FacetWord.year(date.year) }
        let organizers = Self.sortedUnique(organizationIDs).map { " " + FacetWord.organization($0) }.joined()
        return (0..<paragraphCount).map { index in
            var words = place
            // The view takes persons in ascending order and each one's party in that order.
            let paragraphPersons = Self.sortedUnique(persons[index])
            for person in paragraphPersons { words += " " + FacetWord.person(person) }
            var parties: [Int64] = []
            for person in paragraphPersons {
                if let party = references.partyIDs[person], !parties.contains(party) {
                    parties.append(party)
                    words += " " + FacetWord.party(party)
                }
            }
            if index < extraction.paragraphTopics.count {
                let topics = extraction.paragraphTopics[index].compactMap { references.topicIDs[$0] }
                for topic in Self.sortedUnique(topics) { words += " " + FacetWord.topic(topic) }
            }
            words += organizers
            if quoted[index] { words += " " + FacetWord.quote }
            return words
        }
    }

    /// `ids` ascending, each once (a paragraph names a handful: no set needed).
    private static func sortedUnique(_ ids: [Int64]) -> [Int64] {
        var unique: [Int64] = []
        for id in ids.sorted() where unique.last != id { unique.append(id) }
        return unique
    }
}
