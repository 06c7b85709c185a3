import Foundation
import PodiumModel
import PodiumText

/// An organisation that organised or hosted a forum, with its long and short name together:
/// "Bundesverband mittelständische Unternehmen" and "BVMW".
public struct Organizer: Equatable, Sendable {
    public var name: String
    public var shortName: String?
    /// As the article wrote it.
    public var surface: String
}

/// Finds a forum's organisers in phrases such as "organisiert von", "die vom … organisiert
/// wurde", "eingeladen hatten", "Veranstalter war", "auf Einladung des …", "zu dem … geladen
/// hatten", "zu dieser X eingeladen hatte", "X und Y luden … ein" (and "Am Dienstag luden X und Y …
/// ein"), and in the names of the event: "Podiumsdiskussion des
/// Bauernverbands", "Wahlforum von A und B", "das Tageblatt-Podium". Names are stored in their
/// base form ("des Trierischen Volksfreunds" is the Trierischer Volksfreund). Lists ("der A, der B und die C") are split at commas, "und", "sowie" and "gemeinsam mit" ("Industrie- und
/// Handelskammer" stays whole). For example, the seed's
///
/// "die vom Wissenschafts-Innovationsverbund Kaiserslautern SIAK, Herzen Digital und dem
/// Bundesverband mittelständische Unternehmen (BVMW) organisiert wurde"
///
/// gives SIAK (Wissenschafts-Innovationsverbund Kaiserslautern), Herzen Digital and BVMW
/// (Bundesverband mittelständische Unternehmen).
enum OrganizerExtractor {
    private static let passiveVerbs = ["organisiert", "veranstaltet", "ausgerichtet", "initiiert"]
    private static let invitationVerbs = ["eingeladen", "geladen"]
    private static let articles: Set<String> = ["der", "die", "das", "dem", "den", "des", "vom", "von", "beim"]

    /// Stems of the words that all the phrases above contain; a paragraph without any is skipped.
    private static let cues = [
        "organisiert", "veranstalt", "gesprächsrunde", "ausgerichtet", "initiiert", "eingeladen", "geladen", "einladung", " lud",
        "podium", "forum", "diskussion", "arena", "kandidatenvorstellung", "duell", "wahlcheck", "kandidatencheck",
        "fragen de", "debatte", "redakt", "chef", "check", "stadtgespräch", "organisation", "organisator", "präsentierte", "beine gestellt",
    ]
    /// Names of the event, which the organiser's name follows ("Wahlforum der Zeitung") or
    /// precedes ("Zeitungs-Wahlforum").
    private static let eventNouns = [
        "fragen",
        "podiumsdiskussion", "podiumsgespräch", "wahlpodium", "podium", "wahlforum", "leserforum", "bürgerforum", "wahlarena",
        "kandidatenvorstellung", "kandidatenduell", "kandidatenrunde", "kandidatencheck", "wahlcheck", "gemeinschaftsveranstaltung",
        "diskussionsrunde", "diskussionsveranstaltung", "informationsveranstaltung", "duell", "wahl-duell", "talk", "forum",
        "wahldebatte", "kandidatenforum", "wahlforen", "podiumsdiskussionen", "gesprächsrunde", "einladung", "initiative",
        "eigeninitiative", "stadtgespräch", "veranstaltung", "wahlveranstaltung", "wahlkampfveranstaltung",
    ]
    /// First words of what follows an event's name but organises nothing: the people on the panel.
    private static let notOrganizers = [
        "kandidat", "bewerber", "bürgermeister", "oberbürgermeister", "ob-", "teilnehm", "zuhörer", "besucher", "wähler",
        "partei", "fraktion", "gäst", "kontrahent", "herausforder", "amtsinhaber", "landrat", "landrät", "spitzen",
        "stadtrat", "gemeinderat", "woche", "wahl", "jahr", "vergangen", "anwesend", "beiden", "drei", "vier", "fünf", "sechs",
        "zwei", "sieben", "acht", "anderen", "übrigen", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
        "sonntag", "stadtverordnet", "listen", "chefredakt", "redakteur", "leiter", "zuschauer", "leser", "anwesend", "frauen", "männer", "jungen", "junge", "themen", "zukunft", "politik",
        "publikum", "gemeinden", "verwaltungsfach", "moderator", "veranstalter", "organisator", "abend", "reihe", "serie",
    ]
    /// Names too general to be one on their own: "die Zeitung", "die Stadt" (but "Stadt Musterstadt").
    private static let genericNouns: Set<String> = [
        "zeitung", "veranstaltung", "redaktion", "stadt", "gemeinde", "verwaltung", "verein", "moderation", "organisation", "leitung",
    ]
    /// Whole first words of the same ("Bürgerinitiative" organises, "Bürger" do not).
    private static let notOrganizerWords = Set([
        "bürger", "bürgerinnen", "bürgern", "menschen", "leute", "journalisten", "journalistinnen", "jugend", "jugendliche",
        "jugendlichen", "schüler", "schülerinnen", "schülern", "einwohner", "einwohnerinnen", "eltern", "öffentlichkeit", "ob", "diskussion", "debatte",
    ]).union(GermanWords.months.keys)

    /// The organisers the paragraphs name. `place`, the article's municipality, names "die
    /// Stadt" ("Stadt Musterstadt") and tells which paper a short name means ("SZ", "TV").
    package static func organizers(in paragraphs: [String], place: Municipality? = nil, known: KnownOrganisations = .builtIn) -> [Organizer] {
        var found: [Organizer] = []
        var staffed: [Organizer] = []
        let context = Context(place: place, known: known)
        for paragraph in paragraphs {
            guard paragraph.containsAnyASCIIIgnoringCase(cues) else { continue }
            for sentence in sentences(paragraph) {
                for phrase in phrases(in: sentence, context) {
                    for organizer in split(phrase, context) where !found.contains(where: { $0.name == organizer.name }) {
                        found.append(organizer)
                    }
                }
                for organizer in staffsOutlets(in: sentence, context) where !staffed.contains(where: { $0.name == organizer.name }) {
                    staffed.append(organizer)
                }
            }
        }
        // A paper's journalists who run an evening no one else is named for have organised it; beside
        // a named host they only moderate ("geleitet von Blatt-Redakteurin X; Gastgeber war der Heimatverein").
        if found.isEmpty { found = staffed }
        // "MZ-Leserforum" where the text also names the "Marbacher Zeitung": the name in full.
        for index in found.indices where found[index].shortName == nil || found[index].shortName == found[index].name {
            if let full = spelledOut(found[index].name, in: paragraphs), !found.contains(where: { $0.name == full }) {
                found[index].shortName = found[index].name
                found[index].name = full
            }
        }
        // "MAZ", "die Märkische Allgemeine": one organisation under its known name.
        var known: [Organizer] = []
        for organizer in found.flatMap(context.canonical) where !known.contains(where: { $0.name == organizer.name }) {
            known.append(organizer)
        }
        // "Tageskurier" in a heading is the "Westpfälzischer Tageskurier" of the text; "Volkshochschule"
        // is the "Volkshochschule Lebach". "BBV" where the text also names the "Bayerischer
        // Bauernverband (BBV)": the one organiser.
        return known.filter { organizer in
            !known.contains {
                $0.name != organizer.name
                    && ($0.name.hasSuffix(" " + organizer.name) || $0.name.hasPrefix(organizer.name + " ") || $0.shortName == organizer.name)
            }
        }
    }

    /// What the article tells beyond its sentences: its place, and the organisations podium knows.
    private struct Context {
        var place: Municipality?
        var known: KnownOrganisations

        /// `organizer` under its known name: "MAZ" is the Märkische Allgemeine (MAZ), "BNN/BT"
        /// are two papers, "VHS Lebach" is the Volkshochschule Lebach; else as found.
        func canonical(_ organizer: Organizer) -> [Organizer] {
            let ags = place?.ags
            func named(_ entry: KnownOrganisations.Entry) -> Organizer {
                Organizer(name: entry.name, shortName: entry.abbreviation ?? organizer.shortName, surface: organizer.surface)
            }
            if let entry = known.entry(named: organizer.name, ags: ags) ?? organizer.shortName.flatMap({ known.entry(named: $0, ags: ags) }) {
                return [named(entry)]
            }
            let parts = organizer.name.split(whereSeparator: { $0 == "/" || $0 == "-" })
            if parts.count > 1, parts.allSatisfy({ $0.allSatisfy(\.isUppercase) }) {
                let entries = parts.compactMap { known.entry(named: $0, ags: ags) }
                if entries.count == parts.count { return entries.map(named) }
            }
            // "VHS Lebach": a body known everywhere, with the place it serves.
            let words = organizer.name.split(separator: " ", maxSplits: 1)
            if words.count == 2, let entry = known.entry(named: words[0], ags: ags), entry.areas.isEmpty, entry.name != words[0] {
                return [Organizer(name: entry.name + " " + words[1], shortName: organizer.name, surface: organizer.surface)]
            }
            return [organizer]
        }

        /// "die Stadt", "die Gemeinde", "die Verwaltung" as organisers: the article's own.
        func local(_ word: String) -> String? {
            guard let place else { return nil }
            switch word.lowercased() {
            case "stadt", "gemeinde", "stadtverwaltung", "gemeindeverwaltung": return word + " " + place.name
            case "verwaltung": return (place.officialName.hasSuffix("Stadt") ? "Stadtverwaltung " : "Gemeindeverwaltung ") + place.name
            default: return nil
            }
        }
    }

    /// Words after a hyphen that make the word before it a newsroom: "Volksfreund-Redakteuren",
    /// "GA-Chefredakteur", "BNN-Lokalchef", "RHEINPFALZ-Redaktion".
    private static let staffWords = [
        "redakteur", "redakteurin", "redakteure", "redakteuren", "redakteurinnen", "chefredakteur", "chefredakteurin",
        "redaktion", "lokalchef", "lokalchefin", "redaktionsleiter", "redaktionsleiterin", "regionalleiter", "regionalleiterin",
        "landkreischef", "lokalredakteur", "lokalredakteurin",
    ]

    /// The outlets whose journalists a forum report names ("Volksfreund-Redakteure"); only
    /// outlets podium knows count.
    private static func staffsOutlets(in sentence: String, _ context: Context) -> [Organizer] {
        guard sentence.containsAnyASCIIIgnoringCase(["-redakt", "chef", "leiter"]) else { return [] }
        return sentence.split(separator: " ").compactMap { word in
            let bare = word.trimmingScalars(where: { $0.isPunctuation && $0 != "-" })
            guard let hyphen = bare.lastIndex(of: "-"), staffWords.contains(bare[bare.index(after: hyphen)...].lowercased()),
                  let entry = context.known.entry(
                      named: bare[..<hyphen].trimmingScalars(where: { quotationMarks.contains(Character($0)) }), ags: context.place?.ags)
            else { return nil }
            return Organizer(name: entry.name, shortName: entry.abbreviation, surface: String(bare))
        }
    }

    /// The one name in the text whose words' initials spell `abbreviation` and that ends in a
    /// word organisations end in: "MAZ" → "Märkische Allgemeine Zeitung", "GA" → "General-Anzeiger".
    private static func spelledOut(_ abbreviation: String, in paragraphs: [String]) -> String? {
        let letters = Array(abbreviation)
        guard (2...4).contains(letters.count), letters.allSatisfy({ $0.isUppercase }) else { return nil }
        let pattern = letters.map { "\(NSRegularExpression.escapedPattern(for: String($0)))\\p{Ll}+" }.joined(separator: "[- ]")
        guard let expression = try? NSRegularExpression(pattern: "(?<![\\p{L}-])" + pattern + "(?![\\p{L}-])") else { return nil }
        var names = Set<String>()
        for paragraph in paragraphs where paragraph.contains(letters[letters.count - 1]) {
            for match in expression.matches(in: paragraph, range: NSRange(paragraph.startIndex..., in: paragraph)) {
                guard let range = Range(match.range, in: paragraph) else { continue }
                let name = String(paragraph[range])
                let last = name.split(whereSeparator: { $0 == " " || $0 == "-" }).last.map(String.init) ?? ""
                if organisationEndings.contains(where: { last.hasSuffix($0) }) { names.insert(name) }
            }
        }
        return names.count == 1 ? names.first : nil
    }

    private static let organisationEndings = GermanWords.newspaperNouns.union([
        "Rundfunk", "Verein", "Verband", "Kammer", "Bund", "Gemeinschaft", "Blatt",
    ])

    /// The noun phrases that name organisers in one sentence.
    private static func phrases(in sentence: String, _ context: Context) -> [(text: Substring, genitive: Bool)] {
        var phrases: [(Substring, Bool)] = []
        let lower = sentence.fastLowercased()
        // The same place in the sentence as `index` in its lower-cased copy, which has as many characters.
        func at(_ index: String.Index) -> String.Index {
            sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: index))
        }
        phrases += eventPhrases(in: sentence, lower: lower, context)
        // "organisiert von X", "veranstaltet von der X"
        for verb in passiveVerbs {
            if let range = lower.byteRange(of: verb + " von ") ?? lower.byteRange(of: verb + " vom ") {
                let start = at(range.upperBound)
                // A name may hold a verb ("Bündnis Musterstadt bekennt Farbe") where the sentence ends
                // after it; else the names end at the clause's verb ("… eröffnete die Vorsitzende den Abend").
                let rest = sentence[start...]
                let names = nounPhrases(rest)
                phrases.append((rest[names.endIndex...].split(separator: " ").count <= 2 ? rest : names, false))
            }
        }
        // "die vom X organisiert wurde", "wurde von der X organisiert", "waren vom X eingeladen worden"
        for verb in passiveVerbs + ["eingeladen worden"] {
            guard let verbRange = lower.byteRange(of: " " + verb) else { continue }
            let head = lower[..<verbRange.lowerBound]
            if let von = head.byteRange(of: " vom ", backwards: true) ?? head.byteRange(of: " von ", backwards: true) {
                let start = at(von.upperBound)
                let end = at(verbRange.lowerBound)
                phrases.append((sentence[start..<end], false))
            }
        }
        // "Veranstalter war X", "Eingeladen hatten X", "Auf Einladung des X": open-ended, so the
        // phrase ends at a comma or at the sentence's next verb ("… beantworteten").
        for cue in ["veranstalter war ", "veranstalter waren ", "eingeladen hatten ", "eingeladen hatte ", "auf einladung "] {
            if let range = lower.byteRange(of: cue) {
                let start = at(range.upperBound)
                var phrase = sentence[start...]
                // "Auf Einladung der A, der B und der C": a list runs on where an article follows the comma.
                if let comma = listEnd(phrase) { phrase = phrase[..<comma] }
                phrases.append((nounPhrases(phrase), cue == "auf einladung "))
            }
        }
        // "X luden zur Diskussion ein": the subject before the verb.
        for verb in [" luden ", " lud "] {
            guard let range = lower.byteRange(of: verb),
                  lower.hasSuffix(" ein.") || lower.hasSuffix(" ein") || lower.containsBytes(" ein ")
                    || ["zu ", "zum ", "zur "].contains(where: { lower[range.upperBound...].hasPrefix($0) }) else { continue }
            let end = at(range.lowerBound)
            // "26.3.2018 – Das Kreisblatt lud …": the subject after a dash or a colon.
            let clause = [": ", " – "].compactMap { sentence[..<end].range(of: $0, options: .backwards)?.upperBound }.max()
            let subject = sentence[(clause ?? sentence.startIndex)..<end].drop(while: { $0 == " " })
            // "Zu dem Forum luden sie ein": no subject before the verb; "Am Dienstag luden die Zeitung
            // und das Theater zu einer Diskussion ein": the subject after it.
            if let first = subject.split(separator: " ").first?.lowercased(),
               ["zu", "zum", "zur", "in", "im", "am", "an", "auf", "bei", "beim", "nach", "für", "dazu", "daher", "deshalb"].contains(first) {
                if let names = Self.subjectAfterVerb(sentence[sentence.index(end, offsetBy: verb.count)...]) { phrases.append((names, false)) }
                continue
            }
            phrases.append((subject, false))
        }
        // "Zu diesem Anlass veranstalteten der Rundfunk und die Zeitung gemeinsam eine
        // Podiumsdiskussion": after a fronted phrase the subject follows the verb.
        for verb in [" veranstalteten ", " veranstaltete ", " organisierten ", " organisierte "] {
            guard let range = lower.byteRange(of: verb) else { continue }
            let start = at(range.upperBound)
            if let names = Self.subjectAfterVerb(sentence[start...]) { phrases.append((names, false)) }
        }
        // "Zum dritten Mal hatten A, B und C zum Treff eingeladen", "hatte der X mit der Y … eingeladen",
        // "Die X hatte … eingeladen, um …", "Die X hatte die Bewerber aufs Podium gebeten": a clause
        // that ends with the participle.
        // Each phrase below is looked for only where a word it needs stands: most sentences have none.
        if lower.containsBytes(" ha"), let participle = ["eingeladen", "geladen", "veranstaltet", "organisiert", "ausgerichtet", "beine gestellt", "podium gebeten", "podium geholt"]
            .lazy.compactMap({ clauseEnd(of: $0, in: lower) }).first {
            let clause = lower[..<participle.lowerBound]
            for aux in [" hatten ", " hatte ", " haben ", " hat "] {
                guard let range = clause.byteRange(of: aux) else { continue }
                let start = at(range.upperBound)
                let end = at(range.lowerBound)
                // "Die Volkshochschule hatte gemeinsam mit dem Jugendreferat … eingeladen", "Der
                // Gewerkschaftsbund hat Ende August eine Podiumsdiskussion veranstaltet": the subject before the verb.
                if let subject = subjectBefore(sentence[..<end]) {
                    phrases.append((subject, false))
                    let after = nounPhrases(sentence[start...])
                    if let partner = ["gemeinsam mit ", "zusammen mit "].first(where: { after.hasPrefix($0) }) {
                        phrases.append((after.dropFirst(partner.count), false))
                    }
                    break
                }
                // "hatte heute früh die X … eingeladen": past a time told after the verb, only a
                // name with its article ("hat Ende August eine Diskussion veranstaltet" has none).
                let told = lower[range.upperBound...].split(separator: " ").prefix(3).prefix { Self.timeWords.contains(String($0)) }
                let nameStart = told.last.map { at(lower.index(after: $0.endIndex)) } ?? start
                // The list runs on past its commas: "hatten A, B und C … eingeladen".
                let subject = nounPhrases(sentence[nameStart...]).drop { Self.quotationMarks.contains($0) }
                if told.isEmpty && subject.first?.isUppercase == true || subject.hasPrefix("der ") || subject.hasPrefix("die ") || subject.hasPrefix("das ") {
                    var phrase = subject
                    for cut in [" zur ", " zum ", " am ", " im ", " in "] {
                        if let found = phrase.byteRange(of: cut) { phrase = phrase[..<found.lowerBound] }
                    }
                    phrases.append((phrase, false))
                }
                break
            }
        }
        // "Eingeladen und organisiert wurde der Abend durch die X", "Veranstaltet wurde die Aktion vom X".
        if lower.containsBytes(" wurde"), let passive = ["organisiert wurde", "veranstaltet wurde", "eingeladen wurde", "ausgerichtet wurde"].lazy
            .compactMap({ lower.byteRange(of: $0) }).first {
            let rest = lower[passive.upperBound...]
            if let by = [" durch die ", " durch den ", " durch das ", " vom ", " von der ", " von den ", " von dem "].lazy
                .compactMap({ rest.byteRange(of: $0) }).first {
                let start = at(by.upperBound)
                phrases.append((nounPhrases(sentence[start...]), false))
            }
        }
        // "Als Veranstalter hatte der Kreisjugendring …": the subject after the verb.
        if let range = lower.byteRange(of: "als veranstalter "), let verbEnd = lower[range.upperBound...].firstIndex(of: " ") {
            let start = sentence.index(after: at(verbEnd))
            if let names = Self.subjectAfterVerb(sentence[start...]) { phrases.append((names, false)) }
        }
        // "ein Podium, die die Gemeinde mit der Zeitung veranstaltete", "als die Zeitung den Check
        // veranstaltete": a clause whose verb comes last, its subject after the pronoun or "als".
        for verb in clauseFinalVerbs where lower.containsBytes("ierte") || lower.containsBytes("tete") {
            guard let verbRange = clauseEnd(of: verb, in: lower) else { continue }
            let head = lower[..<verbRange.lowerBound]
            guard let opener = [", die ", ", den ", ", das ", ", der ", " als "].compactMap({ head.byteRange(of: $0, backwards: true) })
                .max(by: { $0.upperBound < $1.upperBound }) else { continue }
            let start = at(opener.upperBound)
            let end = at(verbRange.lowerBound)
            let subject = nounPhrases(sentence[start..<end])
            if ["der ", "die ", "das "].contains(where: { subject.hasPrefix($0) }) { phrases.append((subject, false)) }
        }
        // "vertritt den Jugendrat, der auch Veranstalter ist": the name before the pronoun.
        for pronoun in [", der ", ", die ", ", das "] where lower.containsBytes("veranstalter") {
            guard let range = lower.byteRange(of: pronoun),
                  lower[range.upperBound...].split(separator: " ").prefix(3).contains(where: { $0.hasPrefix("veranstalter") }) else { continue }
            let head = sentence[..<at(range.lowerBound)]
            if let article = [" der ", " die ", " das ", " den ", " dem ", " des "].compactMap({ head.range(of: $0, options: .backwards) })
                .max(by: { $0.upperBound < $1.upperBound }) {
                phrases.append((head[article.upperBound...], false))
            }
        }
        // "X, Vorsitzende des Heimatvereins Nordtal und Mitorganisatorin": the body its head
        // organised the evening for.
        // Only the first head: others the sentence names ("begrüßte die Vorsitzende der Synode") are guests.
        if lower.containsBytes("organisator") || lower.containsBytes("der veranstalter"),
           let range = ["vorsitzende", "vorsitzender", "leiterin", "leiter", "sprecherin", "sprecher"]
            .flatMap({ head in [" \(head) des ", " \(head) der "] }).compactMap({ lower.byteRange(of: $0) })
            .min(by: { $0.lowerBound < $1.lowerBound }) {
            let start = at(range.upperBound)
            let article = sentence.index(start, offsetBy: -4)
            phrases.append((sentence[article..<eventNounPhrase(sentence[start...]).endIndex], sentence[article...].hasPrefix("des ")))
        }
        // "Dank an A, B und C für die Organisation": those thanked for it.
        if let thanks = lower.byteRange(of: "dank an "),
           let reason = [" für die organisation", " für die einladung", " für die ausrichtung"].lazy
            .compactMap({ lower[thanks.upperBound...].byteRange(of: $0) }).first {
            let start = at(thanks.upperBound)
            let end = at(reason.lowerBound)
            phrases.append((sentence[start..<end], false))
        }
        // "zu dem X eingeladen hatten", "zu dem A, B und C eingeladen haben", "wo X zur Diskussion eingeladen hatte"
        for verb in invitationVerbs {
            guard let verbRange = lower.byteRange(of: " " + verb + " hatte") ?? lower.byteRange(of: " " + verb + " hat")
                    ?? lower.byteRange(of: " " + verb + " haben") else { continue }
            let head = lower[..<verbRange.lowerBound]
            guard let opener = [", zu dem ", ", zu der ", ", zu dieser ", ", zu diesem ", ", wo ", "zu dem ", "zu der "]
                .compactMap({ head.byteRange(of: $0, backwards: true) }).first
            else { continue }
            let start = at(opener.upperBound)
            var end = at(verbRange.lowerBound)
            // Cut the place or occasion: "… zur Podiumsdiskussion", "… in die Festhalle".
            for cut in [" zur ", " zum ", " in die ", " in den ", " ins ", " in das ", " im ", " am ", " in der "] {
                if let range = sentence[start..<end].byteRange(of: cut) { end = min(end, range.lowerBound) }
            }
            phrases.append((sentence[start..<end], false))
        }
        return phrases
    }

    /// "Podiumsdiskussion des Schwarzwälder Boten", "Wahlforum von A und B", "die WLZ-Podiumsdiskussion".
    private static func eventPhrases(in sentence: String, lower: String, _ context: Context) -> [(text: Substring, genitive: Bool)] {
        var phrases: [(Substring, Bool)] = []
        let words = sentence.split(separator: " ")
        for (index, word) in words.enumerated() {
            let bare = word.trimmingScalars(where: { $0.isPunctuation && $0 != "-" })
            let lowered = bare.lowercased()
            // "Tageblatt-Podium", "WAZ-Kandidaten-Check": the part before the event's name, when it is a name.
            if let hyphen = bare.indices.first(where: { index in
                guard bare[index] == "-" else { return false }
                let noun = bare[bare.index(after: index)...].lowercased().replacingOccurrences(of: "-", with: "")
                return eventNouns.contains(noun) && !noun.hasSuffix("veranstaltung")
            }) {
                let prefix = bare[..<hyphen]
                // "Main-Post-Wahlarena": every part of the name capitalised. "TV-Forum" is the
                // Trierischer Volksfreund's only where that paper is at home.
                if let first = prefix.first, first.isUppercase, prefix.count >= 2,
                   prefix.split(separator: "-").allSatisfy({ $0.first?.isUppercase == true }),
                   !notOrganizers.contains(where: { prefix.lowercased().hasPrefix($0) }),
                   !compoundStoplist.contains(prefix.lowercased()) || context.known.entry(named: prefix, ags: context.place?.ags) != nil {
                    phrases.append((prefix, false))
                }
                continue
            }
            // "Podiumsdiskussion des …", "Wahlforum von …": the name after the event's.
            guard eventNouns.contains(where: { lowered == $0 || lowered == $0 + "s" || lowered == $0 + "en" }),
                  word.last?.isPunctuation != true, index + 2 < words.count else { continue }
            // "zum Wahlforum Greiz der Zeitung": the article's place may stand between.
            let place = context.place.map { words[index + 1] == $0.name } == true
            guard !place || index + 3 < words.count else { continue }
            let joiner = index + (place ? 2 : 1)
            let next = words[joiner].lowercased()
            // "die Veranstaltung vom Saal in die Halle verlegt": an event that is only a "Veranstaltung"
            // names its host in the genitive alone.
            let genitiveOnly = lowered.hasSuffix("veranstaltung")
            guard ["des", "der"].contains(next) || !genitiveOnly && ["von", "vom", "beim"].contains(next) else { continue }
            var start = joiner + 1
            // "von der Zeitung", "von dem Verein"
            if ["der", "dem", "den", "des", "die"].contains(words[start].lowercased()), start + 1 < words.count { start += 1 }
            let first = words[start].lowercased()
            guard words[start].first?.isUppercase == true, !notOrganizers.contains(where: { first.hasPrefix($0) }),
                  !notOrganizerWords.contains(first.trimmingScalars(where: \.isPunctuation).lowercased()),
                  !GivenNames.builtIn.isGivenName(words[start]) else { continue }
            // "den Fragen der Kielerinnen und Kieler": the people of a place ask, they organise nothing.
            if lowered == "fragen", ["innen", "er", "ern"].contains(where: { first.trimmingScalars(where: \.isPunctuation).hasSuffix($0) }) {
                continue
            }
            let text = sentence[words[joiner].startIndex...]
            phrases.append((eventNounPhrase(text), next == "des"))
        }
        return phrases
    }

    /// Endings of bodies whose genitive is part of their name: "Verband der …", "Schülervertretung des …".
    private static let bodyEndings = [
        "verband", "verein", "kreis", "bund", "gemeinschaft", "vereinigung", "kammer", "initiative", "rat", "ausschuss",
        "vertretung", "freunde",
    ]

    /// Verbs that end a clause whose subject organised the event.
    private static let clauseFinalVerbs = [
        "veranstaltete", "veranstalteten", "organisierte", "organisierten", "ausrichtete", "ausrichteten", "präsentierte", "präsentierten",
    ]

    /// Heads of bodies whose name follows them: "des Theaters Bautzen", "des Jugendtreffs Oase".
    private static let genitiveHeads = bodyEndings + ["theater", "treff", "forum", "haus", "zentrum", "werk", "bündnis", "ring", "gremium", "komitee", "netzwerk"]

    /// Words that open a time told after the verb: "hat Ende August", "hatte am Dienstag".
    private static let timeWords = Set([
        "ende", "anfang", "mitte", "am", "im", "vor", "zuletzt", "bereits", "schon", "kürzlich", "jüngst", "gestern", "heute",
        "erneut", "wieder", "nun", "jetzt", "früh", "abend",
    ]).union(GermanWords.months.keys)

    /// Words before an event's name that are no organiser ("Live-Podium", "TV-Duell").
    private static let compoundStoplist: Set<String> = [
        "live", "tv", "online", "video", "radio", "wahl", "jugend", "eröffnungs", "abschluss", "auftakt", "stichwahl",
        "kandidaten", "experten", "bürger", "leser", "zuschauer", "web", "internet", "facebook", "youtube", "stream",
        "polit", "cd", "dvd", "mini", "groß", "sommer", "winter", "frühjahrs", "herbst", "ob",
    ]

    /// The organisers' names after "des", "der", "von": capitalised words, joined by "und",
    /// "für", articles and hyphens, up to a comma, a stop or another word ("in der Halle").
    private static func eventNounPhrase(_ phrase: Substring) -> Substring {
        var end = phrase.startIndex
        let joiners: Set<String> = ["der", "die", "das", "des", "dem", "den", "und", "für", "von", "vom", "sowie", "e.V.", "e.", "V."]
        for word in phrase.split(separator: " ") {
            let bare = word.trimmingScalars(where: { $0.isPunctuation && $0 != "-" && $0 != "(" && $0 != ")" })
            guard let first = bare.first, first.isUppercase || joiners.contains(String(bare)) || first == "(" else { break }
            end = word.endIndex
            if word.last.map({ $0 == "," || $0 == "." || $0 == ":" || $0 == ";" || $0 == "!" || $0 == "?" }) == true { break }
        }
        var text = phrase[..<end]
        // A joiner never ends a name: "… und" or "… der" is cut.
        while let last = text.split(separator: " ").last, joiners.contains(String(last)) || last == "(" {
            text = text[..<last.startIndex]
            while text.last == " " { text = text.dropLast() }
        }
        return text
    }

    private static let connectors: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "und", "für", "von", "vom", "zur", "zum", "in", "am", "an",
        "gemeinsam", "zusammen", "mit", "sowie", "e.V.", "e.", "V.",
    ]

    private static let quotationMarks: Set<Character> = ["„", "“", "”", "\"", "»", "«", "‚", "‘", "’"]

    /// Where `verb` ends a clause of the lower-cased sentence: before a stop, a comma, a semicolon,
    /// "und" ("… aufs Podium gebeten und dann befragt") or the end.
    private static func clauseEnd(of verb: String, in lower: String) -> Range<String.Index>? {
        [" \(verb).", " \(verb),", " \(verb);", " \(verb) und "].lazy.compactMap { lower.byteRange(of: $0) }.first
            ?? (lower.hasSuffix(" " + verb) ? lower.byteRange(of: " " + verb, backwards: true) : nil)
    }

    /// The subject that ends where `head` ends, when it is all of the sentence's start (or of what
    /// follows its colon) and opens with an article: "Die Ruhr Nachrichten (hatten …)",
    /// "Dazu: Die Schülervertretung (hatte …)"; nil for "Am Dienstag (hatte …)".
    private static func subjectBefore(_ head: Substring) -> Substring? {
        let start = head.range(of: ": ", options: .backwards).map { head[$0.upperBound...] } ?? head
        let subject = start.drop { $0 == " " }
        guard ["Der ", "Die ", "Das "].contains(where: { subject.hasPrefix($0) }), nounPhrases(subject).endIndex == subject.endIndex else { return nil }
        return subject
    }

    /// The subject that follows its verb after a fronted phrase, up to what the event is for:
    /// "(Am Dienstag luden) die Zeitung und das Theater | zu einer Diskussion ein". Only names
    /// with their article: "luden sie ein" has none.
    private static func subjectAfterVerb(_ rest: Substring) -> Substring? {
        var names = nounPhrases(rest)
        // "zu einer Diskussion", "zum Forum" end the subject; "die IHK zu Rostock" is a name.
        for cut in [" zum ", " zur "] {
            if let found = names.byteRange(of: cut) { names = names[..<found.lowerBound] }
        }
        if let found = names.byteRange(of: " zu "), names[found.upperBound...].first?.isLowercase == true {
            names = names[..<found.lowerBound]
        }
        return names.hasPrefix("der ") || names.hasPrefix("die ") || names.hasPrefix("das ") ? names : nil
    }

    /// The first comma of `phrase` that no article follows: where a list of names ends.
    private static func listEnd(_ phrase: Substring) -> Substring.Index? {
        var rest = phrase[...]
        while let comma = rest.firstIndex(of: ",") {
            let after = rest[rest.index(after: comma)...].drop { $0 == " " }
            guard ["der ", "die ", "das ", "dem ", "den ", "des "].contains(where: { after.hasPrefix($0) }) else { return comma }
            rest = after
        }
        return nil
    }

    /// The start of `phrase` up to the first lower-case word that does not join names
    /// (a verb such as "beantworteten").
    private static func nounPhrases(_ phrase: Substring) -> Substring {
        var end = phrase.startIndex
        let words = phrase.split(separator: " ")
        for (index, word) in words.enumerated() {
            let bare = word.trimmingScalars(where: \.isPunctuation)
            // "Landeszentrale für politische Bildung": an adjective before a noun of the name.
            let adjective = ["ische", "ischen", "liche", "lichen"].contains { bare.hasSuffix($0) }
                && index + 1 < words.count && words[index + 1].first?.isUppercase == true
            // A dash opens another clause: "vom Jugendhaus – und OB X eröffnete …".
            if word == "–" || word == "-" { break }
            // "die IHK zu Rostock", "die Universität zu Köln": "zu" before a name is part of it.
            let ofAPlace = word == "zu" && index + 1 < words.count && words[index + 1].first?.isUppercase == true
            if let first = bare.first, first.isLowercase, !adjective, !ofAPlace, !connectors.contains(String(word)), !connectors.contains(String(bare)) {
                break
            }
            end = word.endIndex
        }
        return phrase[..<end]
    }

    /// Splits "X, Y und dem Z (ZZ)" into organisers.
    private static func split(_ phrase: (text: Substring, genitive: Bool), _ context: Context) -> [Organizer] {
        var text = Array(phrase.text.trimmingScalars(where: { $0 == " " || $0 == "." || $0 == ";" || $0 == ":" || $0 == "," }).utf8)
        // "X in Zusammenarbeit mit dem Y", "X mit der Y": the article stays, for Y's case.
        for separator in [" in Zusammenarbeit mit ", " in Kooperation mit ", " gemeinsam mit ", " zusammen mit "] {
            mark(separator, in: &text)
        }
        for article in ["der", "dem", "den"] { mark(" mit \(article) ", in: &text, keeping: article + " ") }
        for separator in [" sowie ", ", "] {
            mark(separator, in: &text)
        }
        // " und " splits, but not in "Industrie- und Handelskammer".
        mark(" und ", in: &text, unlessAfter: UInt8(ascii: "-"))
        return String(decoding: text, as: UTF8.self).split(separator: listBreak).compactMap { part in
            // "die „Freie Presse“": the name without its quotation marks.
            var words = part.split(separator: " ").compactMap { word -> String? in
                let bare = word.trimmingScalars(where: { quotationMarks.contains(Character($0)) })
                return bare.isEmpty ? nil : String(bare)
            }
            var genitive = phrase.genitive
            var article: String? = nil
            while let first = words.first, articles.contains(first.lowercased()) {
                if first.lowercased() == "des" { genitive = true }
                article = first.lowercased() == "beim" ? "dem" : first.lowercased()
                words.removeFirst()
            }
            // A name ends where an article follows a word of it: "Theater Bautzen die Positionen";
            // but a body's genitive belongs to its name: "Kreisverband der Landfrauen".
            if let cut = words.indices.dropFirst().first(where: { index in
                let before = words[index - 1].lowercased()
                let genitiveOfABody = ["der", "des"].contains(words[index].lowercased()) && bodyEndings.contains { before.hasSuffix($0) }
                return articles.contains(words[index].lowercased()) && !joining.contains(before) && !genitiveOfABody
            }) {
                // "Autohaus Winkelheide an der Hauptstraße": the address is no part of the name.
                let preposition = ["an", "in", "auf", "bei", "aus"].contains(words[cut - 1].lowercased())
                words = Array(words[..<(preposition ? cut - 1 : cut)])
            }
            // "Kandidatenvorstellung der Gemeinde": the article's municipality.
            if words.count == 1, let local = context.local(String(words[0].trimmingScalars(where: \.isPunctuation))) {
                return Organizer(name: local, shortName: nil, surface: String(part.trimmingScalars(where: \.isBlank)))
            }
            // "die Zeitung gemeinsam (präsentierten)": a joining word never ends a name ("e. V." does).
            while let last = words.last, connectors.contains(last), last.first?.isLowercase == true, !last.hasPrefix("e.") {
                words.removeLast()
            }
            // "Hampe (Bürger für Stadt", "Land)": a list split inside brackets names no one.
            let brackets = words.joined().reduce(into: 0) { depth, character in depth += character == "(" ? 1 : character == ")" ? -1 : 0 }
            guard brackets == 0, let first = words.first, first.first?.isUppercase == true, (1...10).contains(words.count),
                  !(words.count <= 3 && GivenNames.builtIn.isGivenName(first)),
                  !notOrganizers.contains(where: { first.lowercased().hasPrefix($0) }),
                  !notOrganizerWords.contains(first.trimmingScalars(where: \.isPunctuation).lowercased()),
                  !(words.count == 1 && genericNouns.contains(first.trimmingScalars(where: \.isPunctuation).lowercased())),
                  !words.contains(where: { word in ["moderator", "redakteur", "journalist", "organisator"].contains { word.lowercased().contains($0) } }),
                  !eventNouns.contains(words[words.count - 1].lowercased()) else { return nil }
            var shortName: String? = nil
            if let last = words.last, last.hasPrefix("("), last.hasSuffix(")") {
                shortName = String(last.dropFirst().dropLast())
                words.removeLast()
            } else if words.count > 1, let last = words.last, last.count >= 2, last.allSatisfy({ $0.isUppercase || $0.isNumber }),
                      !words[words.count - 2].allSatisfy({ $0.isUppercase || !$0.isLetter }) {
                shortName = last
                words.removeLast()
            }
            // The genitive's "-s" is the head's: the last word's ("des Trierischen Volksfreunds"), or
            // the first's when a body's name follows it ("des Bürgervereins Altes Pastorenhaus").
            if genitive, !words.isEmpty {
                let head = words.count > 1 && genitiveHeads.contains { words[0].lowercased().hasSuffix($0 + "s") } ? 0 : words.count - 1
                let word = words[head]
                if word.count > 4, !word.allSatisfy(\.isUppercase) {
                    words[head] = word.hasSuffix("es") && word.count > 6 ? String(word.dropLast(2)) : word.hasSuffix("s") ? String(word.dropLast()) : word
                }
            }
            words = baseForm(words, after: article)
            guard !words.isEmpty else { return shortName.map { Organizer(name: $0, shortName: $0, surface: String(part)) } }
            return Organizer(name: words.joined(separator: " "), shortName: shortName, surface: String(part.trimmingScalars(where: \.isBlank)))
        }
    }

    private static let listBreak: Character = "\u{1F}"
    /// Words after which an article still belongs to a name: "Industrie- und Handelskammer der Pfalz".
    private static let joining: Set<String> = ["und", "für", "von", "vom", "sowie", "mit", "kammer"]

    /// Feminine heads: an adjective before them ends in "-e" ("die Sächsische Zeitung").
    private static let feminineEndings = [
        "zeitung", "schule", "kammer", "stadt", "gemeinde", "akademie", "initiative", "familie", "post", "rundschau", "presse",
        "allgemeine", "gemeinschaft", "vereinigung", "union", "hochschule", "universität", "stiftung", "kirche", "gruppe",
        "landeszentrale", "zentrale", "redaktion", "verwaltung", "agentur", "werkstatt", "bühne", "bewegung", "jugend", "kreisgruppe",
        "nachrichten", "neuesten", "blätter",
    ]
    /// Neuter heads: an adjective before them ends in "-es" ("das Freie Wort" aside, "Tageblatt").
    private static let neuterEndings = ["blatt", "theater", "forum", "bündnis", "netzwerk", "institut", "zentrum", "büro", "haus", "werk", "radio", "fernsehen"]

    /// The name in the nominative without its article: "Trierischen Volksfreund" after "des"
    /// or "dem", and "Trierische Volksfreund" after "der", are "Trierischer Volksfreund";
    /// "Sächsischen Zeitung" after "der" is "Sächsische Zeitung"; "Boten" is "Bote".
    private static func baseForm(_ words: [String], after article: String?) -> [String] {
        // Without an article only the dative's "-em" tells the case: "von Saarländischem Rundfunk".
        guard article.map({ ["des", "dem", "der", "den", "vom", "das"].contains($0) }) ?? words.contains(where: { $0.hasSuffix("em") }),
              let head = words.last?.lowercased() else { return words }
        let article = article ?? "dem"
        var words = words
        let feminine = feminineEndings.contains { head.hasSuffix($0) }
        let neuter = neuterEndings.contains { head.hasSuffix($0) }
        if ["des", "dem", "vom", "den"].contains(article), head.hasSuffix("boten") {
            words[words.count - 1] = String(words[words.count - 1].dropLast())
        }
        // Adjectives before the head, capitalised words in "-schen", "-igen", "-lichen", or in
        // "-em" after "dem" ("Trierischen", "Saarländischem", "Mitteldeutschen"); nouns in
        // "-en" ("Freunden") stay.
        for index in words.indices.dropLast() {
            let word = words[index]
            // "der Trierische Volksfreund": the nominative after an article ends in "-e".
            let nominative = word.hasSuffix("e") && ["der", "das"].contains(article) && !feminine
            guard word.first?.isUppercase == true, word.hasSuffix("en") || word.hasSuffix("em") || nominative else { continue }
            let stem = String(word.dropLast(nominative ? 1 : 2))
            guard ["sch", "ig", "lich", "est"].contains(where: { stem.hasSuffix($0) }) else { continue }
            words[index] = feminine ? stem + "e" : neuter ? stem + "es" : stem + "er"
        }
        return words
    }

    /// Replaces each occurrence of `separator` in `text` (UTF-8), from the left, by ``listBreak``
    /// and `keeping`, except where the byte before it is `unlessAfter`.
    private static func mark(_ separator: String, in text: inout [UInt8], unlessAfter excluded: UInt8? = nil, keeping kept: String = "") {
        let pattern = Array(separator.utf8)
        guard text.count >= pattern.count else { return }
        var marked: [UInt8] = []
        marked.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if text[index] == pattern[0], index + pattern.count <= text.count,
               text[index..<index + pattern.count].elementsEqual(pattern),
               excluded == nil || index == 0 || text[index - 1] != excluded {
                marked.append(listBreak.asciiValue!)
                marked += Array(kept.utf8)
                index += pattern.count
            } else {
                marked.append(text[index])
                index += 1
            }
        }
        text = marked
    }

    private static func sentences(_ paragraph: String) -> [String] {
        // Scalar by scalar, the sentence so far a slice: no string is built a character at a time.
        var sentences: [String] = []
        let scalars = paragraph.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            guard scalar == "." || scalar == "!" || scalar == "?" else { continue }
            let sentence = scalars[start..<index]
            let lastWord = sentence.lastIndex(of: " ").map { sentence[sentence.index(after: $0)...] } ?? sentence
            // "der Verein e. V., der …", "Am Dienstag, den 19. Mai": an abbreviation, a stop before
            // a comma and a day's number end no sentence.
            let word = String(lastWord)
            let abbreviation = word == "e." || word == "V." && String(sentence).hasSuffix("e. V.")
                || index < scalars.endIndex && scalars[index] == ","
                || word.count > 1 && word.dropLast().allSatisfy(\.isNumber)
            if !abbreviation, !GermanWords.titles.contains(word) {
                sentences.append(String(sentence))
                start = index
            }
        }
        if scalars[start...].contains(where: { !$0.isBlank }) { sentences.append(String(scalars[start...])) }
        return sentences
    }
}
