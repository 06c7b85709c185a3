@testable import PodiumArchive
import PodiumModel
@testable import PodiumQuery
import Testing

@Suite struct ListingTests {
    let archive: Archive

    init() throws {
        (archive, _) = try makeArchive(importing: ["seed", "articles"])
    }

    func filters(_ request: FilterRequest) throws -> SearchFilters {
        try archive.filters(for: request)
    }

    @Test func candidatesOfTheSeedWithPartiesAliasesAndCounts() throws {
        let candidates = try archive.candidates(filters: filters(FilterRequest(municipalities: ["07312000"])))
        #expect(candidates.map { "\($0.name) \($0.party ?? "-") q\($0.quotes) p\($0.paragraphs) \($0.aliases)" } == [
            "Beate Kimmel SPD q2 p3 [\"Kimmel\"]",
            "Thomas Kürwitz parteilos q1 p3 [\"Kurzwitz\"]",
            "Anja Pfeiffer CDU q3 p3 [\"Pfeiffer\"]",
            "Tobias Wiesemann Grüne q2 p3 [\"Wiesemann\"]",
        ])
    }

    @Test func candidateFilterTakesAnySpelling() throws {
        for spelling in ["Thomas Kürwitz", "Kurzwitz", "kurwitz", "KÜRWITZ"] {
            let quotes = try archive.quotes(filters: filters(FilterRequest(candidate: spelling)))
            #expect(quotes.map(\.speaker) == ["Thomas Kürwitz"], "\(spelling)")
        }
    }

    @Test func partyFilterTakesAnySpelling() throws {
        for spelling in ["Grüne", "GRÜNE", "Bündnis 90/Die Grünen", "B90/Grüne"] {
            let speakers = Set(try archive.quotes(filters: filters(FilterRequest(party: spelling))).compactMap(\.speaker))
            #expect(speakers == ["Tobias Wiesemann", "Martin Horlacher", "Miriam Ostendorf"], "\(spelling)")
        }
    }

    @Test func quotesMatchingAQueryAndATopic() throws {
        let quotes = try archive.quotes(matching: "Stadtbahn", filters: filters(FilterRequest(topic: "Verkehr")))
        #expect(quotes.map(\.speaker) == ["Theresa Moosbauer"])
        #expect(quotes.first?.topics == ["Verkehr"])
    }

    @Test func forumsWithOrganisersLinksAndCandidates() throws {
        let forums = try archive.forums(filters: filters(FilterRequest(organizer: "BVMW")))
        #expect(forums.count == 1)
        let forum = try #require(forums.first)
        #expect(forum.municipality == "Kaiserslautern")
        #expect(forum.organizers == [
            "Bundesverband mittelständische Unternehmen (BVMW)", "Herzen Digital",
            "Wissenschafts-Innovationsverbund Kaiserslautern (SIAK)",
        ])
        #expect(forum.links == ["https://www.youtube.com/@herzlichdigital/streams"])
        #expect(forum.candidates.map(\.label) == [
            "Beate Kimmel (SPD)", "Thomas Kürwitz (parteilos)", "Anja Pfeiffer (CDU)", "Tobias Wiesemann (Grüne)",
        ])
    }

    @Test func forumsByCandidatePartyAndTopic() throws {
        #expect(try archive.forums(filters: filters(FilterRequest(candidate: "Lorscheider"))).map(\.municipality) == ["Trier"])
        #expect(try archive.forums(filters: filters(FilterRequest(party: "ÖDP"))).map(\.municipality) == ["Regensburg"])
        let kita = try archive.forums(filters: filters(FilterRequest(topic: "Kita"))).compactMap(\.municipality)
        #expect(kita.contains("Kaiserslautern") && kita.contains("Mainz") && !kita.contains("Regensburg"))
    }

    @Test func searchFiltersByCandidatePartyTopicOutletAndQuotes() throws {
        let byCandidate = try archive.search("Digitalisierung", filters: filters(FilterRequest(candidate: "Wiesemann")))
        #expect(byCandidate.hits.map(\.speakers) == [["Tobias Wiesemann"]])
        let byParty = try archive.search("Schulen", filters: filters(FilterRequest(party: "CDU")), limit: 50)
        #expect(!byParty.hits.isEmpty)
        let byOutlet = try archive.search("Schulen", filters: filters(FilterRequest(outlets: ["moselpost"])), limit: 50)
        #expect(Set(byOutlet.hits.compactMap(\.municipality)) == ["Trier"])
        let withQuotes = try archive.search("Stadt", filters: filters(FilterRequest(quotesOnly: true)), limit: 50)
        #expect(!withQuotes.hits.isEmpty)
        #expect(withQuotes.hits.allSatisfy { !$0.speakers.isEmpty || $0.text.contains("„") })
        let byTopic = try archive.search("Stadt", filters: filters(FilterRequest(topic: "Finanzen")), limit: 50)
        #expect(byTopic.hits.allSatisfy { $0.text.contains("Haushalt") || $0.text.contains("Schulden") || $0.text.contains("Finanzen") || $0.text.contains("gespart") })
    }

    @Test func pagesAreWindowsOfTheWholeListing() throws {
        let none = SearchFilters()
        let quotes = try archive.quotes(filters: none, limit: 10_000)
        let matching = try archive.quotes(matching: "Stadt", filters: none, limit: 10_000)
        let candidates = try archive.candidates(filters: none, limit: 10_000)
        let forums = try archive.forums(filters: none, limit: 10_000)
        #expect(quotes.count > 20 && matching.count > 3 && candidates.count > 10 && forums.count > 5)
        for (offset, limit) in [(0, 2), (1, 3), (5, 4), (9, 20)] {
            #expect(try archive.quotes(filters: none, limit: limit, offset: offset) == Array(quotes.dropFirst(offset).prefix(limit)))
            #expect(try archive.quotes(matching: "Stadt", filters: none, limit: limit, offset: offset)
                == Array(matching.dropFirst(offset).prefix(limit)))
            #expect(try archive.candidates(filters: none, limit: limit, offset: offset) == Array(candidates.dropFirst(offset).prefix(limit)))
            #expect(try archive.forums(filters: none, limit: limit, offset: offset).map(\.id) == forums.dropFirst(offset).prefix(limit).map(\.id))
        }
        // Newest forum first, undated last.
        for listing in [quotes.map(\.forumDate), forums.map(\.forumDate)] {
            let dated = listing.prefix { $0 != nil }.compactMap { $0 }
            #expect(dated == dated.sorted(by: >))
            #expect(listing.dropFirst(dated.count).allSatisfy { $0 == nil })
        }
        // By municipality, then surname.
        let places = candidates.map { $0.municipality ?? "" }
        #expect(places == places.sorted())
    }

    @Test func namesThatMatchNothingAreErrors() {
        #expect(throws: PodiumError.invalidArgument("no candidate is called 'Nobody'")) { try filters(FilterRequest(candidate: "Nobody")) }
        #expect(throws: PodiumError.invalidArgument("no party is spelled 'Monarchisten'")) { try filters(FilterRequest(party: "Monarchisten")) }
        #expect(throws: PodiumError.self) { try filters(FilterRequest(topic: "Raumfahrt")) }
        #expect(throws: PodiumError.self) { try filters(FilterRequest(organizer: "Sternenflotte")) }
    }
}
