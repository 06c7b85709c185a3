/// Small German word lists that extraction relies on. They are part of the rules, not data a
/// user edits: which words introduce speech, which are never names.
enum GermanWords {
    /// Whether a word followed by a period is an abbreviation, so the period ends no sentence:
    /// "Dr.", "bzw.", "Nr.", and a single lower-case letter as in "(v. l.)", "z. B.".
    static func isAbbreviation(_ word: some StringProtocol) -> Bool {
        word.count == 1 ? word.first?.isLowercase == true : abbreviations.contains(String(word))
    }

    private static let abbreviations: Set<String> = [
        "Dr", "Prof", "St", "Nr", "Hr", "Fr", "bzw", "ca", "vgl", "Dipl", "Ing", "Str", "sog",
    ]

    /// The last word of a newspaper's name, as a town's adjective stands before it ("Augsburger
    /// Tagblatt", "des Würzburger Boten"): the paper, never the place, and an organisation.
    static let newspaperNouns: Set<String> = [
        "Zeitung", "Allgemeine", "Rundschau", "Nachrichten", "Anzeiger", "Tageblatt", "Kurier", "Morgenpost", "Neueste",
        "Neuesten", "Post", "Presse", "Volkszeitung", "Merkur", "Merkurs", "Tagblatt", "Tagblatts", "Bote", "Boten", "Echo",
        "Stimme", "Morgen", "Abendblatt", "Wochenblatt", "Kreisblatt", "Volksblatt", "Tagespost", "Beobachter",
    ]

    /// The months by name, lower-cased, with their numbers: "märz" → 3.
    /// Elections of a state, the country or Europe: news beyond a municipality, and never the
    /// election a local forum is held for.
    static let nonLocalElections = [
        "landtagswahl", "bundestagswahl", "europawahl", "bürgerschaftswahl", "abgeordnetenhauswahl", "präsidentenwahl",
        "parlamentswahl",
    ]

    static let months = [
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
        "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    ]

    /// Verbs that introduce or close direct speech: „…“, sagte Pfeiffer.
    static let speechVerbs: Set<String> = [
        "sagte", "sagt", "sagten", "betonte", "betont", "betonten", "kritisierte", "kritisiert",
        "erklärte", "erklärt", "meinte", "meint", "fasste", "plädierte", "forderte", "fordert",
        "ergänzte", "ergänzt", "warnte", "warnt", "versprach", "verspricht", "fügte", "unterstrich",
        "antwortete", "entgegnete", "konterte", "mahnte", "lobte", "räumte", "kündigte",
        "bekräftigte", "versicherte", "argumentierte", "erläuterte", "schilderte", "verdeutlichte",
        "rief", "bemerkte", "befand", "bilanzierte", "resümierte", "stellte", "machte", "sprach",
        "so", "findet", "fand", "glaubt", "wünscht", "wünschte", "appellierte", "zitierte", "fragte", "fragt", "erzählt", "erzählte",
        "zählte", "lachte", "erwiderte", "erwidert", "widersprach", "gestand", "beteuerte", "verwies", "urteilte",
        "scherzte", "witzelte", "schwärmte", "monierte", "bemängelte", "beklagte", "entgegnet", "antwortet", "unterstrich",
        "unterstreicht", "präzisierte", "bekannte", "bekräftigt", "versichert", "warnt", "mahnt", "lobt", "rief", "ruft",
        "sagen", "sagten", "betonen", "erklärten", "meinten", "bilanziert", "resümiert", "räumt", "stellt", "fasst",
        "kommentierte", "kommentiert", "verkündete", "verkündet",
    ]

    static let pronouns: Set<String> = ["er", "sie", "Er", "Sie"]

    /// Words by which a report gives words to the audience: "fragte ein Zuhörer", "eine
    /// Besucherin wollte wissen", "aus dem Publikum".
    static let audienceWords: Set<String> = [
        "Zuhörer", "Zuhörerin", "Zuhörerinnen", "Besucher", "Besucherin", "Besucherinnen", "Zuschauer", "Zuschauerin",
        "Publikum", "Bürgerin", "Anwohner", "Anwohnerin", "Fragesteller", "Fragestellerin", "Erstwähler", "Erstwählerin",
        "Wählerin", "Gäste", "Gast", "Saal", "Bürger", "Einwohner", "Einwohnerin",
    ]

    /// Words by which a report cites a text: „…“ heißt es in dem Gutachten; zitierte aus dem Brief.
    static let citationWords: Set<String> = [
        "zitierte", "zitiert", "zitieren", "verlas", "vorlas", "vorgelesen", "Gutachten", "Stellungnahme", "Vorwort",
        "Schlagzeile", "Pressemitteilung", "Mitteilung", "Schreiben", "Brief", "Wahlprogramm", "Plakat", "Plakaten",
        "Flyer", "Antrag", "Beschluss", "Satzung", "heißt", "hieß", "Titel", "Motto", "Slogan",
    ]

    /// Words that ask: a quoted question after them comes from the audience.
    static let questionCues: Set<String> = [
        "wissen", "fragen", "fragte", "fragten", "Frage", "Fragen", "gefragt", "erkundigten", "erkundigte",
    ]

    /// Capitalised words that stand before names but are not part of them.
    static let notNames: Set<String> = [
        "Von", "Vom", "Für", "Bei", "Mit", "Und", "Oder", "Die", "Der", "Das", "Den", "Dem", "Des",
        "Ein", "Eine", "Einer", "Auch", "Als", "Laut", "Nach", "Wie", "Am", "Im", "Auf", "Aus",
        "Zu", "Zum", "Zur", "Gegen", "Sowohl", "Sowie", "Neben", "Während", "Dass", "Doch", "Aber",
        "Kandidat", "Kandidatin", "Kandidaten", "Kandidatinnen", "Bewerber", "Bewerberin",
        "Amtsinhaber", "Amtsinhaberin", "Oberbürgermeister", "Oberbürgermeisterin",
        "Bürgermeister", "Bürgermeisterin", "Herausforderer", "Herausforderin", "Landrat",
        "Landrätin", "Stadtrat", "Stadträtin", "Frau", "Herr", "Herrn", "Fraktionschef",
        "Fraktionschefin", "Beigeordnete", "Beigeordneter", "Dezernent", "Dezernentin",
        "Moderator", "Moderatorin", "Podium", "Diskussion", "Stadt", "Gemeinde", "Partei",
    ]

    /// Words before a quoted phrase that make it a title or term, not speech:
    /// des „Gesetzes zur Verbesserung …“.
    static let titleCues: Set<String> = [
        "des", "der", "die", "das", "dem", "den", "zum", "zur", "vom", "im", "am", "beim", "ins",
        "ein", "eine", "einem", "einen", "einer", "eines",
        "sogenannte", "sogenannten", "sogenannter", "Motto", "Titel", "Stichwort", "Projekt",
        "Programm", "Slogan", "Thema", "namens", "genannt", "Gesetz", "Gesetzes", "Film", "Buch", "Roman", "Album", "Lied",
        "Song", "Leitbild", "Konzept", "Papier", "Broschüre", "Initiative", "Aktion", "Kampagne", "Reihe", "Serie",
        "Sendung", "Stück", "Theaterstück", "Ausstellung", "Verein", "Bündnis", "Gruppe", "Liste", "Wahlspruch",
        "Überschrift", "Titelzeile", "Format", "Festival", "Bürgerinitiative", "Wählergruppe", "Hashtag",
    ]

    static let titles: Set<String> = ["Dr.", "Prof.", "Dr.-Ing.", "Dipl.-Ing.", "Dr.med.", "PD"]
}
