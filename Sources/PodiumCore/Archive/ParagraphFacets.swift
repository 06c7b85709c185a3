/// The search facets of an article's paragraphs, the same words in the same order as the view
/// `paragraph_facet_tokens` (`migrations/0003_search_facets.sql`) makes of the stored rows.
///
/// Import computes them for the reports of a new forum, so that each paragraph is written once,
/// with its facets, instead of written and then updated from the view (a third of what storing
/// an article cost). `podium check` compares every paragraph's facets with the view.
struct ParagraphFacets {
    var ags: String?
    var state: String?
    var forumDate: CalendarDate?
    /// The forum's organisers.
    var organizationIDs: [Int64]

    /// The facets of each paragraph of `extraction`'s article, whose rows are `references`.
    func facets(of extraction: ArticleExtraction, references: StoredReferences, paragraphCount: Int) -> [String] {
        var persons = [Set<Int64>](repeating: [], count: paragraphCount)
        var quoted = [Bool](repeating: false, count: paragraphCount)
        for mention in extraction.mentions {
            if let candidate = mention.candidate { persons[mention.paragraph].insert(references.personIDs[candidate]) }
        }
        for quote in extraction.quotes {
            quoted[quote.paragraph] = true
            if let candidate = quote.candidate { persons[quote.paragraph].insert(references.personIDs[candidate]) }
        }
        // SQLite's hex(NULL) is '', not NULL: a forum without a state has the word "fs".
        let place = [ags.map { "fa" + $0 }, "fs" + SearchFacets.hex(state ?? ""), forumDate.map { "fy" + $0.description.prefix(4) }]
            .compactMap { $0 }
        let organizers = Set(organizationIDs).sorted().map { "fo\($0)" }
        return (0..<paragraphCount).map { index in
            // The view takes persons in ascending order and each one's party in that order.
            let paragraphPersons = persons[index].sorted()
            var parties: [Int64] = []
            for person in paragraphPersons {
                if let party = references.partyIDs[person], !parties.contains(party) { parties.append(party) }
            }
            let topics = index < extraction.paragraphTopics.count
                ? Set(extraction.paragraphTopics[index].compactMap { references.topicIDs[$0] }).sorted() : []
            let words = place + paragraphPersons.map { "fp\($0)" } + parties.map { "fq\($0)" }
                + topics.map { "ft\($0)" } + organizers + (quoted[index] ? ["fquote"] : [])
            return words.joined(separator: " ")
        }
    }
}
