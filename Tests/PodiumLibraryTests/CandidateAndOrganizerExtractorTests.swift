@testable import PodiumExtraction
import PodiumModel
@testable import PodiumReaders
import PodiumText
import Testing

/// Candidates and the other people of a forum report, as the extractor finds them in one paragraph.
@Suite struct CandidateExtractorTests {
    func names(_ text: String) -> [String] {
        let body = ArticleBody(sections: [.init(heading: nil, paragraphs: ["Beim Podium zur Bürgermeisterwahl sagte niemand etwas.", text])], links: [])
        let extraction = ArticleExtractor().extract(body, metadata: ArticleMetadata())
        return extraction.candidates.map {
            "\($0.name.title.map { $0 + " " } ?? "")\($0.name.fullName) (\($0.party?.shortName ?? $0.partySpelling ?? "-"))"
        }
    }

    @Test func listsWithCommasAndUnd() {
        #expect(names("Von Beate Kimmel (SPD), Anja Pfeiffer (CDU), Thomas Kürwitz (parteilos) und Tobias Wiesemann (Grüne) wollten sie wissen")
            == ["Beate Kimmel (SPD)", "Anja Pfeiffer (CDU)", "Thomas Kürwitz (parteilos)", "Tobias Wiesemann (Grüne)"])
    }

    @Test func titlesAndDoubleNames() {
        #expect(names("Es diskutierten Prof. Dr. Stefan Lorscheider (CDU) und Sabine Kaya-Brenner (Bündnis 90/Die Grünen).")
            == ["Prof. Dr. Stefan Lorscheider (CDU)", "Sabine Kaya-Brenner (Grüne)"])
    }

    @Test(arguments: [("(Freie Wähler)", "FW"), ("(FWG)", "FW"), ("(GRÜNE)", "Grüne"), ("(Die Linke)", "Linke"), ("(parteilos)", "parteilos"),
                       ("(FDP-Liste)", "FDP"), ("(parteilos, von der SPD unterstützt, 44)", "parteilos"), ("(Grüne, von links)", "Grüne")])
    func partySpellingsAreNormalised(spelling: String, short: String) {
        #expect(names("Auf dem Podium saß Klaus Meier \(spelling).") == ["Klaus Meier (\(short))"])
    }

    /// A report that presents no one as a candidate quotes its panel; where it presents the
    /// panel, a voice quoted after the evening is the audience's.
    @Test func speakersOfQuotationsAreThePanelOnlyWhenNoOneElseIs() {
        #expect(names("„Ich bringe Erfahrung mit“, sagte Fenja Holtkamp. „Ich will zuhören“, betonte Lukas Brandl.")
            == ["Fenja Holtkamp (-)", "Lukas Brandl (-)"])
        #expect(names("Es diskutierten Fenja Holtkamp (SPD) und Lukas Brandl (CDU). „Ein guter Abend“, sagte Herta Dorn.")
            == ["Fenja Holtkamp (SPD)", "Lukas Brandl (CDU)"])
    }

    @Test func whoAsksTheCandidatesIsNoneOfThem() {
        #expect(names("Fragen an die Kandidaten: Gisela Meixner wollte wissen, wann das Freibad öffnet.").isEmpty)
        #expect(names("Die Kandidaten: Gisela Meixner, Otto Brand und Eva Lang.") == ["Gisela Meixner (-)", "Otto Brand (-)", "Eva Lang (-)"])
    }

    @Test func aListOfNamesIsThePanelUnlessItPreparedTheEvening() {
        #expect(names("Zunächst wurden Anton Kreidler, Beate Sommer und Clemens Wied vorgestellt.")
            == ["Anton Kreidler (-)", "Beate Sommer (-)", "Clemens Wied (-)"])
        #expect(names("Lena Pohl, Felix Funk und Jonas Ebert hatten die Podiumsdiskussion vorbereitet.").isEmpty)
        #expect(names("Lena Pohl, Felix Funk und Jonas Ebert, das Team des Jugendhauses, hatten Kuchen gebacken.").isEmpty)
    }

    @Test func anUnknownGivenNameBetweenTwoPeopleOfAListIsAPerson() {
        #expect(names("Zunächst wurden Anton Kreidler (SPD), Sarmed Yilmaz und Clemens Wied vorgestellt.")
            == ["Anton Kreidler (SPD)", "Sarmed Yilmaz (-)", "Clemens Wied (-)"])
        #expect(names("Auf dem Podium: Anton Kreidler (SPD), Freie Wähler und Clemens Wied (CDU).") == ["Anton Kreidler (SPD)", "Clemens Wied (CDU)"])
        #expect(names("Auf dem Podium: Anton Kreidler (SPD), Tarik Hollweg (Junge Mitte), Clemens Wied (CDU).")
            == ["Anton Kreidler (SPD)", "Tarik Hollweg (Junge Mitte)", "Clemens Wied (CDU)"])
    }

    /// Candidates come from every background: their given names are names wherever they stand.
    @Test(arguments: ["Iyabo Okafor-Lenz", "Patrik Dombrowe", "Thanh Wendtland", "Mouhanad Risse", "Zbigniew Kaltwasser"])
    func givenNamesOfManyLanguagesStartAName(name: String) {
        #expect(names("Auf dem Podium saßen \(name) und Herbert Quast.") == ["\(name) (-)", "Herbert Quast (-)"])
    }

    @Test func wherePeopleStandInAPhotographIsNoParty() {
        #expect(names("Im Saal stand OB-Kandidat Timo Brackwede (L.) den Gästen Rede und Antwort.") == ["Timo Brackwede (-)"])
        #expect(names("Auf dem Podium saßen Ilse Marten (Mitte) und Kai Dorn (SPD).") == ["Ilse Marten (-)", "Kai Dorn (SPD)"])
    }

    /// A party named before its candidate, with roles between, or before the verb of representing.
    @Test func partiesNamedBeforeTheirCandidates() {
        #expect(names("Es stellten sich für die CDU deren Fraktionschefin und Bürgermeisterkandidatin Ilka Dorn, für Bündnis 90/Die Grünen der Spitzenkandidat Malte Sievers den Fragen.")
            == ["Ilka Dorn (CDU)", "Malte Sievers (Grüne)"])
        #expect(names("Die SPD vertrat Hanne Lüders, die FDP Okke Brandt und die Freien Wähler Sven Ihle.")
            == ["Hanne Lüders (SPD)", "Okke Brandt (FDP)", "Sven Ihle (FW)"])
    }

    @Test func aCountedAudienceIsNoRoleOfThePanelAfterIt() {
        #expect(names("Das Podium bestritten vor knapp 90 Zuhörern Ida Brenner (CSU), Lutz Wendt (SPD) und Ole Harms (ödp).")
            == ["Ida Brenner (CSU)", "Lutz Wendt (SPD)", "Ole Harms (ÖDP)"])
    }

    @Test func theListGoesOnAfterACommaAndSowie() {
        #expect(names("Auf dem Podium saßen Rita Kolbe, Timo Sauer und Jan Weidner, sowie die beiden Redakteure und Moderatoren Ute Lamm und Eric Vogt.")
            == ["Rita Kolbe (-)", "Timo Sauer (-)", "Jan Weidner (-)"])
    }

    @Test func jointNominationsAndAbbreviationsInParentheses() {
        #expect(names("Auf dem Podium saß Heike Rahn (gemeinsame Kandidatin von CDU und Freien Wählern).") == ["Heike Rahn (CDU und FW)"])
        #expect(names("Auf dem Podium saß Heiko Rahn (pl).") == ["Heiko Rahn (parteilos)"])
    }

    /// "Der CDU-Mann" names the party of the person named just before, also after a given name
    /// that is a word too ("Ernst") at the start of a sentence.
    @Test func aPartyMemberDescribedAfterTheName() {
        #expect(names("Die Kandidaten Uwe Grote und Ernst Holmberg diskutierten. Ernst Holmberg ist als Erster da. Der CDU-Mann wirkt ruhig.")
            == ["Uwe Grote (-)", "Ernst Holmberg (CDU)"])
    }

    @Test func theTeamAroundAListPreparedTheEvening() {
        #expect(names("Das Team um Lea Kramm, Ole Fink und Pia Stoll hat sich viele Fragen einfallen lassen.").isEmpty)
    }

    @Test func aLocalListBetweenCommasWithASlash() {
        #expect(names("Es diskutierten Otto Lehner, CSU, Uta Simm, Grüne, Rolf Auber, Parteifreie/NWG und Mia Ecker, AfD.")
            == ["Otto Lehner (CSU)", "Uta Simm (Grüne)", "Rolf Auber (Parteifreie/NWG)", "Mia Ecker (AfD)"])
    }

    /// Family names alone, as a list that opens a sentence before the verb that presents them.
    @Test func familyNamesAloneBeforeTheVerbThatPresentsThem() {
        #expect(names("Drei Bewerber, ein Abend: Kessner, Dorfmüller und Weinreich stellen sich im Saal vor.")
            == ["Kessner (-)", "Dorfmüller (-)", "Weinreich (-)"])
        #expect(names("Schulen, Straßen und Wohnungen stellten sich als Themen heraus.").isEmpty)
    }

    @Test func anIncumbentWhoGivesUpTheOfficeIsNoCandidate() {
        #expect(names("Amtsinhaber Egon Trautwein hatte im Frühjahr angekündigt, dass er sein Amt nach fast 24 Jahren abgeben will.").isEmpty)
        #expect(names("Amtsinhaber Egon Trautwein hatte im Frühjahr angekündigt, dass er wieder antritt.") == ["Egon Trautwein (-)"])
    }

    @Test func aPluralRoleBeforeNounsIsNoPerson() {
        #expect(names("Danach mussten die Kandidaten Fragen von den Zeitungs-Redakteuren Olaf Brink und Ida Kern beantworten.").isEmpty)
    }

    @Test func aCandidateWhoWasNotThereIsNotOnThePanel() {
        #expect(names("Der vierte Kandidat, Jonas Ebert von der Bürgerliste, war – wie angekündigt – nicht da.").isEmpty)
    }

    @Test func aMiddleInitialBelongsToTheGivenName() {
        #expect(names("Es diskutierten Torsten K. Wellbrock, Beate Sommer und Anton Chr. Habermehl (FDP).")
            == ["Torsten K. Wellbrock (-)", "Beate Sommer (-)", "Anton Chr. Habermehl (FDP)"])
    }

    @Test func aTalkWithTwoNamesPresentsThem() {
        #expect(names("In der Aula gab es kurz vor der Wahl eine Gesprächsrunde mit Tobias Lentz und Kerstin Aumüller.")
            == ["Tobias Lentz (-)", "Kerstin Aumüller (-)"])
    }

    @Test func whoStaysAwayOrStandsNoMoreIsNotOnThePanel() {
        #expect(names("Neue Gesichter kommen: Anton Kreidler, Beate Sommer (beide CDU) und Olaf Brink (Bürgerliste) stellen sich nicht mehr zur Wahl.").isEmpty)
        #expect(names("Die parteilose Kandidatin Ida Kern nahm aus Termingründen nicht an der Runde teil.").isEmpty)
        #expect(names("Bis auf Ida Kern (Tierpartei) sind alle Bewerber der Einladung zum Podium gefolgt.").isEmpty)
        #expect(names("Bis auf Ida Kern (Grüne) waren sich alle Kandidaten auf dem Podium einig.") == ["Ida Kern (Grüne)"])
    }

    @Test func anOccupationAfterTheNameIsNoList() {
        #expect(names("Und so diskutierten die Bürgermeisterkandidaten Olaf Brink (56) und Ida Kern (50), Jugendpflegerin und Sozialarbeiterin im Rathaus, am Mittwoch.")
            == ["Olaf Brink (-)", "Ida Kern (-)"])
    }

    @Test func aPluralRoleBeforeAListIsEveryonesRole() {
        #expect(names("Beim Podium zur Wahl sind die Redakteure Olaf Brink und Ida Kern bereit, mit den Kandidaten zu sprechen.").isEmpty)
    }

    @Test func anAbsenceToldOfAListIsTheWholeList() {
        #expect(names("Mit Ida Kern (FDP) und Olaf Brink (parteilos) hatten zwei der fünf Bewerber ihre Teilnahme kurzfristig abgesagt.").isEmpty)
    }

    @Test func aNounAfterARoleIsNoSurname() {
        #expect(names("Danach bekam jeder Bewerber Gelegenheit zu einem kurzen Fazit.").isEmpty)
    }

    @Test func officeHoldersListedInTheRoomAreNoCandidates() {
        #expect(names("Im Saal saßen auch zwei Stadträte: Nora Kamm (CDU) und Paul Esch (SPD).").isEmpty)
    }

    @Test func organisationsAndSingleWordsAreNotCandidates() {
        #expect(names("der Bundesverband mittelständische Unternehmen (BVMW) und die Industrie- und Handelskammer (IHK)").isEmpty)
        #expect(names("Die Alternative für Deutschland (AfD) lud ein.").isEmpty)
        #expect(names("Die Kandidatin (SPD) sprach.").isEmpty)
    }
}

@Suite struct OrganizerExtractorTests {
    func organizers(_ text: String) -> [String] {
        OrganizerExtractor.organizers(in: [text]).map { organizer in
            organizer.shortName.map { "\(organizer.name) [\($0)]" } ?? organizer.name
        }
    }

    @Test func anAbbreviationTakesTheNameTheTextSpellsOut() {
        let text = ["Zum MZ-Leserforum kamen 200 Gäste in die Stadthalle.", "© Mühltaler Zeitung 2024, alle Rechte vorbehalten"]
        #expect(OrganizerExtractor.organizers(in: text).map { "\($0.name) [\($0.shortName ?? "")]" } == ["Mühltaler Zeitung [MZ]"])
        // Two names that spell it: the abbreviation stays.
        let two = text + ["Die Mitteltaler Zeitung berichtete ebenfalls."]
        #expect(OrganizerExtractor.organizers(in: two).map(\.name) == ["MZ"])
    }

    @Test(arguments: [
        ("Das Podium wurde organisiert von der Volkshochschule Speyer.", ["Volkshochschule Speyer"]),
        ("Eingeladen hatten der Stadtjugendring und die Badische Zeitungsgruppe.", ["Stadtjugendring [SJR]", "Badische Zeitungsgruppe"]),
        ("Veranstalter war der Mieterverein gemeinsam mit der Universität Trier.", ["Mieterverein", "Universität Trier"]),
        ("Auf Einladung des Stadtjugendrings beantworteten die Kandidaten Fragen.", ["Stadtjugendring [SJR]"]),
        ("Die IHK Pfalz und der Handelsverband luden zur Diskussion ein.", ["IHK Pfalz", "Handelsverband"]),
        ("Es sprachen alle Kandidaten.", []),
        ("ORGANISIERT von der Industrie- und Handelskammer Koblenz sowie dem Mieterverein, der Volkshochschule und dem Stadtjugendring.",
         ["Industrie- und Handelskammer Koblenz", "Mieterverein", "Volkshochschule [VHS]", "Stadtjugendring [SJR]"]),
        ("Eingeladen hatte die Lokale Agenda zusammen mit dem Bundesverband mittelständische Unternehmen (BVMW).",
         ["Lokale Agenda", "Bundesverband mittelständische Unternehmen [BVMW]"]),
        // A list runs on past commas that an article follows, and "e. V." ends no sentence.
        ("Dazu eingeladen hatten der Handelsverein e. V., der Unternehmerkreis Nordtal e. V. und die Kreishandwerkerschaft, alle aus der Region.",
         ["Handelsverein e. V.", "Unternehmerkreis Nordtal e. V.", "Kreishandwerkerschaft"]),
        ("Auf Einladung der Landfrauen, der Werbegemeinschaft und der IHK stellten sich die Bewerber vor.",
         ["Landfrauen", "Werbegemeinschaft", "IHK"]),
        // The subject after the verb, when a time opens the sentence; a day's number ends no sentence.
        ("Am Mittwoch, den 12. März, luden die Musterstädter Zeitung und das Stadttheater zu einer Diskussion ein.",
         ["Musterstädter Zeitung", "Stadttheater"]),
        ("Die Kandidatinnen trafen sich im Saal zu einer Diskussion, zu dieser der Westliche Anzeiger eingeladen hatte.",
         ["Westlicher Anzeiger"]),
        ("Zu diesem Anlass veranstalteten der Westdeutsche Rundfunk und die Musterstädter Zeitung gestern gemeinsam ein Podium.",
         ["Westdeutscher Rundfunk [WDR]", "Musterstädter Zeitung"]),
        // "zu" before a place is part of a name; the subject after the verb runs on with its partners.
        ("Zum Abend luden die Handwerkskammer zu Mühltal gemeinsam mit dem Einzelhandelsverband und der Werbegemeinschaft Nordtal sowie der Mühltaler Bote als Partner ein.",
         ["Handwerkskammer zu Mühltal", "Einzelhandelsverband", "Werbegemeinschaft Nordtal", "Mühltaler Bote"]),
        // A relative clause of the event with its hosts and "haben".
        ("Heiter war der erste Abend der Bewerber, zu dem Heimatverein, Kolpingfamilie und Musikverein eingeladen haben.",
         ["Heimatverein", "Kolpingfamilie", "Musikverein"]),
        // A clause that ends with the participle and goes on with "und".
        ("Die Lokalredaktion hatte die drei Bewerber aufs Podium gebeten und danach das Publikum zu Wort kommen lassen.",
         ["Lokalredaktion"]),
        // The abbreviation the text gives in parentheses is the same organiser.
        ("Bei der Gesprächsrunde des Fränkischen Bauernverbands (FBV) kamen alle. Eingeladen hatte der FBV.",
         ["Fränkischer Bauernverband [FBV]"]),
    ])
    func phrasesThatNameOrganisers(text: String, expected: [String]) {
        #expect(organizers(text) == expected)
    }

    /// The event's name names its organisers, who are stored in their base form.
    @Test(arguments: [
        ("Bei der Podiumsdiskussion des Trierischen Volksfreunds in der Europahalle ging es um Schulen.", ["Trierischer Volksfreund [TV]"]),
        ("Zum Wahlforum der Sächsischen Zeitung kamen viele Gäste.", ["Sächsische Zeitung [SZ]"]),
        ("Die Podiumsdiskussion des Schwarzwälder Boten begann pünktlich.", ["Schwarzwälder Bote"]),
        ("Zur Podiumsdiskussion von Tageblatt und Stadtjugendring kamen 300 Gäste.", ["Tageblatt", "Stadtjugendring [SJR]"]),
        ("Im Vorfeld der Podiumsdiskussion der Musterstädter Zeitung (MZ) und des Saarländischen Rundfunks (SR) wurde gelost.",
         ["Musterstädter Zeitung [MZ]", "Saarländischer Rundfunk [SR]"]),
        ("Rund 200 Besucher kamen zum WLZ-Wahlforum in die Stadthalle.", ["WLZ"]),
        ("Die Podiumsdiskussion der Kandidaten dauerte drei Stunden.", []),
        ("Beim Live-Podium und im TV-Duell sprachen alle vier.", []),
        ("Das Podium der Bürgermeisterkandidaten am 3. Mai 2021 war voll.", []),
        ("Im Saal stellten sich die Bewerber den Fragen der Musterstädterinnen und Musterstädter.", []),
        ("Die vier Bewerber stellten sich den Fragen des Seniorenbeirats und des Publikums.", ["Seniorenbeirat"]),
        ("Beim Wahlforum der Main-Post in der Stadthalle ging es um Radwege.", ["Main-Post"]),
        ("Zum dritten Mal hatten Kreisvolkshochschule, Jugendclub und Welle Süd Fernsehen zum Treffen eingeladen.",
         ["Kreisvolkshochschule", "Jugendclub", "Welle Süd Fernsehen"]),
        ("Organisiert vom Seniorenbeirat eröffnete die Vorsitzende den Abend.", ["Seniorenbeirat"]),
        ("Die Schüler-AG lud zur Podiumsdiskussion in die Aula.", ["Schüler-AG"]),
    ])
    func theEventsNameNamesItsOrganisers(text: String, expected: [String]) {
        #expect(organizers(text) == expected)
    }

    /// Clauses whose verb comes last, passives that name the host after it, and names in quotation marks.
    @Test(arguments: [
        ("Die Volkshochschule Talheim hatte gemeinsam mit dem Jugendreferat die Erstwähler eingeladen, um die Bewerber kennenzulernen.",
         ["Volkshochschule Talheim", "Jugendreferat"]),
        ("Dazu: Die Schülervertretung hatte die Veranstaltung organisiert.", ["Schülervertretung"]),
        ("Veranstaltet wurde der Abend vom Jugendhaus Nordtal in Kooperation mit dem Kreisjugendring.",
         ["Jugendhaus Nordtal", "Kreisjugendring [KJR]"]),
        ("Eingeladen hatte die Landeszentrale für politische Bildung.", ["Landeszentrale für politische Bildung [LpB]"]),
        ("Eingeladen und organisiert wurde die Runde durch die Wiesentaler Spaziergänger.", ["Wiesentaler Spaziergänger"]),
        ("Als Veranstalter hatte der Kreisjugendring die Vereine der Stadt eingeladen.", ["Kreisjugendring [KJR]"]),
        ("Rund 80 Gäste folgten am Sonntag der Einladung des Bürgervereins Altes Zollhaus.", ["Bürgerverein Altes Zollhaus"]),
        ("Für diesen Abend hat die „Freie Rundschau“ alle Bewerber in den Festsaal eingeladen.",
         ["Freie Rundschau"]),
        ("Sie alle waren vom Jugendforum Nordtal eingeladen worden.", ["Jugendforum Nordtal"]),
        // A list cut inside brackets names no one.
        ("Der Stadtverordnete Olaf Brink (Bürger für Nordtal und Land) hatte gemeinsam mit seiner Fraktion die Bewerber zu einer Podiumsdiskussion eingeladen.",
         []),
        ("Am Dienstag hatte der Verein die Bewerber eingeladen.", []),
        ("Sechs Tage vor der Wahl hatten der Heimatverein und die Landjugend eingeladen; durch den Abend führte Ina Kolb.",
         ["Heimatverein", "Landjugend"]),
        ("Dort hatte heute früh die Kreisbauernschaft zu einer Diskussion mit den Bewerbern eingeladen.", ["Kreisbauernschaft"]),
        ("Im Saal hatte am Dienstag eine Schülergruppe eingeladen.", []),
        ("Volles Haus beim Podium, das die Gemeinde Nordtal in Zusammenarbeit mit der Nordtaler Zeitung veranstaltete.",
         ["Gemeinde Nordtal", "Nordtaler Zeitung"]),
        ("Dazu gab es eine Talkrunde, die das Autohaus Behrens an der Hauptstraße und die Nordtaler Zeitung gemeinsam präsentierten.",
         ["Autohaus Behrens", "Nordtaler Zeitung"]),
        ("Für den Jugendgemeinderat, der zugleich Veranstalter war, sprach Moritz Kern.", ["Jugendgemeinderat"]),
        ("Ina Brandt, Vorsitzende des Heimatvereins Nordtal und Mitorganisatorin des Abends, begrüßte die Gäste, darunter die Vorsitzende der Kreissynode.",
         ["Heimatverein Nordtal"]),
        ("Vielen Dank an den Heimatverein und die Nordtaler Zeitung für die Organisation.", ["Heimatverein", "Nordtaler Zeitung"]),
        ("Deshalb hat der Jugendrat wieder eine Diskussionsrunde auf die Beine gestellt.", ["Jugendrat"]),
        ("Die Veranstaltung des Gewerbevereins Nordtal war gut besucht.", ["Gewerbeverein Nordtal"]),
        ("Die Podiumsdiskussion des IHK-Gremiums Nordtal begann pünktlich.", ["IHK-Gremium Nordtal"]),
        // A "Veranstaltung von" is moderated, moved or broadcast by others.
        ("Moderiert wird die Veranstaltung von Ina Kolb und dem Nordtaler Kurier.", []),
        ("Wegen des Andrangs wurde die Veranstaltung vom Saal in die Halle verlegt.", []),
    ])
    func clausesThatNameOrganisers(text: String, expected: [String]) {
        #expect(organizers(text) == expected)
    }

    /// Papers, broadcasters and bodies podium knows are stored under one name, whichever the
    /// report uses; a short name counts where that paper is at home.
    @Test func knownOutletsByTheirShortNamesWhereTheyAreAtHome() throws {
        let trier = try #require(Gazetteer.builtIn.municipality(ags: "07211000"))
        let munich = try #require(Gazetteer.builtIn.municipality(ags: "09162000"))
        func names(_ text: String, _ place: Municipality?) -> [String] {
            OrganizerExtractor.organizers(in: [text], place: place).map { organizer in
                organizer.shortName.map { "\(organizer.name) [\($0)]" } ?? organizer.name
            }
        }
        #expect(names("Beim TV-Forum in der Stadthalle stellten sich alle vier vor.", trier) == ["Trierischer Volksfreund [TV]"])
        #expect(names("Beim TV-Forum in der Stadthalle stellten sich alle vier vor.", munich).isEmpty)
        #expect(names("Die MAZ hatte zum Wahlforum ins Rathaus eingeladen.", nil) == ["Märkische Allgemeine [MAZ]"])
        #expect(names("Die Märkische Allgemeine hatte eingeladen. Später sprach die MAZ-Redakteurin.", nil) == ["Märkische Allgemeine [MAZ]"])
        #expect(names("Das geplante BNN/BT-Forum wird übertragen.", try #require(Gazetteer.builtIn.municipality(ags: "08212000")))
            == ["Badische Neueste Nachrichten [BNN]", "Badisches Tagblatt [BT]"])
        #expect(names("Zum Wahlforum Trier der Rathaus-Zeitung kamen 200 Gäste.", trier) == ["Rathaus-Zeitung"])
        #expect(names("Die Kandidatenvorstellung der Stadt war gut besucht.", trier) == ["Stadt Trier"])
        #expect(names("Die Kandidatenvorstellung der Stadt war gut besucht.", nil).isEmpty)
        #expect(names("Die VHS Trier hatte die Bewerber eingeladen.", trier) == ["Volkshochschule Trier [VHS Trier]"])
    }

    /// A paper whose journalists run an evening that no one else is named for has organised it.
    @Test func journalistsOfAKnownPaperNameItsHostOnlyWhereNoOneElseIs() throws {
        let trier = try #require(Gazetteer.builtIn.municipality(ags: "07211000"))
        let alone = "Nach der Begrüßung befragten die Volksfreund-Redakteure Ina Kolb und Uwe Brenner die Bewerber zu Schulen und Straßen."
        #expect(OrganizerExtractor.organizers(in: [alone], place: trier).map(\.name) == ["Trierischer Volksfreund"])
        let hosted = ["Eingeladen hatte der Gewerbeverein Nordtal.", alone]
        #expect(OrganizerExtractor.organizers(in: hosted, place: trier).map(\.name) == ["Gewerbeverein Nordtal"])
    }
}

/// Names given in the metadata are found in the text whatever their Unicode form.
@Suite struct MentionTests {
    @Test func aNameGivenDecomposedIsFoundInTheComposedText() {
        let metadata = ArticleMetadata(candidates: [CandidateEntry(name: "Ayşe O\u{308}zdemir", party: "SPD")])
        let text = TextNormalizer.normalize("Özdemir sprach über Kitas. „Wir brauchen mehr Plätze“, sagte Özdemir.")
        let extraction = ArticleExtractor().extract(ArticleLayout.parse(text, format: .txt), metadata: metadata)
        #expect(extraction.mentions.map(\.surface) == ["Özdemir", "Özdemir"])
        #expect(extraction.mentions.allSatisfy { $0.candidate == 0 })
    }
}
