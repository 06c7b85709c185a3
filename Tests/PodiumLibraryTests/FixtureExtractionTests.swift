import Foundation
@testable import PodiumArchive
@testable import PodiumExtraction
@testable import PodiumImport
import PodiumModel
@testable import PodiumReaders
import PodiumText
import Testing

/// Extraction on the fixture articles of other places and years, against expectations written
/// by hand from reading each article.
@Suite struct FixtureExtractionTests {
    let archive: Archive

    init() throws {
        (archive, _) = try makeArchive(importing: ["seed", "articles"])
    }

    func rows(_ sql: String) throws -> [String] { try archive.strings(sql) }

    @Test func candidatesOfEveryForumWithTheirParties() throws {
        let candidates = try rows("""
            SELECT m.name || ': ' || coalesce(p.title || ' ', '') || p.name || ' (' || coalesce(pa.short_name, c.party_spelling) || ')'
            FROM candidacies c JOIN persons p ON p.id = c.person_id JOIN elections e ON e.id = c.election_id
            JOIN municipalities m ON m.ags = e.ags LEFT JOIN parties pa ON pa.id = c.party_id
            ORDER BY m.name, p.family_name
            """)
        #expect(candidates == [
            "Bonn: Levent Aydın-Schröder (SPD)",
            "Bonn: Miriam Ostendorf (Grüne)",
            "Bonn: Dr. Frank Tellkamp (CDU)",
            "Freiburg im Breisgau: Konstantin Fehr (FW)",
            "Freiburg im Breisgau: Martin Horlacher (Grüne)",
            "Freiburg im Breisgau: Ulrike Stadelbauer (SPD)",
            "Kaiserslautern: Beate Kimmel (SPD)",
            "Kaiserslautern: Thomas Kürwitz (parteilos)",
            "Kaiserslautern: Anja Pfeiffer (CDU)",
            "Kaiserslautern: Tobias Wiesemann (Grüne)",
            "Kiel: Susanne Gaschke-Holm (SPD)",
            "Kiel: Bernd Rödiger (CDU)",
            "Landau in der Pfalz: Yusuf Demirtaş (Grüne)",
            "Landau in der Pfalz: Dominik Heilbrunner (CDU)",
            "Landau in der Pfalz: Anna Lötscher (SPD)",
            "Ludwigshafen am Rhein: Dr. Claudia Brenneis (CDU)",
            "Ludwigshafen am Rhein: Petra Sauerwein-Lutz (Grüne)",
            "Ludwigshafen am Rhein: Kemal Yıldırım (SPD)",
            "Mainz: Günter Beltz (CDU)",
            "Mainz: Dr. Markus Hollerith (CDU)",
            "Mainz: Sabine Kaya-Brenner (Grüne)",
            "Mainz: Jens Oberländer (FW)",
            "Mainz: Jens Oberländer (FDP)",
            "Mainz: Katrin Weidenfeller (SPD)",
            "Mainz: Katrin Weidenfeller (SPD)",
            "Regensburg: Florian Gschwendtner (SPD)",
            "Regensburg: Theresa Moosbauer (CSU)",
            "Regensburg: Dr. Irmgard Pöllinger (ÖDP)",
            "Trier: Henrike Albers-Wendt (parteilos)",
            "Trier: Prof. Dr. Stefan Lorscheider (CDU)",
        ])
    }

    @Test func quotesGoToTheirSpeakersInEveryFormat() throws {
        let quotes = try rows("""
            SELECT municipality || ': ' || coalesce(speaker, attribution) || ': ' || substr(text, 1, 25)
            FROM quote_details WHERE municipality <> 'Kaiserslautern' ORDER BY quote_id
            """)
        #expect(quotes == [
            "Regensburg: Theresa Moosbauer: Ohne Stadtbahn ersticken ",
            "Bonn: Miriam Ostendorf: Bonn braucht eine echte V",
            "Bonn: Frank Tellkamp: Wer aus dem Umland pendel",
            "Bonn: Levent Aydın-Schröder: Wir bauen zu wenig und zu",
            "Freiburg im Breisgau: Martin Horlacher: Freiburg ist Fahrradstadt",
            "Freiburg im Breisgau: Ulrike Stadelbauer: Wer in Freiburg arbeitet,",
            "Kiel: Susanne Gaschke-Holm: Kiel lebt vom Wasser, und",
            "Kiel: Bernd Rödiger: Der Handel braucht Kundsc",
            "Ludwigshafen am Rhein: Claudia Brenneis: Der Abriss der Strasse da",
            "Ludwigshafen am Rhein: Kemal Yıldırım: Wer Familien halten will,",
            "Mainz: Katrin Weidenfeller: Mainz wächst, und die Mie",
            "Mainz: Günter Beltz: Die Stadt kann nicht alle",
            "Mainz: Günter Beltz: Wir geben heute das Geld ",
            "Mainz: Jens Oberländer: Wer mit dem Auto kommt, d",
            "Mainz: Katrin Weidenfeller: Wir brauchen jedes Jahr t",
            "Mainz: Markus Hollerith: Ohne Flächen bleiben alle",
            "Mainz: Jens Oberländer: Der Verkehr muss fließen,",
            "Landau in der Pfalz: Dominik Heilbrunner: Eine lebendige Innenstadt",
            "Trier: Henrike Albers-Wendt: Trier muss bis 2035 klima",
            "Trier: Stefan Lorscheider: Jeder Euro kann nur einma",
        ])
    }

    @Test func organisersOfEveryForum() throws {
        let organizers = try rows("""
            SELECT m.name || ': ' || o.name || coalesce(' (' || o.short_name || ')', '')
            FROM forum_organizers fo JOIN organizations o ON o.id = fo.organization_id
            JOIN forums f ON f.id = fo.forum_id JOIN municipalities m ON m.ags = f.ags
            ORDER BY m.name, o.name
            """)
        #expect(organizers == [
            "Bonn: Allgemeinen Studierendenausschuss (AStA)",
            "Bonn: Bonner Presseverein",
            "Erlangen: Stadtjugendring (SJR)",
            "Freiburg im Breisgau: Badische Zeitungsgruppe",
            "Freiburg im Breisgau: Stadtjugendring (SJR)",
            "Kaiserslautern: Bundesverband mittelständische Unternehmen (BVMW)",
            "Kaiserslautern: Herzen Digital",
            "Kaiserslautern: Wissenschafts-Innovationsverbund Kaiserslautern (SIAK)",
            "Kiel: Kieler Bürgerstiftung",
            "Landau in der Pfalz: Gewerbeverein Landau",
            "Ludwigshafen am Rhein: Bürgerinitiative Innenstadt",
            "Ludwigshafen am Rhein: Volkshochschule (VHS)",
            "Mainz: Industrie- und Handelskammer für Rheinhessen (IHK)",
            "Mainz: Mieterverein Mainz",
            "Mainz: Mieterverein Mainz",
            "Speyer: Volkshochschule Speyer",
            "Trier: Trierischer Volksfreund (TV)",
            "Trier: Universität Trier",
        ])
    }

    @Test func aCandidateInTwoElectionsOfOneMunicipalityIsOnePerson() throws {
        let archive = try Archive.inMemory()
        let importer = Importer(archive: archive)
        _ = try importer.run(paths: [Fixtures.path("articles/trier-2022-stichwahl.txt")])
        let later = try PreparedArticle(SourceArticle(
            path: "trier-2030.txt", record: nil, format: .txt, encoding: "UTF-8",
            metadata: ArticleMetadata(municipality: "Trier", forumDate: CalendarDate(parsing: "2030-03-01"), election: "OB-Wahl Trier 2030"),
            body: "Beim Podium trat Prof. Dr. Stefan Lorscheider (CDU) erneut an. „Wir haben viel erreicht“, sagte Lorscheider.",
            warnings: []), extractor: try archive.extractor())
        _ = try archive.store(later, importRunID: nil)
        #expect(try archive.count("SELECT count(*) FROM persons WHERE family_name = 'Lorscheider'") == 1)
        #expect(try archive.count("SELECT count(*) FROM candidacies c JOIN persons p ON p.id = c.person_id WHERE p.family_name = 'Lorscheider'") == 2)
    }

    @Test func ambiguousSurnamesAreRecordedNotGuessed() {
        let body = ArticleLayout.parse("Beim Podium zur Bürgermeisterwahl diskutierten Anna Weber (SPD) und Paul Weber (CDU). „Wir schaffen das“, sagte Weber.", format: .txt)
        let extraction = ArticleExtractor().extract(body, metadata: ArticleMetadata())
        #expect(extraction.candidates.count == 2)
        #expect(extraction.quotes.first?.candidate == nil)
        #expect(extraction.quotes.first?.attribution == .unresolved)
        #expect(extraction.quotes.first?.speakerSurface == "Weber")
    }

    @Test func aCandidatesOwnQuestionIsTheirsNotTheAudiences() {
        let body = ArticleLayout.parse("""
            Beim Podium sprachen Anna Weber (SPD) und Paul Roth (CDU). „Wer soll das bezahlen?“, fragte Roth.
            Die Zuhörer wollten wissen: „Wann kommt die Umgehungsstraße?“
            """, format: .txt)
        let quotes = ArticleExtractor().extract(body, metadata: ArticleMetadata(kind: .forumReport)).quotes
        #expect(quotes.map(\.attribution) == [.speechVerb, .audience])
        #expect(quotes.first?.speakerSurface == "Roth")
    }

    @Test(arguments: ["sagte", "Kandidaten", "Podium", "Bürgerinnen"])
    func wordsNeverBecomeCandidates(word: String) throws {
        #expect(try archive.count("SELECT count(*) FROM persons WHERE name LIKE '%\(word)%'") == 0)
    }

    @Test func topicsAreTaggedOnParagraphsAndQuotes() throws {
        #expect(try archive.count("""
            SELECT count(*) FROM quote_topics qt JOIN topics t ON t.id = qt.topic_id JOIN quotes q ON q.id = qt.quote_id
            WHERE t.name = 'Verkehr' AND q.text LIKE 'Ohne Stadtbahn%'
            """) == 1)
        #expect(try archive.count("""
            SELECT count(DISTINCT pt.paragraph_id) FROM paragraph_topics pt JOIN topics t ON t.id = pt.topic_id
            WHERE t.name = 'Kinderbetreuung/Kita'
            """) >= 5)
    }
}

@Suite struct NonForumArticleTests {
    @Test func politiciansInANewsStoryAreNotCandidates() {
        let body = ArticleLayout.parse("""
            Bundeskanzlerin Angela Merkel (CDU) traf Verkehrsminister Alexander Dobrindt (CSU) in Berlin.
            Die Alternative für Deutschland (AfD) kritisierte das Treffen.
            """, format: .txt)
        #expect(ArticleExtractor().extract(body, metadata: ArticleMetadata()).candidates.isEmpty)
    }

    @Test func rolesBeforeANameAreNotPartOfIt() {
        let body = ArticleLayout.parse("Beim Podium sprach Oberbürgermeisterin Katrin Weidenfeller (SPD) zuerst.", format: .txt)
        #expect(ArticleExtractor().extract(body, metadata: ArticleMetadata()).candidates.map(\.name.fullName) == ["Katrin Weidenfeller"])
    }

    @Test(.enabled(if: Fixtures.shared != nil, "../shared is not beside the repository"))
    func realNewsOfTheGermanNewsCorpusInventNoCandidates() throws {
        // 1,028 articles of Der Standard (10kGNAD), none of them a forum report.
        let csv = try String(contentsOf: Fixtures.shared!.appending(path: "corpora/10kGNAD-test.csv"), encoding: .utf8)
        var articles = 0
        var withCandidates = 0
        let extractor = ArticleExtractor()
        for line in csv.split(whereSeparator: \.isNewline) {
            guard let separator = line.firstIndex(of: ";") else { continue }
            let text = TextNormalizer.normalize(String(line[line.index(after: separator)...]).trimmingCharacters(in: CharacterSet(charactersIn: "'\r")))
            articles += 1
            if !extractor.extract(ArticleLayout.parse(text, format: .txt), metadata: ArticleMetadata()).candidates.isEmpty {
                withCandidates += 1
            }
        }
        #expect(articles > 1_000)
        #expect(withCandidates == 0)
    }
}

@Suite struct SixCandidatesTests {
    @Test func aPanelOfSixWithTheirPartiesQuotesAndOrganisers() throws {
        let (archive, summary) = try makeArchive(importing: ["scenarios/potsdam-2018-six-candidates.md"])
        #expect(summary?.imported == 1)
        #expect(try archive.strings("""
            SELECT coalesce(p.title || ' ', '') || p.name || ' (' || pa.short_name || ')'
            FROM candidacies c JOIN persons p ON p.id = c.person_id JOIN parties pa ON pa.id = c.party_id ORDER BY c.id
            """) == [
                "Mike Schuster (SPD)", "Martina Traub-Kessler (Linke)", "Jenny Amberger (Grüne)",
                "Dr. Götz Friedland (CDU)", "Lutz Bodenstein (FW)", "Dennis Hollmann (AfD)",
            ])
        #expect(try archive.strings("SELECT coalesce(speaker, attribution) FROM quote_details ORDER BY quote_id") == [
            "Martina Traub-Kessler", "Mike Schuster", "Götz Friedland", "Lutz Bodenstein",
        ])
        #expect(try archive.strings("SELECT name || coalesce(' (' || short_name || ')', '') FROM organizations ORDER BY id") == [
            "Industrie- und Handelskammer Potsdam (IHK)", "Bündnis Potsdam bekennt Farbe",
        ])
    }
}
