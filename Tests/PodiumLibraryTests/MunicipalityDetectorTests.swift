@testable import PodiumArchive
@testable import PodiumExtraction
import PodiumModel
@testable import PodiumReaders
import Testing

@Suite struct MunicipalityDetectorTests {
    let detector = MunicipalityDetector()

    @Test func findsKaiserslauternInTheSeed() throws {
        let municipality = detector.detect(in: try Fixtures.text("seed/kaiserslautern-2023.txt"))
        #expect(municipality?.ags == "07312000")
    }

    @Test func aTitleFromTheMetadataNamesThePlaceTheTextDoesNot() throws {
        func prepared(title: String?) throws -> PreparedArticle {
            try PreparedArticle(SourceArticle(
                path: "page.html", record: nil, format: .html, encoding: "UTF-8", metadata: ArticleMetadata(title: title),
                body: "Rund 200 Bürger kamen zur Podiumsdiskussion in die Stadthalle.", warnings: []),
                detector: detector)
        }
        #expect(try prepared(title: "Kaiserslautern: Podium zur Oberbürgermeisterwahl 2023").municipality?.ags == "07312000")
        #expect(try prepared(title: nil).municipality == nil)
    }

    /// A forum report names its own place throughout and a neighbour in passing: a third more
    /// weight decides there, while other text needs twice as much.
    /// A name several places share: a town that dwarfs the others' villages is meant; else the
    /// place near the text's other places, or in the state it names; else none.
    @Test func aNameSeveralPlacesShare() {
        #expect(detector.detect(in: "Die Stadt Forchheim wählt im März.")?.ags == "09474126")
        let election = "Die Stadt Babenhausen wählt. Zur Bürgermeisterwahl in Babenhausen kamen viele"
        #expect(detector.detect(in: election + ".") == nil)
        #expect(detector.detect(in: election + " Gäste aus Dieburg.")?.ags == "06432002")
        #expect(detector.detect(in: election + " Gäste aus ganz Bayern.")?.ags == "09778115")
    }

    /// "Lahr" is Lahr/Schwarzwald, whose villages of the same name are a hundredth its size (a
    /// surname too, so after a strong cue only); "Lauenburg" is Lauenburg/ Elbe, but not in the district's name.
    @Test func theNameBeforeASlashNamesTheTown() {
        #expect(detector.detect(in: "Die Stadt Lahr wählt. Der Lahrer Gemeinderat tagt.")?.ags == "08317065")
        #expect(detector.detect(in: "Gestern sprach Uwe Lahr im Gemeinderat.") == nil)
        #expect(detector.detect(in: "Der Lauenburger Seniorenbeirat lud in die Stadthalle in Lauenburg.")?.ags == "01053083")
        #expect(detector.detect(in: "Die Landratswahl im Kreis Herzogtum Lauenburg naht.") == nil)
    }

    @Test func aForumReportIsSureOfItsPlaceByASmallerMargin() throws {
        func prepared(_ body: String) throws -> PreparedArticle {
            try PreparedArticle(SourceArticle(
                path: "report.txt", record: nil, format: .txt, encoding: "UTF-8", metadata: ArticleMetadata(), body: body, warnings: []),
                detector: detector)
        }
        let report = """
            Podiumsdiskussion in Kulmbach

            Die vier Kandidaten für das Amt des Oberbürgermeisters stellten sich am Dienstag den Fragen der Zuhörer. \
            Viele fragten nach der Bahn nach Bayreuth. In Kulmbach fehle es an Wohnungen, sagte eine Bewerberin, die Stadt \
            Kulmbach müsse bauen. Wer in Bayreuth arbeitet, pendelt täglich.
            """
        #expect(detector.detect(in: report) == nil)
        let forum = try prepared(report)
        #expect(forum.extraction.kind == .forumReport)
        #expect(forum.municipality?.name == "Kulmbach")
        let news = "Viele fahren mit der Bahn nach Bayreuth. In Kulmbach fehlen Wohnungen, die Stadt Kulmbach will bauen. "
            + "Wer in Bayreuth arbeitet, pendelt. Das Wetter in Kulmbach bleibt mild."
        #expect(try prepared(news).municipality == nil)
    }

    /// A dateline with a middle dot, a name and its river after a slash, and a town that a
    /// relative pronoun precedes where the dateline has named it.
    @Test func datelinesAndShortFormsOfLongNames() {
        #expect(detector.detect(in: "Podium der Bewerber\nWesel · Die Bewerber stellten sich den Schülern.")?.name == "Wesel")
        #expect(detector.detect(in: "Brandenburg/Havel Vier Bewerber, ein Abend im Theater")?.name == "Brandenburg an der Havel")
        #expect(detector.detect(in: "Podium\nDarmstadt. Es ist der größte Wahlkampf, den Darmstadt je gesehen hat.")?.name == "Darmstadt")
        // Without the dateline, "den Darmstadt" alone proves nothing; "die Halle" is a hall.
        #expect(detector.detect(in: "Es ist der größte Wahlkampf, den Darmstadt je gesehen hat.") == nil)
        #expect(detector.detect(in: "Die Kandidaten kamen in die Halle.") == nil)
    }

    @Test func aNewsroomNamedAfterItsTownIsNoPlaceOfTheForum() {
        #expect(detector.detect(in: "Es moderierte die Chefin der Lokalredaktion Wittenberge, Uta Kramer.") == nil)
        #expect(detector.detect(in: "Die Lokalredaktion Wittenberge lud zum Podium in Wittenberge.")?.name == "Wittenberge")
    }

    @Test func choosesNoneWhenTwoCitiesAreNamed() {
        #expect(detector.detect(in: "Kandidaten aus Mainz und Wiesbaden diskutierten.") == nil)
    }

    @Test func ignoresDistrictsAndWordsThatAreAlsoPlaces() {
        #expect(detector.detect(in: "Der Landkreis Kaiserslautern plant neue Radwege.") == nil)
        #expect(detector.detect(in: "Nach dem Essen ging es um grüne Wiesen und den Hof.") == nil)
    }

    @Test(arguments: [
        "An dieser Stelle muss die Stadt handeln, sagte der Kandidat.",
        "Im Norden der Stadt fehlen Kitas.",
        "Nach dem Regen kamen die Gäste in Rom an.",
        "Die Alpen sind schön, der Schutz der Natur ist wichtig.",
        "Essen und Trinken gab es nach dem Podium.",
        "Die Stadt Rom und die Stadt Salzburg sind keine deutschen Gemeinden.",
    ])
    func commonNounsAreNotPlaces(text: String) {
        #expect(detector.detect(in: text) == nil)
    }

    @Test func aHomographCountsAfterAStrongCue() {
        #expect(detector.detect(in: "Die Stadt Essen lud zum Podium.")?.ags == "05113000")
        #expect(detector.detect(in: "Das Podium in Essen war gut besucht.") == nil)
        // Its adjective is no word, but names the place only before its offices and candidates.
        #expect(detector.detect(in: "Im Saal warben die Mengener Gemeinderatskandidaten um Stimmen.")?.ags == "08437076")
        #expect(detector.detect(in: "Der Essener Oberbürgermeister kam zum Podium.")?.ags == "05113000")
        #expect(detector.detect(in: "Im Saal gab es Essener Spezialitäten.") == nil)
    }

    @Test func aSmallPlaceNeedsACue() {
        // Enkenbach-Alsenborn has about 7,000 people.
        #expect(detector.detect(in: "Podium in Enkenbach-Alsenborn: drei Kandidaten.")?.ags == "07335004")
        #expect(detector.detect(in: "Drei Kandidaten, Enkenbach-Alsenborn und die Radwege.") == nil)
        // A title or a dateline names the place: "Enkenbach-Alsenborn: …", "Enkenbach-Alsenborn. Die …".
        #expect(detector.detect(in: "Enkenbach-Alsenborn: drei Kandidaten.")?.ags == "07335004")
        #expect(detector.detect(in: "Podium\nEnkenbach-Alsenborn. Drei Kandidaten, ein Abend.")?.ags == "07335004")
        #expect(detector.detect(in: "Die Ortsgemeinde Lambsborn wählt.")?.ags == "07335201")
    }

    @Test func thePlaceNamedMostIsThePlace() {
        let text = """
            OB-Wahl in Landau: Drei Kandidaten in der Festhalle
            Landau. In der Landauer Festhalle stellten sich am Dienstag die Kandidaten vor. Eine Besucherin aus Speyer fragte nach Radwegen.
            """
        #expect(detector.detect(in: text)?.ags == "07313000")
        // The office of a place names it, however small: Lambsborn has about 700 people.
        #expect(detector.detect(in: "Vier Bewerber wollen Bürgermeister von Lambsborn werden.")?.ags == "07335201")
        #expect(detector.detect(in: "Das Wahlforum in Bautzen war ausverkauft.")?.name == "Bautzen / Budyšin")
        // Two places named alike: none.
        #expect(detector.detect(in: "Podium in Mainz, Fragen aus Wiesbaden.") == nil)
    }

    @Test(arguments: [
        "Der Trainer Kai Berlin lobte seine Mannschaft.",
        "Bayer Leverkusen gewann in der Nachspielzeit. Gegen Leverkusen hatte niemand gerechnet.",
        "Trainerin Jana Salzwedel war zufrieden, sagte Salzwedel in Salzwedel.",
        "Die Gedenkstätte Dachau lud Schulklassen ein.",
        "Die Saarbrücker Zeitung berichtete über die Mainzer Straße.",
        "Die Heimatzeitungen des Augsburger Tagblatts hatten zum Landratsforum geladen, Redakteure des Würzburger Boten moderierten.",
    ])
    func personsClubsMemorialsNewspapersAndStreetsAreNoPlace(text: String) {
        #expect(detector.detect(in: text) == nil)
    }

    @Test func aNameUsedAsANounAnywhereDoesNotCount() {
        #expect(detector.detect(in: "Der Regen hörte auf. In Regen diskutierten die Kandidaten.") == nil)
    }

    @Test func everyHomographIsAGazetteerNameWithAKnownRule() {
        // A name, or the first word of one that goes on to say where ("Linz" of Linz am Rhein).
        let names = Set(Gazetteer.builtIn.municipalities.flatMap { [$0.name, String($0.name.prefix { $0 != " " })] })
        let rows = CSVParser.rows(EmbeddedResources.dataTable(named: "place-name-homographs.csv")).dropFirst()
        #expect(rows.count > 50)
        #expect(rows.filter { !names.contains($0[0]) }.map { $0[0] } == [])
        #expect(rows.filter { $0.count != 3 || !["cue", "never"].contains($0[1]) } == [])
    }

    @Test func aPlaceAbroadWithAGermanNamesakeNeverCounts() {
        #expect(detector.detect(in: "Die Gemeinde Rom ist hoch verschuldet, sagte Marino.") == nil)
        #expect(detector.detect(in: "Der Fahrer wurde im Unfallkrankenhaus Linz behandelt.") == nil)
    }

    /// "Leer" for Leer (Ostfriesland), "Bonndorf" for Bonndorf im Schwarzwald: the short form
    /// names the place after a strong cue only, since such words are often common words too.
    @Test func aShortFormNamesThePlaceAfterAStrongCue() {
        #expect(detector.detect(in: "Drei Bewerber wollen das Bürgermeisteramt in Leer übernehmen.")?.ags == "03457013")
        #expect(detector.detect(in: "Der Wahlkampf der Stadt Bonndorf im Kreis Waldshut beginnt.")?.ags == "08337022")
        #expect(detector.detect(in: "Die Kasse war leer. In Leer regnete es.") == nil)
        #expect(detector.detect(in: "Die Halle war voll, als die Kandidaten in Halle sprachen.") == nil)
    }

    /// A hall, house or church with the place's name is where the forum was, however small the place.
    @Test func aVenueNamesItsPlace() {
        #expect(detector.detect(in: "Rund 200 Gäste kamen ins voll besetzte Bürgerhaus in Volxheim.")?.ags == "07133106")
        #expect(detector.detect(in: "Die Kandidaten trafen sich in der Mehrzweckhalle Hargesheim.")?.ags == "07133040")
        // A building the text only asks about is no venue.
        #expect(detector.detect(in: "Eine Frau wollte wissen, ob auch das Dorfgemeinschaftshaus in Volxheim Wärme bekommt.") == nil)
    }

    @Test func aDatelineOfSeveralWordsAndNotAListItem() {
        #expect(detector.detect(in: "Neustadt in Sachsen, 3. Mai / Die beiden Bewerber stellten sich vor.")?.ags == "14628260")
        #expect(detector.detect(in: "Gewählt wird in:\n• Rathenow (Havelland)\n• Strausberg (Märkisch-Oderland)") == nil)
    }

    /// A list named after the place, in parentheses after a candidate whose surname is also a
    /// given name, does not make the place a person's name.
    @Test func aPlaceInParenthesesAfterANameIsStillThePlace() {
        #expect(detector.detect(in: "Zur Bürgermeisterwahl in Ahaus: Anna Horst (Ahaus plus) und Jan Brink (CDU).")?.ags == "05554004")
    }

    @Test func anAssociationNamedAfterThePlaceDoesNotMakeItANoun() {
        #expect(detector.detect(in: "Eingeladen hatte der Ahaus e. V. zum Gespräch über den Handel in Ahaus.")?.ags == "05554004")
        #expect(detector.detect(in: "Die Kandidaten aus dem Nürnberger Land diskutierten.") == nil)
    }
}
