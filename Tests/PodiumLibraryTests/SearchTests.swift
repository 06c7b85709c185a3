import GRDB
@testable import PodiumArchive
import PodiumModel
@testable import PodiumQuery
@testable import PodiumReaders
import PodiumText
import Testing

@Suite struct SearchTests {
    let archive: Archive

    init() throws {
        (archive, _) = try makeArchive(importing: ["seed", "articles"])
    }

    @Test func digitalisierungFindsTheSeedParagraphsInKaiserslautern() throws {
        let results = try archive.search("Digitalisierung", filters: try SearchFilters(municipalities: ["Kaiserslautern"]))
        #expect(results.total == 4)
        #expect(results.hits.allSatisfy { $0.municipality == "Kaiserslautern" && $0.ags == "07312000" })
        #expect(results.hits.allSatisfy { $0.snippet(open: "[", close: "]").contains("[Digitalisierung]") })
    }

    /// Reading the built-in gazetteer cost half of a search from the command line; only a
    /// municipality filter needs it.
    @Test func theGazetteerIsReadOnlyForAMunicipality() throws {
        var read = 0
        func gazetteer() -> Gazetteer {
            read += 1
            return .builtIn
        }
        let named = try archive.filters(
            for: FilterRequest(states: ["RP"], from: "2020", candidate: "Beate Kimmel", topic: "Kita"), gazetteer: gazetteer())
        #expect(read == 0)
        #expect(named.states == ["Rheinland-Pfalz"])
        #expect(named.personIDs?.count == 1)
        let placed = try archive.filters(for: FilterRequest(municipalities: ["Kaiserslautern", "Trier"]), gazetteer: gazetteer())
        #expect(read == 1)
        #expect(placed.agsKeys == ["07312000", "07211000"])
    }

    @Test func hitsAreRankedBestFirst() throws {
        let results = try archive.search("Digitalisierung", filters: try SearchFilters(municipalities: ["Kaiserslautern"]))
        let scores = results.hits.map(\.score)
        #expect(scores == scores.sorted(by: >))
        // The paragraph that says "Digitalisierung" three times outranks those that say it once.
        #expect(results.hits.first?.text.hasPrefix("Thomas Kurzwitz sieht") == true)
    }

    @Test func umlautsAndCaseDoNotMatter() throws {
        // "Thomas Kürwitz (parteilos)" and "Bildung ist für Thomas Kürwitz"; "Kurzwitz" is another word.
        #expect(try archive.search("kurwitz", filters: SearchFilters()).total == 2)
        #expect(try archive.search("KÜRWITZ", filters: SearchFilters()).total == 2)
    }

    @Test func phraseMatchesOnlyAdjacentWords() throws {
        #expect(try archive.search(#""grüne Wiesen""#, filters: SearchFilters()).total == 1)
        #expect(try archive.search(#""Wiesen grüne""#, filters: SearchFilters()).total == 0)
    }

    @Test func exclusionRemovesParagraphs() throws {
        let all = try archive.search("Digitalisierung", filters: SearchFilters()).total
        let fewer = try archive.search("Digitalisierung -Schaufenstern", filters: SearchFilters()).total
        #expect(fewer == all - 1)
    }

    @Test func dateFiltersKeepOnlyForumsInRange() throws {
        let filters = try SearchFilters(from: "2020", to: "2022-12-31")
        let results = try archive.search("Schulen OR Stadtbahn", filters: filters, limit: 50)
        #expect(!results.hits.isEmpty)
        #expect(results.hits.allSatisfy { ($0.forumDate ?? "") >= "2020-01-01" && ($0.forumDate ?? "") <= "2022-12-31" })
        #expect(Set(results.hits.compactMap(\.municipality)).isSubset(of: ["Regensburg", "Erlangen", "Trier"]))
    }

    @Test func stateFilterUsesNamesOrCodes() throws {
        let bavarian = try archive.search("Oberbürgermeisters", filters: try SearchFilters(states: ["BY"]), limit: 50)
        #expect(!bavarian.hits.isEmpty)
        #expect(bavarian.hits.allSatisfy { $0.state == "Bayern" })
    }

    @Test func limitAndOffsetPageThroughTheSameOrder() throws {
        let all = try archive.search("Digitalisierung", filters: SearchFilters(), limit: 10)
        let second = try archive.search("Digitalisierung", filters: SearchFilters(), limit: 2, offset: 2)
        #expect(second.hits.map(\.paragraphID) == Array(all.hits.map(\.paragraphID)[2..<4]))
        #expect(second.total == all.total)
    }

    @Test func unknownFilterValuesAreErrors() {
        #expect(throws: PodiumError.invalidArgument("unknown municipality 'Atlantis' (not in the gazetteer)")) {
            try SearchFilters(municipalities: ["Atlantis"])
        }
        #expect(throws: PodiumError.self) { try SearchFilters(states: ["Atlantis"]) }
        #expect(throws: PodiumError.self) { try SearchFilters(from: "letztes Jahr") }
    }
}

/// The German cases of issue 4: what a journalist types, and what they want found.
@Suite struct GermanSearchTests {
    let archive: Archive

    init() throws {
        (archive, _) = try makeArchive(importing: ["seed", "articles"])
    }

    func texts(_ query: String) throws -> [String] {
        try archive.search(query, filters: SearchFilters(), limit: 100).hits.map(\.text)
    }

    @Test func schulenFindsSchuleButNotSchulden() throws {
        let hits = try texts("Schulen")
        #expect(hits.contains { $0.contains("Jede Schule müsse") })
        #expect(!hits.contains { $0.contains("Schulden") && !$0.contains("Schule") })
        let debt = try texts("Schulden")
        #expect(debt.contains { $0.contains("vor neuen Schulden") })
        #expect(!debt.contains { $0.contains("Jede Schule") && !$0.contains("Schulden") })
    }

    @Test func kitaFindsKitasAndKitaPlaetze() throws {
        let hits = try texts("Kita")
        #expect(hits.contains { $0.contains("die Kitas der Stadt") })
        #expect(hits.contains { $0.contains("Kita-Plätze fehlen") })
        #expect(hits.contains { $0.contains("Kitaplätze") })
    }

    @Test func kindergartenFindsKindergartenplaetzen() throws {
        #expect(try texts("Kindergarten").contains { $0.contains("370 Kindergartenplätzen") })
    }

    @Test func strasseFindsStrasseWithSharpS() throws {
        let hits = try texts("Strasse")
        #expect(hits.contains { $0.contains("Die Hochstraße Nord") == false && $0.contains("die Straße") })
        #expect(try texts("Straße").contains { $0.contains("Abriss der Strasse") })
    }

    @Test func kurwitzFindsKuerwitz() throws {
        #expect(try texts("Kurwitz").contains { $0.contains("Thomas Kürwitz (parteilos)") })
        #expect(try texts("Kuerwitz").contains { $0.contains("Thomas Kürwitz (parteilos)") })
    }

    @Test func hyphenatedAndJoinedCompoundsFindEachOther() throws {
        #expect(try texts("Kitaplätze").contains { $0.contains("Kita-Plätze fehlen") })
        #expect(try texts("Kita-Plätze").contains { $0.contains("Kitaplätze") })
    }

    @Test func theExactFormRanksAboveTheStem() throws {
        let hits = try archive.search("Schule", filters: SearchFilters(), limit: 100).hits
        #expect(hits.first?.text.contains("Jede Schule müsse") == true)
    }
}

@Suite struct RankingAndFieldTests {
    func article(_ title: String, _ body: String, municipality: String) throws -> PreparedArticle {
        try PreparedArticle(SourceArticle(
            path: "\(municipality).txt", record: nil, format: .txt, encoding: "UTF-8",
            metadata: ArticleMetadata(municipality: municipality, forumDate: CalendarDate(parsing: "2020-01-01"), title: title),
            body: body, warnings: []))
    }

    @Test func aMatchInTheTitleRanksAboveTheSameMatchInTheBodyOnly() throws {
        let archive = try Archive.inMemory()
        _ = try archive.store(try article("Podium zum Klimaschutz", "Der Klimaschutz war ein Thema des Abends.", municipality: "Worms"), importRunID: nil)
        // Another report with the match in its body alone (the same words would be the same story).
        _ = try archive.store(try article("Podium in Speyer", "Auch in Speyer war der Klimaschutz ein Thema, neben dem Radverkehr.", municipality: "Speyer"), importRunID: nil)
        let hits = try archive.search("Klimaschutz", filters: SearchFilters()).hits
        #expect(hits.map(\.municipality) == ["Worms", "Speyer"])
        #expect(hits[0].score > hits[1].score)
    }

    @Test func fieldFiltersInTheQuery() throws {
        let fields = try QueryFields(parsing: #"Kita municipality:"Landau in der Pfalz" party:SPD year:2019 foo:bar"#)
        #expect(fields.text == "Kita foo:bar")
        #expect(fields.filters.municipalities == ["Landau in der Pfalz"])
        #expect(fields.filters.party == "SPD")
        #expect(fields.filters.from == "2019" && fields.filters.to == "2019")
    }
}

@Suite struct SubstringSearchTests {
    @Test func substringSearchNeedsTheIndexAndThenFindsCompoundTails() throws {
        let (archive, _) = try makeArchive(importing: ["seed", "articles"])
        #expect(throws: PodiumError.self) { try archive.search("Plätze", filters: SearchFilters(), substrings: true) }
        // Without substrings, "Plätze" finds only the word and its compounds' parts.
        let words = try archive.search("Plätze", filters: SearchFilters(), limit: 50).hits.map(\.text)
        #expect(!words.contains { $0.contains("370 Kindergartenplätzen") })
        try archive.setSubstringIndex(enabled: true)
        let hits = try archive.search("plätze", filters: SearchFilters(), limit: 50, substrings: true).hits
        #expect(hits.contains { $0.text.contains("500 neue Kindergartenplätze") })
        #expect(hits.contains { $0.snippet(open: "[", close: "]").contains("[Kindergartenplätze]") })
        #expect(try archive.check().isSound)
    }

    @Test func theSubstringIndexFollowsRowsWrittenFromTheShell() throws {
        let (archive, _) = try makeArchive(importing: ["seed"])
        try archive.setSubstringIndex(enabled: true)
        try archive.write { try $0.execute(sql: "UPDATE paragraphs SET text = 'Neue Radwegeplätze' WHERE id = 1") }
        #expect(try archive.search("wegeplätze", filters: SearchFilters(), substrings: true).total == 1)
        #expect(try archive.check().isSound)
        try archive.setSubstringIndex(enabled: false)
        #expect(try archive.count("SELECT count(*) FROM paragraphs_trigram WHERE paragraphs_trigram MATCH 'wegeplätze'") == 0)
        #expect(try archive.check().isSound)
    }
}

@Suite struct SearchBoundsTests {
    @Test func aBroadQueryIsCountedUpToTheBoundAndShownNewestFirst() throws {
        let (archive, _) = try makeArchive(importing: ["seed", "articles"])
        let all = try archive.search("Stadt", filters: SearchFilters(), limit: 100)
        #expect(!all.totalIsBounded && !all.orderedByDate)
        let bounds = SearchBounds(countLimit: 5, rankLimit: 3)
        let bounded = try archive.search("Stadt", filters: SearchFilters(), limit: 100, bounds: bounds)
        #expect(bounded.total == 5)
        #expect(bounded.totalIsBounded && bounded.orderedByDate)
        // Every match of the word itself, newest forum first, the undated last; a word this
        // common is not searched as a compound head ("Stadtjugendring").
        let itself = Set(all.hits.filter { hit in
            WordTokenizer.tokens(hit.text).flatMap(\.parts).contains { TextAnalyzer.stem(String($0)) == "stadt" }
        }.map(\.paragraphID))
        #expect(itself.count < all.hits.count)
        #expect(Set(bounded.hits.map(\.paragraphID)) == itself)
        let dates = bounded.hits.map { $0.forumDate ?? "" }
        #expect(dates == dates.sorted(by: >))
        #expect(dates.first == "2022-10-05" && dates.last == "")
        // The matches the count kept give what reading the index backwards again gives, as a
        // filter the facet words cannot say exactly still does.
        let match = try #require(FTSQueryCompiler.compile(SearchQuery(parsing: "Stadt"), expandingPrefixes: { _ in false }))
        let readAgain = try archive.read { db in
            try Int64.fetchAll(db, sql: "SELECT paragraph_id FROM (" + SearchSQL.newestImported(.words, conditions: "") + ")",
                               arguments: [match, bounds.broadWindow, 100, 0])
        }
        #expect(bounded.hits.map(\.paragraphID) == readAgain)
        // Paging walks the same order.
        let second = try archive.search("Stadt", filters: SearchFilters(), limit: 2, offset: 2, bounds: bounds)
        #expect(second.hits.map(\.paragraphID) == Array(bounded.hits.map(\.paragraphID)[2..<4]))
        // A word in more paragraphs than bm25 may read orders the query by date as well.
        let unrankable = try archive.search("Schulen", filters: SearchFilters(), limit: 100, bounds: SearchBounds(rankableWordLimit: 2))
        #expect(unrankable.orderedByDate && !unrankable.totalIsBounded)
        #expect(unrankable.hits.count == (try archive.search("Schulen", filters: SearchFilters(), limit: 100)).hits.count)
        // A word past the count limit is counted again up to the rankable limit, only for a
        // query with few enough matches to rank.
        try #require(unrankable.hits.count > 3)
        let countedAgain = try archive.search("Schulen", filters: SearchFilters(), limit: 100,
                                              bounds: SearchBounds(countLimit: 2, rankLimit: 1_000, rankableWordLimit: 3))
        #expect(countedAgain.orderedByDate && countedAgain.totalIsBounded)
        let rankedAfterAll = try archive.search("Schulen", filters: SearchFilters(), limit: 100,
                                                bounds: SearchBounds(countLimit: 2, rankLimit: 1_000, rankableWordLimit: 1_000))
        #expect(!rankedAfterAll.orderedByDate && rankedAfterAll.totalIsBounded)
        #expect(rankedAfterAll.hits.map(\.paragraphID) == (try archive.search("Schulen", filters: SearchFilters(), limit: 100)).hits.map(\.paragraphID))
        // Filters still hold, through the facet words and the exact conditions.
        let mainz = try archive.search("Stadt", filters: try SearchFilters(municipalities: ["Mainz"]), limit: 100, bounds: bounds)
        #expect(!mainz.hits.isEmpty && mainz.hits.allSatisfy { $0.municipality == "Mainz" })
    }
}

/// The facet words of the index narrow a search exactly as the filters' SQL conditions do.
@Suite struct SearchFacetTests {
    let archive: Archive

    init() throws {
        (archive, _) = try makeArchive(importing: ["seed", "articles", "scenarios"])
    }

    /// The paragraphs the exact conditions alone select, without facet words.
    func exact(_ query: String, _ filters: SearchFilters) throws -> Set<Int64> {
        let match = try #require(FTSQueryCompiler.compile(SearchQuery(parsing: query)))
        let (conditions, arguments) = FilterSQL.paragraphConditions(filters)
        return Set(try archive.read { db in
            try Int64.fetchAll(db, sql: "SELECT p.id " + SearchSQL.matchFrom(.words) + conditions, arguments: StatementArguments([match]) + arguments)
        })
    }

    @Test func everyFilterGivesWhatItsConditionsGive() throws {
        let query = "Stadt OR Schulen OR Verkehr OR Wohnungen OR Digitalisierung"
        let requests = [
            FilterRequest(municipalities: ["Mainz"]), FilterRequest(states: ["RP"]), FilterRequest(states: ["Bayern", "BW"]),
            FilterRequest(from: "2018"), FilterRequest(to: "2019-10-08"), FilterRequest(from: "2012-03", to: "2020-02-20"),
            FilterRequest(candidate: "Weidenfeller"), FilterRequest(candidate: "Kurzwitz"), FilterRequest(party: "SPD"),
            FilterRequest(party: "FW"), FilterRequest(topic: "Verkehr"), FilterRequest(organizer: "Mieterverein Mainz"),
            FilterRequest(municipalities: ["Mainz"], from: "2019", party: "CDU"), FilterRequest(quotesOnly: true),
            FilterRequest(from: "2030"),
        ]
        for request in requests {
            let filters = try archive.filters(for: request)
            let results = try archive.search(query, filters: filters, limit: 1_000)
            let expected = try exact(query, filters)
            #expect(Set(results.hits.map(\.paragraphID)) == expected, "\(request)")
            #expect(results.total == expected.count, "\(request)")
        }
        #expect(try !exact(query, archive.filters(for: FilterRequest(party: "SPD"))).isEmpty)
    }

    @Test func facetWordsDescribeTheParagraph() throws {
        let facets = try archive.strings("""
            SELECT p.facets FROM paragraphs p JOIN articles a ON a.id = p.article_id
            WHERE a.source_path LIKE '%mainz-2019%' AND p.text LIKE '%Wir brauchen jedes Jahr%'
            """)
        let words = Set(try #require(facets.first).split(separator: " ").map(String.init))
        #expect(words.isSuperset(of: ["fa07315000", "fy2019", "fquote", FacetWord.state("Rheinland-Pfalz")]))
        #expect(words.contains { $0.hasPrefix("fp") } && words.contains { $0.hasPrefix("fq") } && words.contains { $0.hasPrefix("fo") })
        #expect(try archive.check().isSound)
    }

    @Test func aParagraphWrittenInSQLGetsItsFacetsFromReindex() throws {
        try archive.write { db in
            try db.execute(sql: """
                INSERT INTO paragraphs (article_id, section_id, ordinal, text)
                SELECT a.id, s.id, 99, 'Eine Seilbahn über den Rhein.' FROM articles a JOIN sections s ON s.article_id = a.id
                WHERE a.source_path LIKE '%mainz-2019%' AND s.ordinal = 0
                """)
        }
        let mainz = try SearchFilters(municipalities: ["Mainz"])
        #expect(try archive.check().items.first { $0.name.hasPrefix("search facets") }?.isSound == false)
        #expect(try archive.search("Seilbahn", filters: mainz).total == 0)
        _ = try archive.reindex()
        #expect(try archive.check().isSound)
        #expect(try archive.search("Seilbahn", filters: mainz).total == 1)
    }
}
