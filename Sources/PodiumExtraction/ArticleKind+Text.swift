import PodiumModel
import PodiumText

extension ArticleKind {
    /// Decides from the text.
    ///
    /// A forum report names a forum ("Podiumsdiskussion", "Wahlforum", "stellten sich den
    /// Fragen", "Kandidaten … vorgestellt"), or tells of a discussion with the candidates in at
    /// least five reporting verbs, without election results. It reads as a report (people said,
    /// asked, were; in the past or the present of a live report), not as an invitation ("Der
    /// Eintritt ist frei", "findet am … statt", "Beginn ist um"): an article with invitations
    /// and hardly a reporting verb announces a forum, and is election news. Election news speaks
    /// of an election or candidates without a forum.
    ///
    /// For example, "Beim Wahlforum im Rathaus sagte die Kandidatin …" is a forum report,
    /// "Die Zeitung lädt am Dienstag zum Wahlforum ein. Der Eintritt ist frei." election news.
    ///
    /// `panel` is the largest number of people the text introduces with a party in one list
    /// ("Von A (SPD), B (CDU) und C (Grüne) wollten sie wissen"): three or more, with an event
    /// ("Veranstaltung", "Diskussion") and without results ("Prozent", "Auszählung"), make a forum
    /// as a name of one does.
    /// `election` says that metadata names the election, which the text then need not.
    public static func of(_ paragraphs: [String], title: String? = nil, panel: Int = 0, election: Bool = false) -> ArticleKind {
        let original = ([title ?? ""] + paragraphs).joined(separator: "\n")
        let text = original.fastLowercased()
        // A local election: a mayor, a council, a Landrat; or an election that is not national.
        let local = localWords.contains { text.containsBytes($0) } || mayorAbbreviations.contains { original.containsBytes($0) }
        let elected = election || electionWords.contains { text.containsBytes($0) }
            || occurs("bewerber", in: text) { !text[..<$0.lowerBound].hasSuffix("asyl") }
        guard local || elected else { return .other }
        // "Prozent" as a word: "hundertprozentig" is praise, no result.
        let results = resultWords.contains { text.containsBytes($0) }
            || occurs("prozent", in: text) { found in
                found.lowerBound == text.startIndex || !text[text.index(before: found.lowerBound)].isLetter
            }
        // A list of candidates with parties is a panel at an event, but also a table of results.
        let named = forumNames.contains { text.containsBytes($0) }
            || panel >= 3 && !results && panelEventWords.contains { text.containsBytes($0) }
            || forumPhrases.contains { phrase in occurs(phrase.first, nearBefore: phrase.then, within: phrase.within, in: text) }
            || asksTheCandidates(text)
        // Beyond a local election, candidates and one word of talk ("Runde", "Debatte") are
        // national or foreign news: it takes two, such as a discussion with an audience.
        let talk = discussionWords.filter { (local || $0 != "runde") && text.containsBytes($0) }.count
        let discussed = talk >= (local ? 1 : 2) && panelWords.contains { text.containsBytes($0) }
        guard named || discussed else { return .electionCoverage }
        let national = nationalWords.contains { text.containsBytes($0) }
        // Austria's parties: news from a country whose municipalities podium does not know.
        var (reporting, austrian) = wordCounts(in: text)
        // "gestern Abend", "am vergangenen Dienstag": what the text tells has happened.
        if pastWords.contains(where: { text.containsBytes($0) }) { reporting += 3 }
        let forum = !austrian && (local || !national) && (named || reporting >= 5 && !results)
        guard forum else { return .electionCoverage }
        let times = timeWords.contains { announcesTime($0, in: text) } ? 1 : 0
        // "Die Kandidaten stellen sich Ihren Fragen": the reader, addressed, is invited.
        let addressed = readerAddresses.contains { original.containsBytes($0) } ? 1 : 0
        let invitations = times + addressed + invitationWords.filter { word in
            guard word.hasPrefix("findet") || word == "stattfinden" else { return text.containsBytes(word) }
            // "Die Wahl des Nachfolgers findet am 6. März statt" dates the election, not the forum.
            guard let range = text.byteRange(of: word) else { return false }
            let before = text.utf8.index(range.lowerBound, offsetBy: -100, limitedBy: text.startIndex) ?? text.startIndex
            let sentence = text[before..<range.lowerBound].split(separator: ". ", omittingEmptySubsequences: false).last ?? ""
            return !namesTheElection(sentence)
        }.count
        // "Am Dienstag diskutierten die neun Kandidaten …" at the top: the forum took place, even
        // where the invitation that went before is still below.
        let lede = String(text.prefix(600))
        let toldAtTheTop = (pastForumVerbs.contains { lede.containsBytes($0) } || lede.containsBytes("den fragen") && lede.containsBytes("gestellt"))
            && panelWords.contains { lede.containsBytes($0) }
        // The election's procedure (the application period, the post's advertisement and pay,
        // the election committee) in two of its words: a notice of the official presentation
        // to come, not a report of one.
        let procedure = procedureWords.filter { text.containsBytes($0) }.count >= 2
        let announces = invitations >= 1 && reporting <= 1 || invitations >= 2 && reporting <= 3
            || invitations >= 4 && reporting <= 6 || procedure
        return announces && !toldAtTheTop ? .electionCoverage : .forumReport
    }

    /// "Jugendliche stellten Fragen an die Kandidaten", but not the offer to readers "Fragen an
    /// die Kandidaten zu stellen", which a newspaper's portrait series makes, nor questions sent
    /// in writing ("hat zwölf Fragen an die Kandidaten geschickt").
    private static func asksTheCandidates(_ text: String) -> Bool {
        occurs("fragen an", in: text) { found in
            let window = text[found.upperBound..<(text.index(found.upperBound, offsetBy: 60, limitedBy: text.endIndex) ?? text.endIndex)]
            let near = window.prefix(20)
            return (near.contains("kandidat") || near.contains("bewerber")) && window.contains("stell") && !window.contains("zu stellen")
        }
    }

    /// Whether a sentence speaks of the election itself: "wahl" or "wahlen" as a word's end
    /// ("Die Bürgermeisterwahl findet …"), not as the start of a forum's name ("Wahlforum").
    private static func namesTheElection(_ sentence: Substring) -> Bool {
        var rest = sentence[...]
        while let found = rest.range(of: "wahl") {
            let after = rest[found.upperBound...]
            if after.first.map({ !$0.isLetter }) ?? true || after.hasPrefix("en") && !(after.dropFirst(2).first?.isLetter ?? false) {
                return true
            }
            rest = after
        }
        return false
    }

    /// Whether an hour is named as a start to come ("um 19 Uhr", "ab 19 Uhr"), not as a moment
    /// of the evening told ("kurz vor 19 Uhr lief …", "gegen 20 Uhr").
    private static func announcesTime(_ time: String, in text: String) -> Bool {
        occurs(time, in: text) { found in
            let before = text[(text.index(found.lowerBound, offsetBy: -12, limitedBy: text.startIndex) ?? text.startIndex)..<found.lowerBound]
            return !toldTimeWords.contains(where: { before.hasSuffix($0) })
        }
    }

    private static let toldTimeWords = ["vor ", "gegen ", "bis ", "war ", "nach "]

    /// Whether `first` occurs with one of `then` at most `within` characters after it.
    private static func occurs(_ first: String, nearBefore then: [String], within: Int, in text: String) -> Bool {
        guard then.isEmpty || then.contains(where: { text.containsBytes($0) }) else { return false }
        return occurs(first, in: text) { found in
            let end = text.index(found.upperBound, offsetBy: within, limitedBy: text.endIndex) ?? text.endIndex
            let window = text[found.upperBound..<end]
            return then.isEmpty || then.contains(where: { window.contains($0) })
        }
    }

    /// Whether `needle` occurs somewhere `fits` accepts. A byte search first: most texts lack it.
    private static func occurs(_ needle: String, in text: String, where fits: (Range<String.Index>) -> Bool) -> Bool {
        guard text.containsBytes(needle) else { return false }
        var searchStart = text.startIndex
        while let found = text.range(of: needle, range: searchStart..<text.endIndex) {
            if fits(found) { return true }
            searchStart = found.upperBound
        }
        return false
    }

    /// How many reporting verbs the lower-cased text has, and whether it names an Austrian party.
    /// Words are split at ASCII bytes that are no letters: one pass over the bytes.
    private static func wordCounts(in text: String) -> (reporting: Int, austrian: Bool) {
        var reporting = 0
        var austrian = false
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        func word(to end: String.Index) {
            guard start < end else { return }
            let word = text[start..<end]
            if reportVerbs.contains(word) { reporting += 1 }
            if austrianWords.contains(word) { austrian = true }
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80, !(byte >= 0x61 && byte <= 0x7A) && !(byte >= 0x41 && byte <= 0x5A) {
                word(to: index)
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        word(to: bytes.endIndex)
        return (reporting, austrian)
    }

    /// Names of the event.
    private static let forumNames = [
        "podium", "podiumsdiskussion", "leserforum", "wählerforum", "-forum", "podiumsgespräch", "podiumsrunde", "wahlforum", "wahlpodium", "wahlarena",
        "kandidatencheck", "kandidatenrunde", "kandidatenforum", "kandidatenvorstellung", "kandidatenduell",
        "kandidatenabend", "diskussionsrunde", "diskussionsabend", "talkrunde", "gesprächsrunde", "bürgerforum",
        "elefantenrunde", "wahldebatte", "auf dem podium", "das podium", "beim podium", "am podium", "-podium",
        "zum podium", "podium des", "podium der", "schlagabtausch", "tv-duell", "im duell", "das duell", "„duell“",
        "wahl-duell", "kandidatenbefragung", "wahlhearing", "duell zwischen",
        "kandidatengrillen", "kandidaten-grillen", "kandidatenkür", "kräftemessen", "auf den zahn",
        "wahlkampfdiskussion", "kandidatendiskussion", "wahldiskussion", "vorstellungsrunde",
    ]

    /// Phrases that report one: "stellten sich … den Fragen", "Kandidaten … vorgestellt".
    private static let forumPhrases: [(first: String, then: [String], within: Int)] = [
        // Whole words: "Bürgermeisters" and "Wählergemeinschaft" say nothing of an audience.
        ("stellten sich", ["fragen", "bürgern", "bürgerinnen", "zuhörer", "publikum", "wählern", "diskussion", " vor"], 80),
        ("stellen sich", ["fragen", "bürgern", "bürgerinnen", "zuhörer", "publikum", "wählern", "diskussion", " vor"], 80),
        ("den fragen", ["stellten", "stellen"], 60),
        ("sich fragen", ["stellen", "stellten"], 30),
        ("kandidat", ["vorgestellt"], 120),
        ("vorstellung der", ["kandidat", "bewerber"], 30),
        ("diskussion mit", ["kandidat", "bewerber"], 40),
        ("diskutierten", ["kandidat", "bewerber"], 60),
        ("talk", ["kandidat"], 200),
        ("präsentierten sich", [], 0),
        ("präsentieren sich", ["kandidat", "bewerber"], 200),
        ("speed-dating", ["kandidat"], 300),
        ("speeddating", ["kandidat"], 300),
        ("trafen", ["aufeinander"], 80),
        ("aufeinandertreffen", ["kandidat", "bewerber"], 40),
        ("es diskutierten", [], 0),
        ("forum", ["wahl", "kandidat", "bewerber"], 60),
        ("duell der", ["kandidat", "bewerber"], 30),
    ]

    private static let panelEventWords = ["veranstaltung", "diskussion", "forum"]

    private static let discussionWords = [
        "diskussion", "debatte", "fragerunde", "publikum", "zuhörer", "moderator", "moderiert", "runde", "talk", "ticker",
    ]
    private static let panelWords = ["kandidaten", "kandidatinnen", "bewerber", "bewerberinnen", "kandidierende"]
    /// ("Bewerber" is looked for apart: "Asylbewerber" are none.)
    private static let electionWords = [
        "wahl", "kandidat", "stichwahl", "wahlkampf", "amtsinhaber", "herausforderer", "herausforderin",
    ]
    private static let localWords = [
        "bürgermeister", "landrat", "landrät", "gemeinderat", "stadtrat", "kreistag", "kommunalwahl", "rathaus",
        "verbandsgemeinde", "stadtoberhaupt", "gemeindeoberhaupt", "stadtverordnet", "ob-wahl", "ob-kandidat",
        "chefsessel", "kreisrat",
    ]
    /// "OB", in capitals: the lower-case "ob" is a conjunction.
    private static let mayorAbbreviations = [" OB ", " OB,", " OB.", "(OB)", "OB-", " OBs"]
    /// Elections and politics beyond a municipality: a national debate is no local forum.
    private static let nationalWords = GermanWords.nonLocalElections + [
        "bundespräsident", "hofburg", "nationalrat", "präsidentschaft", "vorwahl", "republikaner", "kanzlerkandidat",
    ]
    /// Whole words: "Spörer" is no SPÖ.
    private static let austrianWords: Set<Substring> = ["spö", "övp", "fpö", "neos"]
    private static let resultWords = [
        "auszählung", "ausgezählt", "endergebnis", "stimmbezirk", "wahlsieger", "gewählt worden",
        "prozent der stimmen", "wahlergebnis", "zwischenergebnis", "wahlbeteiligung", "das rennen gemacht", "gewinnt die",
        "gewann die",
    ]

    /// Reporting verbs, past and present: "sagte", "betonte", "war", "antwortet".
    private static let reportVerbs: Set<Substring> = [
        "sagt", "betont", "erklärt", "antwortet", "meint", "fordert", "kritisiert", "verspricht", "ergänzt", "begrüßt",
        "wirbt", "punktet", "kontert", "konterte", "sagte", "sagten", "betonte", "betonten", "erklärte", "erklärten",
        "stellte", "stellten", "war", "waren", "hatte", "hatten", "wurde", "wurden", "gab", "zeigte", "zeigten", "meinte",
        "meinten", "kam", "kamen", "ging", "saßen", "nahmen", "sprach", "sprachen", "antwortete", "antworteten", "fragte",
        "fragten", "forderte", "kritisierte", "diskutierten", "lobte", "versprach", "berichtete", "verwies", "fand", "fanden",
        "konnte", "konnten", "wollte", "wollten", "musste", "mussten", "ergänzte", "wirkte", "präsentierten", "punktete",
        "warb", "warben", "bekam", "erhielt", "hieß", "dankte", "begrüßte", "schilderte", "machte", "machten", "trafen",
        "berichtet", "spricht", "zeigt", "betonten", "trafen", "antworteten", "überzeugte", "überzeugten", "reagierte",
        "fragt", "lobt", "stellt", "bittet",
    ]

    /// A forum in the past tense: "diskutierten", "stellten sich".
    private static let pastForumVerbs = ["diskutierten", "stellten sich", "debattierten", "lieferten sich", "präsentierten sich"]

    /// Words that date the event before the article.
    private static let pastWords = ["gestern", "am vergangenen", "vergangene woche", "am vorabend", "so geschehen"]

    /// The hour an event begins: one invitation, however it is written.
    private static let timeWords = [
        "18 uhr", "18.30 uhr", "19 uhr", "19.30 uhr", "19:30 uhr", "19.00 uhr", "20 uhr", "20.00 uhr", "ab 17", "ab 18", "ab 19",
        "ab 20",
    ]

    /// The procedure of a mayoral election, as notices and council reports describe it.
    private static let procedureWords = [
        "bewerbungsfrist", "stellenausschreibung", "besoldung", "wahlausschuss", "bewerbungsunterlagen",
        "wählbarkeit", "einreichungsfrist", "wahlvorschläge",
    ]

    /// The reader addressed as the one who asks: an invitation.
    private static let readerAddresses = ["Ihre Fragen", "Ihren Fragen", "Ihre Frage "]

    /// An event still to come.
    private static let invitationWords = [
        "am montag,", "am dienstag,", "am mittwoch,", "am donnerstag,", "am freitag,", "am samstag,", "am sonntag,",
        "eintritt", "moderiert wird", "soll es", "kommt es", "einlass", "lädt", "laden zu", "laden ein", "findet am", "findet ab", "findet im", "findet in der",
        "findet statt", "beginn ist", "beginnt um", "werden sich", "können sich", "können fragen", "fragen stellen können",
        "am kommenden", "anmeldung", "ist es so weit", "wird moderiert", "moderieren wird",
        "werden rede und antwort", "stattfinden", "für montag,", "für dienstag,", "für mittwoch,", "für donnerstag,",
        "für freitag,", "für samstag,", "für sonntag,", "sind eingeladen", "am nächsten", "sollen sich", "übertragen werden",
        "ist geplant", "sind geplant", "eigene fragen", "live dabei", "live verfolgen", "wird live", "ist öffentlich",
    ]
}
