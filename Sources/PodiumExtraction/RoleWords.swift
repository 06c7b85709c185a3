/// What a word before or after a name says of the person: a candidate, a moderator, a member of
/// the audience, an office-holder. Part of the rules, not data a user edits.
///
/// Nouns are matched by their ending, so that compounds count too: "Kandidatin",
/// "OB-Kandidatin", "Bürgermeisterkandidatin" and "CDU-Bürgermeisterkandidatin" all end in
/// "kandidatin". For example:
///
/// ```swift
/// RoleWords.cue(of: "Grünen-Bewerberin")   // .candidate
/// RoleWords.cue(of: "Moderatorin")         // .moderator
/// RoleWords.cue(of: "Landtagsabgeordnete") // .office
/// ```
enum RoleWords {
    /// What a role word says, from the strongest claim on a candidacy to none.
    enum Cue: Int, Comparable, Sendable {
        /// Running in the election: Kandidatin, Bewerber, Herausforderer, Amtsinhaberin.
        case candidate
        /// Holds the office the election is for, or held it: Oberbürgermeister, Bürgermeisterin,
        /// Landrat. A candidate when running again; the words around tell.
        case incumbent
        /// Leaves the office and does not run: Noch-Bürgermeister, scheidende, Altbürgermeister.
        case notRunning
        case moderator
        case audience
        case expert
        case organiser
        /// Reports or writes: Redakteurin, Reporter, Chefredakteur. Never a candidate.
        case press
        /// An office or a job that candidates also hold: Stadtrat, Ministerin, Betriebsleiterin.
        /// Not a candidate unless the words around say so.
        case office

        package static func < (a: Cue, b: Cue) -> Bool { a.rawValue < b.rawValue }

        /// A role no candidate has in the forum they stand in.
        var excludesCandidacy: Bool {
            switch self {
            case .notRunning, .moderator, .audience, .expert, .organiser, .press: true
            case .candidate, .incumbent, .office: false
            }
        }
    }

    /// The cue of one word, by its ending (lower-cased); nil for words that say nothing.
    static func cue(of word: some StringProtocol) -> Cue? {
        // Most words end in letters no role word ends in: three bytes decide that without
        // lower-casing the word.
        let bytes = word.utf8
        if bytes.count >= 3, !bytes.contains(0x2D) {  // no "-"
            var tail = 0
            for byte in bytes.suffix(3) { tail = tail << 8 | Int(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0)) }
            if !roleTails.contains(tail) {
                // "ausgeschiedene", "langjährigen": words of leaving office share no role ending.
                return leavingTails.contains(tail) && notRunningWords.contains(word.lowercased()) ? .notRunning : nil
            }
        }
        let lower = word.lowercased()
        if lower.hasPrefix("noch-") || lower.hasPrefix("alt-") || lower.hasPrefix("ex-") || lower.hasPrefix("altbürgermeister")
            || lower.hasPrefix("altoberbürgermeister") || lower.hasPrefix("altlandrat") || notRunningWords.contains(lower) {
            return .notRunning
        }
        // The last part of a hyphenated compound decides: "TDVS-Betriebsleiterin" is a job.
        let last = lower.split(separator: "-").last.map(String.init) ?? lower
        // Every ending of the word looked up; the one of the list that comes first wins
        // ("Redaktionsleiterin" is press before it is a "Leiterin").
        var best: (rank: Int, cue: Cue)? = nil
        var start = last.startIndex
        while start < last.endIndex {
            if let found = cueByEnding[String(last[start...])], best.map({ found.rank < $0.rank }) ?? true { best = found }
            start = last.index(after: start)
        }
        guard let cue = best?.cue else { return nil }
        if cue == .incumbent, !incumbentWords.contains(last) { return .office }
        return cue
    }

    /// Each ending with its cue and the rank of its list in `endingsByCue`.
    private static let cueByEnding: [String: (rank: Int, cue: Cue)] = {
        var table: [String: (rank: Int, cue: Cue)] = [:]
        for (rank, (endings, cue)) in endingsByCue.enumerated() {
            for ending in endings where table[ending] == nil { table[ending] = (rank, cue) }
        }
        return table
    }()

    /// The party named as the first part of a compound: "SPD" of "SPD-Kandidatin", "Grünen" of
    /// "Grünen-Bewerber", "CDU" of "CDU-Mann"; nil when the first part is no party spelling.
    static func partyPrefix(of word: some StringProtocol) -> Substring? {
        guard let hyphen = word.utf8.firstIndex(of: 0x2D) else { return nil }  // "-"
        let prefix = word[..<hyphen]
        return prefix.isEmpty ? nil : Substring(prefix)
    }

    /// The party named before a party member's noun: "SPD" of "SPD-Mann", "CDU" of
    /// "CDU-Politikerin"; nil where the word after the hyphen is no person ("SPD-Antrag").
    static func partyOfMember(_ word: some StringProtocol) -> Substring? {
        guard let prefix = partyPrefix(of: word),
              partyPersonEndings.contains(word[word.index(after: prefix.endIndex)...].lowercased()) else { return nil }
        return prefix
    }

    /// Words after a party prefix that make "SPD-Mann" a party member, as "SPD-Kandidat" is.
    static let partyPersonEndings: Set<String> = [
        "mann", "frau", "politiker", "politikerin", "kandidat", "kandidatin", "bewerber", "bewerberin",
        "mitglied", "vertreter", "vertreterin", "urgestein", "herausforderer", "herausforderin",
    ]

    /// The last three bytes of every role ending, and of every word of leaving office, lower-cased,
    /// as one number each.
    private static let roleTails = tails(of: endingsByCue.flatMap(\.0))
    private static let leavingTails = tails(of: notRunningWords)

    private static func tails(of words: some Sequence<String>) -> Set<Int> {
        Set(words.filter { $0.utf8.count >= 3 }.map { $0.utf8.suffix(3).reduce(0) { $0 << 8 | Int($1) } })
    }

    private static let endingsByCue: [([String], Cue)] = [
        (["kandidat", "kandidatin", "kandidaten", "kandidatinnen", "bewerber", "bewerberin", "bewerberinnen", "bewerbern",
          "herausforderer", "herausforderin", "herausfordererin", "amtsinhaber", "amtsinhaberin", "kontrahent",
          "kontrahentin", "kontrahenten", "konkurrent", "konkurrentin", "konkurrenten", "konkurrentinnen",
          "mitbewerber", "mitbewerberin", "kandidierende", "kandidierenden", "wahlkämpfer", "wahlkämpferin"], .candidate),
        (["moderator", "moderatorin", "moderatoren", "moderatorinnen", "moderation", "diskussionsleiter",
          "diskussionsleiterin", "gesprächsleiter", "gesprächsleiterin"], .moderator),
        (["zuhörer", "zuhörerin", "zuhörerinnen", "zuschauer", "zuschauerin", "besucher", "besucherin", "besucherinnen",
          "erstwähler", "erstwählerin", "wählerin", "fragesteller", "fragestellerin", "anwohner", "anwohnerin",
          "bürgerin", "zuhörern", "besuchern"], .audience),
        (["experte", "expertin", "experten", "professor", "professorin", "wissenschaftler", "wissenschaftlerin",
          "politologe", "politologin", "forscher", "forscherin", "gutachter", "gutachterin", "sachverständige",
          "sachverständiger"], .expert),
        (["veranstalter", "veranstalterin", "gastgeber", "gastgeberin", "organisator", "organisatorin", "initiator",
          "initiatorin", "ausrichter", "betreuer", "betreuerin"], .organiser),
        (["redakteur", "redakteurin", "redakteure", "redakteurinnen", "reporter", "reporterin", "reporterinnen",
          "journalist", "journalistin", "journalisten", "redakteuren", "lokalchef", "lokalchefin", "redaktionsleiter", "redaktionsleiterin", "chefredakteur",
          "chefredakteurin", "volontär", "volontärin", "korrespondent", "korrespondentin", "autor", "autorin",
          "kolumnist", "kommentator", "kommentatorin", "wahlleiter", "wahlleiterin", "chefredaktion", "redaktion", "redaktionsteam", "redaktionsteams"], .press),
        (["bürgermeister", "bürgermeisterin", "landrat", "landrätin", "rathauschef", "rathauschefin", "stadtoberhaupt",
          "gemeindeoberhaupt", "verwaltungschef", "verwaltungschefin"], .incumbent),
        (["minister", "ministerin", "ministerpräsident", "ministerpräsidentin", "staatssekretär", "staatssekretärin",
          "abgeordnete", "abgeordneter", "abgeordneten", "stadtrat", "stadträtin", "gemeinderat", "gemeinderätin",
          "kreisrat", "kreisrätin", "ratsherr", "ratsfrau", "ortsvorsteher", "ortsvorsteherin", "beigeordnete",
          "beigeordneter", "dezernent", "dezernentin", "kanzler", "kanzlerin", "präsident", "präsidentin",
          "vorsitzende", "vorsitzender", "geschäftsführer", "geschäftsführerin", "sprecher", "sprecherin",
          "pfarrer", "pfarrerin", "fraktionschef", "fraktionschefin", "senator", "senatorin", "referent",
          "referentin", "leiter", "leiterin", "betreiber", "betreiberin", "unternehmer", "unternehmerin",
          "stadtverordnete", "stadtverordneter", "bundesvorsitzende", "landesvorsitzende", "kreisvorsitzende",
          "stadträte", "gemeinderäte", "kreisräte", "stadträtinnen", "gemeinderätinnen", "ratsmitglieder"], .office),
    ]

    /// The offices an election fills, as "Bürgermeister X" names the holder; compounds such as
    /// "Ortsbürgermeister" or "Vizebürgermeister" name other offices.
    private static let incumbentWords: Set<String> = [
        "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "landrat", "landrätin",
        "rathauschef", "rathauschefin", "stadtoberhaupt", "gemeindeoberhaupt", "verwaltungschef", "verwaltungschefin",
    ]

    private static let notRunningWords: Set<String> = [
        "scheidende", "scheidender", "scheidenden", "ehemalige", "ehemaliger", "ehemaligen", "frühere", "früherer",
        "früheren", "langjährige", "langjähriger", "langjährigen", "ausgeschiedene", "ausgeschiedener", "ausgeschiedenen",
        "unterlegene", "unterlegener", "unterlegenen", "amtsvorgänger", "amtsvorgängerin", "vorgänger", "vorgängerin",
        "altbürgermeister", "altbürgermeisterin", "altoberbürgermeister", "alt-ob", "ex-bürgermeister", "ex-ob",
    ]

    /// Words in the sentence of a list of names that make the names candidates: "Auf dem Podium
    /// saßen …", "… stellten sich den Fragen", "die Kandidaten …".
    /// Lower-case; the lexicon adds each capitalised ("Podium", "Stellten" at a sentence's start).
    static let candidateFrameWords: Set<String> = [
        "podium", "podiums", "kandidatenrunde", "duell", "diskussionsrunde", "schlagabtausch", "wahlforum", "podiumsdiskussion",
        "kandidatenvorstellung", "runde", "fragerunde", "vorstellungsrunde", "gesprächsrunde", "talkrunde", "kandidatenforum",
        "kandidatenduell", "kandidatencheck", "wahlarena", "wahlpodium",
        "diskutierten", "diskutieren", "debattierten", "stellten", "stellen", "bewerben", "präsentierten", "präsentieren",
        "beantworteten", "beantworten", "traten", "treten", "antreten", "kandidieren", "kandidierten",
    ]

    /// Nouns that name a party's member, lower-cased, with the party: "der Sozialdemokrat",
    /// "die Grüne", "Pirat".
    static let partyMemberNouns: [String: String] = [
        "sozialdemokrat": "SPD", "sozialdemokratin": "SPD", "christdemokrat": "CDU", "christdemokratin": "CDU",
        "christsoziale": "CSU", "liberale": "FDP", "grüne": "Grüne", "linke": "Linke", "pirat": "Piraten", "piratin": "Piraten",
        "parteilose": "parteilos", "parteilosen": "parteilos", "unabhängige": "parteilos",
    ]

    /// Verbs and nouns of moderating: "moderiert von", "Die Moderation hatte".
    static let moderationWords: Set<String> = [
        "moderiert", "moderierte", "moderierten", "moderieren", "moderation", "moderator", "moderatorin",
        "moderatoren", "leitete", "führte", "führten",
    ]

    /// Words that say the person named before them was not on the panel: "… hatte auf eine
    /// Teilnahme verzichtet", "musste krankheitsbedingt absagen".
    static let absenceWords: Set<String> = [
        "verzichtet", "verzichtete", "abgesagt", "absagen", "absagte", "fehlte", "ferngeblieben", "krankheitsbedingt",
        "verhindert", "entschuldigt", "entschuldigen", "zurückgezogen", "fehlten",
    ]

    /// Words before "Nachfolge" that make it someone's: "dessen Nachfolge", "um ihre Nachfolge".
    static let possessives: Set<String> = ["dessen", "deren", "seine", "ihre", "seiner", "ihrer"]

    /// Words near a name that say the person runs: ", der wieder für die SPD antritt".
    static let runningWords: Set<String> = ["antritt", "kandidiert", "bewirbt", "antreten", "kandidieren"]

    /// Words up to two after "nicht" that say so: "ist nicht gekommen", "kann nicht dabei sein",
    /// "konnte nicht persönlich anwesend sein", "erschien nicht selbst".
    static let absentAfterNicht: Set<String> = [
        "dabei", "gekommen", "kommen", "anwesend", "teilnehmen", "teilgenommen", "erschienen", "teil", "eingeladen",
        "gefolgt", "vertreten", "persönlich", "selbst", "da",
    ]

    /// Words before a name that say the person leaves office: "Nachfolge von X", "wer X
    /// beerben will", "des abtretenden Bürgermeisters X". After a name only "Ruhestand" and
    /// "dessen Nachfolge" say so (`PersonFinder`).
    static let successionWords: Set<String> = [
        "nachfolge", "nachfolger", "nachfolgers", "nachfolgerin", "nachfolgen", "nachzufolgen", "ruhestand", "beerben", "abtretenden",
    ]
}
