import Foundation
import PodiumModel
import PodiumText

/// Finds the municipality an article is about from its text, when its metadata names none.
///
/// Each mention of a place weighs by what names it as the article's place; the place that
/// weighs most is taken when it is the only one, or weighs at least 2 and more than twice any
/// other, since a wrong place is worse than none:
/// - a strong cue weighs 3: "Gemeinde X" for any place, "Stadt X" for a town, the election
///   ("Bürgermeisterwahl X"), a venue ("im Bürgerhaus in X", "in der Stadtkirche X"), and a
///   dateline ("X. Die Kandidaten …", "X – …", "X (…)", "X/…", "Neustadt in Sachsen, 3. Mai"
///   at the start of one of the first lines, also in capitals; not an item of a list);
/// - "in X", "aus X", "nach X" weigh 2 for places of 5,000 people or more that are not
///   homographs; "Bürgermeister von X", "Rathaus in X" weigh 3 for any place, and so does a
///   town's adjective before its offices ("Glandorfer Bürgermeisterkandidaten", 2);
/// - the name alone weighs 1 for places of 10,000 people or more, unless it is also a common
///   word or surname (`data/place-name-homographs.csv`: "Essen", "Hagen"), and so does the
///   adjective of a town of 20,000 or more ("Landauer Festhalle") unless a newspaper or a
///   street is named so ("Saarbrücker Zeitung", "Mainzer Straße");
/// - a mention in the first line (the title) weighs one more;
/// - a name after an article or determiner ("an dieser Stelle", "im Norden") is a common noun,
///   and then no mention of it counts; names that nearly always mean a place abroad ("Rom")
///   never count; "Landkreis X" speaks of the district; a name after a given name, a club or a
///   memorial ("Jana Salzwedel", "Bayer Leverkusen", "KZ Dachau") is no place, and then no
///   mention of it counts; an association of its name ("der Ahaus e. V.") is not counted;
/// - a name several places share stands for the city of 50,000 people or more among them
///   that has ten times the people of any other ("Münster", "Schwerin"), else for none;
/// - a bilingual name answers to either part ("Bautzen" for Bautzen / Budyšin), and a town's
///   name is also its first word when the rest says where ("Landau" for Landau in
///   der Pfalz) and no other town of 20,000 people or more begins so; other such first words
///   ("Leer" for Leer (Ostfriesland), "Bonndorf" for Bonndorf im Schwarzwald) count after a
///   strong cue only.
///
/// For example:
///
/// ```swift
/// MunicipalityDetector().detect(in: "… vom Wissenschafts-Innovationsverbund Kaiserslautern …")
/// // Kaiserslautern, Stadt (07312000)
/// ```
public struct MunicipalityDetector: Sendable {
    private struct Candidate: Sendable {
        var words: [String]
        var municipality: Municipality
        /// A short form that is often a word too ("Leer" for Leer (Ostfriesland)): it names the
        /// place only after a strong cue.
        var onlyAfterCue = false
        /// The places a name shares, none of them dwarfing the others ("Babenhausen" in Hessen
        /// and in Bavaria); empty for a name of one place. A mention counts for the one near
        /// the text's other places.
        var sharedBy: [Municipality] = []
    }

    /// Names by their first word, longest first; a name several places share after the others.
    private let byFirstWord: [String: [Candidate]]
    /// Towns by their adjective: "Landauer" → Landau in der Pfalz; and whether the adjective
    /// names the town before any noun (a town of 20,000 people or more whose name is no word)
    /// or only before its offices and candidates ("Mengener Kandidaten": Mengen is also a word).
    private let byAdjective: [String: (municipality: Municipality, namesAlone: Bool)]
    /// Names that count only after a strong cue: they are also common words or surnames.
    private let homographs: Set<String>
    /// Names that never count: in German news they nearly always mean a place abroad.
    private let foreignHomonyms: Set<String>

    static let populationWithoutCue = 10_000
    static let populationAfterWeakCue = 5_000
    static let populationOfAShortName = 20_000
    static let populationOfADominantCity = 50_000
    /// How many lines at the top may open with a dateline: a title, a teaser and captions come first.
    static let datelineLines = 6
    /// The states by their names as a text writes them: "Bayern", "Sachsen-Anhalt" (not "ST", which is also "St.").
    private static let stateNames = Set(Gazetteer.stateNames)
    static let placePrepositions: Set<String> = ["in", "im", "am", "an", "unter", "ob", "bei", "vor", "auf"]
    /// The offices and the election of a place, as words begin: "Bürgermeisters von X", "Glandorfer Bürgermeisterwahl".
    static let officeWords = [
        "Bürgermeister", "Oberbürgermeister", "Rathaus", "Stadtrat", "Gemeinderat", "Stadtoberhaupt", "Kommunalwahl", "Stadtrats",
        "Gemeinderats", "Ortsbürgermeister", "Stadtbürgermeister", "OB-", "Bürgermeisterwahl", "Bürgermeisterkandidat",
        "Gemeindevertretung", "Stadtverordnete", "Samtgemeinderat", "Fleckenrat",
    ]
    /// What a town's adjective stands before as the place's own: its offices, its candidates
    /// ("die Mengener Kandidaten").
    static let adjectiveNounsOfThePlace = officeWords + ["Kandidat", "Bewerber"]

    static let townCues: Set<String> = ["Stadt", "Kreisstadt", "Hansestadt", "Universitätsstadt"]
    static let municipalityCues: Set<String> = [
        "Gemeinde", "Ortsgemeinde", "Verbandsgemeinde", "Samtgemeinde", "Marktgemeinde", "Markt", "Flecken",
    ]
    static let weakCues: Set<String> = ["in", "aus", "nach", "Stadtrat", "Gemeinderat"]
    static let districtCues: Set<String> = ["Landkreis", "Kreis", "Kreises", "Landkreises", "Region", "Herzogtum"]
    /// Words before a name that make it part of another name: a club, a company, a memorial.
    static let nameParts: Set<String> = [
        "Bayer", "Borussia", "Eintracht", "Fortuna", "Hertha", "Union", "Werder", "Hansa", "Dynamo", "Alemannia", "Arminia",
        "Kickers", "Holstein", "Lok", "Energie", "Preußen", "Rot-Weiss", "Rot-Weiß", "Schalke", "FC", "SC", "SV", "TSV", "VfB",
        "VfL", "TuS", "SpVgg", "KZ", "Konzentrationslager", "Lager", "Gedenkstätte", "Flughafen", "Bahnhof", "Hauptbahnhof",
        "Universität", "Uni", "Klinikum", "Bistum", "Erzbistum", "Landgericht", "Amtsgericht", "Oberlandesgericht", "JVA",
    ]
    /// Words after a town's adjective that name a newspaper or a street, not the place.
    static let adjectiveNouns: Set<String> = GermanWords.newspaperNouns.union([
        "Straße", "Strasse", "Str", "Allee", "Platz", "Ring", "Weg", "Chaussee",
        "Landstraße", "Tor", "Damm", "Bucht", "Kreuz", "Schule", "Modell", "Erklärung", "Abkommen", "Vertrag", "Land",
    ])
    /// Words after which a capitalised word is a noun, not a place name.
    static let determiners: Set<String> = [
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen", "eines",
        "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "dieser", "diese", "dieses",
        "diesem", "diesen", "jeder", "jede", "jedes", "kein", "keine", "keinen", "seine", "ihre",
        "unsere", "Der", "Die", "Das", "Im", "Am", "Zum", "Zur", "Vom", "Beim", "Ein", "Eine",
    ]

    public init(gazetteer: Gazetteer = .builtIn) {
        var byShortName: [String: [Municipality]] = [:]
        for municipality in gazetteer.municipalities {
            byShortName[municipality.name, default: []].append(municipality)
        }
        let table = EmbeddedResources.dataTable(named: "place-name-homographs.csv")
        let rows = CSVParser.rows(table).dropFirst().filter { $0.count >= 2 }
        homographs = Set(rows.filter { $0[1] == "cue" }.map { $0[0] })
        foreignHomonyms = Set(rows.filter { $0[1] == "never" }.map { $0[0] })
        var byFirstWord: [String: [Candidate]] = [:]
        var sharedByFirstWord: [String: [(words: [String], places: [Municipality])]] = [:]
        var towns: [String: [Municipality]] = [:]
        for (name, all) in byShortName {
            // A name several places share is the one town that dwarfs the others ("Münster",
            // "Forchheim": a town of 20,000 or more beside villages a tenth its size); else the
            // text's other places decide.
            let sizes = all.map { $0.population ?? 0 }.sorted(by: >)
            let municipalities = all.count == 1 ? all
                : Self.dwarfs(sizes[0], sizes.dropFirst(), from: Self.populationOfAShortName) ? all.filter { ($0.population ?? 0) == sizes[0] } : []
            let words = Self.words(name)
            guard municipalities.count == 1 else {
                if let first = words.first, !homographs.contains(name), !foreignHomonyms.contains(name), Gazetteer.stateName(name) == nil {
                    sharedByFirstWord[first, default: []].append((words, all))
                }
                continue
            }
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Candidate(words: words, municipality: municipalities[0]))
            // A bilingual name answers to either part: "Bautzen / Budyšin".
            let parts = name.components(separatedBy: " / ")
            if parts.count == 2 {
                for part in parts where byShortName[part] == nil {
                    let partWords = Self.words(part)
                    if let partFirst = partWords.first {
                        byFirstWord[partFirst, default: []].append(Candidate(words: partWords, municipality: municipalities[0]))
                    }
                }
            }
            if (municipalities[0].population ?? 0) >= Self.populationOfAShortName { towns[first, default: []].append(municipalities[0]) }
        }
        // "Landau" for Landau in der Pfalz: the one large town whose name begins so, where no
        // place, state or homograph has that name.
        // Only names whose rest says where ("in der Pfalz", "unter Teck", "am Main"): "Waren (Müritz)"
        // and "Wetter (Ruhr)" begin with words.
        for (first, large) in towns where large.count == 1 && byShortName[first] == nil && Gazetteer.stateName(first) == nil
            && !homographs.contains(first) && Self.words(large[0].name).dropFirst().first.map(Self.placePrepositions.contains) == true {
            byFirstWord[first, default: []].append(Candidate(words: [first], municipality: large[0]))
        }
        // "Leer" for Leer (Ostfriesland), "Bonndorf" for Bonndorf im Schwarzwald: the first word
        // of the one place (or the dwarfing city) whose name goes on to say where, counted only
        // after a strong cue ("Stadt Bonndorf", "Bürgermeisteramt in Leer"), since such words are
        // often common words or names too ("Halle", "Waren").
        var placesByFirstWord: [String: [Municipality]] = [:]
        // "Lahr" for Lahr/Schwarzwald, "Lauenburg" for Lauenburg/ Elbe: a name and its region
        // after a slash, the town's own name before it, where no place has that name or the
        // town dwarfs the villages that have it; a homograph ("Lahr", a surname) after a strong cue only.
        var slashForms: [String: [Municipality]] = [:]
        for (name, all) in byShortName where all.count == 1 {
            let words = Self.words(name)
            guard words.count > 1, let rest = name.dropFirst(words[0].count).first(where: { $0 != " " }) else { continue }
            if rest == "/" { slashForms[words[0], default: []].append(all[0]) }
            guard rest == "(" || Self.placePrepositions.contains(words[1]) else { continue }
            placesByFirstWord[words[0], default: []].append(all[0])
        }
        for (first, places) in slashForms where places.count == 1 && Gazetteer.stateName(first) == nil
            && byFirstWord[first]?.contains(where: { $0.words.count == 1 }) != true {
            let villages = byShortName[first]?.map { $0.population ?? 0 } ?? []
            guard Self.dwarfs(places[0].population ?? 0, villages, from: Self.populationOfAShortName) else { continue }
            byFirstWord[first, default: []].append(Candidate(words: [first], municipality: places[0], onlyAfterCue: homographs.contains(first)))
            sharedByFirstWord[first] = nil
        }
        for (first, places) in placesByFirstWord where byShortName[first] == nil && Gazetteer.stateName(first) == nil && !foreignHomonyms.contains(first)
            && byFirstWord[first]?.contains(where: { $0.words.count == 1 }) != true {
            let sizes = places.map { $0.population ?? 0 }.sorted(by: >)
            guard Self.dwarfs(sizes[0], sizes.dropFirst(), from: Self.populationOfADominantCity),
                  let place = places.first(where: { ($0.population ?? 0) == sizes[0] }) else { continue }
            byFirstWord[first, default: []].append(Candidate(words: [first], municipality: place, onlyAfterCue: true))
        }
        // "Brandenburg/Havel", "Frankfurt/Main", "Halle/Saale": the name and its river or region,
        // without the words between, where one place has them.
        var shortForms: [[String]: [Municipality]] = [:]
        for (name, all) in byShortName where all.count == 1 {
            let words = Self.words(name)
            guard words.count >= 3, let last = words.last, last.first?.isUppercase == true,
                  words.dropFirst().dropLast().allSatisfy({ Self.placePrepositions.contains($0) || ["der", "dem", "den", "("].contains($0) })
            else { continue }
            shortForms[[words[0], last], default: []].append(all[0])
        }
        for (words, places) in shortForms where places.count == 1 {
            byFirstWord[words[0], default: []].append(Candidate(words: words, municipality: places[0]))
        }
        let shared = sharedByFirstWord.mapValues { names in
            names.sorted { $0.words.count > $1.words.count }.map { Candidate(words: $0.words, municipality: $0.places[0], sharedBy: $0.places) }
        }
        self.byFirstWord = byFirstWord.mapValues { $0.sorted { $0.words.count > $1.words.count } }.merging(shared) { $0 + $1 }
        var byAdjective: [String: (municipality: Municipality, namesAlone: Bool)] = [:]
        var taken: Set<String> = []
        for candidates in byFirstWord.values {
            for candidate in candidates where candidate.words.count == 1 && !candidate.onlyAfterCue
                && (candidate.municipality.population ?? 0) >= Self.populationAfterWeakCue {
                let name = candidate.words[0]
                guard !foreignHomonyms.contains(name) else { continue }
                // "Landauer", "Mengener"; "Filderstädter" for Filderstadt.
                let adjective = name.hasSuffix("e") ? name + "r" : name.hasSuffix("stadt") ? String(name.dropLast(5)) + "städter" : name + "er"
                if byAdjective[adjective] != nil || byFirstWord[adjective] != nil { taken.insert(adjective) }
                let large = (candidate.municipality.population ?? 0) >= Self.populationOfAShortName
                byAdjective[adjective] = (candidate.municipality, large && !homographs.contains(name))
            }
        }
        for adjective in taken { byAdjective[adjective] = nil }
        self.byAdjective = byAdjective
    }

    /// The municipality the text names as its place, or nil when it names none or is unsure.
    public func detect(in text: String) -> Municipality? {
        ranking(in: text).place(reportsAnElection: false)
    }

    /// The places a text names, heaviest first, to decide on one.
    public func ranking(in text: String) -> Ranking {
        Ranking(ranked: weights(in: text))
    }

    public struct Ranking: Sendable {
        let ranked: [(municipality: Municipality, weight: Int)]

        /// The place, or nil when the text names none or is unsure. A place must weigh more
        /// than twice the next. A report of a local election's forum (`reportsAnElection`) names
        /// its own place throughout and its neighbours in passing: a place named often there (a
        /// weight of 4 or more) needs only a third more than the next.
        public func place(reportsAnElection: Bool) -> Municipality? {
            guard let best = ranked.first else { return nil }
            let next = ranked.count > 1 ? ranked[1].weight : 0
            let clear = best.weight >= 2 && best.weight > 2 * next
            let clearForAnElection = reportsAnElection && best.weight >= 4 && 3 * best.weight >= 4 * next
            return ranked.count == 1 || clear || clearForAnElection ? best.municipality : nil
        }
    }

    /// The places the text names, each with its weight, heaviest first.
    package func weights(in text: String) -> [(municipality: Municipality, weight: Int)] {
        let words = Self.words(text)
        let (datelines, lineStarts, titleWords) = Self.datelineWords(text)
        var weights: [String: (municipality: Municipality, weight: Int)] = [:]
        // What strong cues alone give a place ("Stadt X", a dateline, "Bürgermeister von X").
        var strongWeights: [String: Int] = [:]
        var usedAsNoun: Set<String> = []
        var namedAsPerson: Set<String> = []
        var namedAsClub: Set<String> = []
        // Places named alone, the context that decides for a name several places share.
        var mentioned: [Municipality] = []
        var sharedMentions: [(places: [Municipality], strong: Bool, weakCue: Bool, index: Int)] = []
        func add(_ municipality: Municipality, _ weight: Int, at index: Int, strong: Bool = false) {
            guard weight > 0 else { return }
            let total = weight + (index < titleWords ? 1 : 0)
            weights[municipality.ags, default: (municipality, 0)].weight += total
            if strong { strongWeights[municipality.ags, default: 0] += total }
        }
        for (index, written) in words.enumerated() {
            // "EFRINGEN-KIRCHEN. Die …", "BÜRGERMEISTERWAHL KLÜTZ": a dateline or a title in capitals.
            let word = datelines.contains(index) || index < titleWords ? Self.capitalizedIfUpperCase(written) : written
            let previous = index > 0 ? words[index - 1] : ""
            let next = index + 1 < words.count ? words[index + 1] : ""
            // "Landauer Festhalle"; a smaller town's adjective only before its offices and its
            // election ("Glandorfer Bürgermeisterkandidaten"): "Hinter" is no town's.
            if let (municipality, namesAlone) = byAdjective[word], !Self.adjectiveNouns.contains(next), next.first?.isUppercase == true,
               namesAlone || Self.adjectiveNounsOfThePlace.contains(where: { next.hasPrefix($0) }) {
                add(municipality, namesAlone ? 1 : 2, at: index)
            }
            let rest = words[(index + 1)...]
            guard let match = byFirstWord[word]?.first(where: { rest.starts(with: $0.words.dropFirst()) }) else { continue }
            let municipality = match.municipality
            let unique = match.sharedBy.isEmpty
            // "der Ahaus e. V.": an association named after the place, which says nothing of the article's place.
            if next == "e.V" || next == "e" && index + 2 < words.count && words[index + 2] == "V" { continue }
            if Self.determiners.contains(previous) {
                if unique { usedAsNoun.insert(municipality.ags) }
                continue
            }
            // "Jana Salzwedel": a person of that name, and the text's other mentions ("sagte
            // Salzwedel") are theirs too. "Bayer Leverkusen", "1. FC Magdeburg": a club, and the
            // name alone ("bei Leverkusen") may be the club's too; only strong cues still count.
            if GivenNames.builtIn.isGivenName(previous) {
                if unique { namedAsPerson.insert(municipality.ags) }
                continue
            }
            if Self.nameParts.contains(previous) {
                if unique { namedAsClub.insert(municipality.ags) }
                continue
            }
            // "Landkreis X" is the district; "der Lokalredaktion X" the newsroom, wherever the forum was.
            if Self.districtCues.contains(previous) || previous.hasSuffix("redaktion") || foreignHomonyms.contains(municipality.name) {
                continue
            }
            let homograph = homographs.contains(municipality.name) || match.onlyAfterCue
            // "Bürgermeister von X", "Rathaus in X": the office or the town hall of the place.
            let ofTheOffice = index > 1 && ["von", "in"].contains(previous) && Self.officeWords.contains(where: { words[index - 2].hasPrefix($0) })
            // "Bürgermeisterwahl Klütz", "OB-Wahl Mainz": the election of the place.
            let ofTheElection = previous.count > 4 && previous.lowercased().hasSuffix("wahl")
            // "im voll besetzten Bürgerhaus in X", "in der Stadtkirche X": where the forum was; not a
            // building a question is about ("ob auch das Gemeindehaus in X Fernwärme bekommt").
            let venue = Self.isVenue(previous) ? index - 1 : previous == "in" && index > 1 && Self.isVenue(words[index - 2]) ? index - 2 : nil
            let ofTheVenue = venue.map {
                lineStarts[$0] != nil || words[max(0, $0 - 3)..<$0].contains { ["im", "in", "ins", "Im", "In"].contains($0) }
            } ?? false
            // "Neustadt in Sachsen, 3. Mai –": a dateline of a name of several words.
            let dateline = datelines.contains(index)
                || match.words.count > 1 && lineStarts[index].map { Self.opensAsDateline($0, name: match.words) } == true
            let strong = Self.municipalityCues.contains(previous) || (Self.townCues.contains(previous) && (unique ? Self.isTown(municipality) : match.sharedBy.contains(where: Self.isTown)))
                || dateline || ofTheOffice || ofTheElection || ofTheVenue
            let weakCue = Self.weakCues.contains(previous)
            if !unique {
                sharedMentions.append((match.sharedBy, strong, weakCue, index))
            } else {
                mentioned.append(municipality)
                add(municipality, Self.weight(of: municipality, strong: strong, weakCue: weakCue, homograph: homograph), at: index, strong: strong)
            }
        }
        // A name several places share counts for the one within 25 km of a place the text names
        // alone, or the one in a state the text names; for none where that leaves two or none.
        let namedStates = sharedMentions.isEmpty ? [] : Set(words.filter(Self.stateNames.contains))
        for mention in sharedMentions {
            let near = mention.places.filter { place in
                namedStates.contains(place.state) || mentioned.contains { $0.state == place.state && Self.kilometres(from: $0, to: place).map { $0 <= 25 } == true }
            }
            guard near.count == 1 else { continue }
            add(near[0], Self.weight(of: near[0], strong: mention.strong, weakCue: mention.weakCue, homograph: false), at: mention.index, strong: mention.strong)
        }
        for ags in namedAsClub {
            if let strong = strongWeights[ags] { weights[ags]?.weight = strong } else { weights[ags] = nil }
        }
        // "die Halle" is a hall, unless a dateline or "Stadt Halle" says the text is in the town too
        // ("Darmstadt. … der größte Wahlkampf, den Darmstadt je gesehen hat").
        for ags in usedAsNoun where strongWeights[ags] == nil { weights[ags] = nil }
        for ags in namedAsPerson { weights[ags] = nil }
        return weights.values.sorted { ($0.weight, $1.municipality.ags) > ($1.weight, $0.municipality.ags) }
    }

    /// The indices (into ``words(_:)`` of the whole text) of the words that open one of the
    /// first lines as a dateline or a title ("Mannheim. Die …", "Ulm / Name", "Landau – …",
    /// "Kiel (dpa)", "Speyer: Podium zur Wahl"), the first word of each of those lines with its
    /// line, and how many words the first line (the title) has. Only those lines are split
    /// into words again.
    private static func datelineWords(_ text: String) -> (indices: Set<Int>, lineStarts: [Int: Substring], titleWords: Int) {
        var indices: Set<Int> = []
        var lineStarts: [Int: Substring] = [:]
        var offset = 0
        var titleWords = 0
        for (number, line) in text.split(separator: "\n", maxSplits: Self.datelineLines, omittingEmptySubsequences: false).prefix(Self.datelineLines).enumerated() {
            let lineWords = words(String(line))
            if number == 0 { titleWords = lineWords.count }
            defer { offset += lineWords.count }
            guard let first = lineWords.first else { continue }
            lineStarts[offset] = line
            if opensAsDateline(line, name: [first]) { indices.insert(offset) }
        }
        return (indices, lineStarts, titleWords)
    }

    /// Whether the line opens with the name followed by a dateline's mark: ".", "/", "–", "(", ",", ":", "·";
    /// not an item of a list ("• Rathenow (Havelland)").
    private static func opensAsDateline(_ line: Substring, name: [String]) -> Bool {
        guard let first = name.first, line.drop(while: { $0 == " " }).hasPrefix(first),
              let last = name.last, let range = line.range(of: last) else { return false }
        let after = line[range.upperBound...].drop { $0 == " " }
        guard let mark = after.first else { return false }
        return [".", "/", "–", "(", ",", ":", "·"].contains(mark) || (mark == "-" && after.dropFirst().first == " ")
    }

    /// A hall, a house, a church or a school: "Bürgerhaus", "Stadthalle", "Stadtkirche".
    private static func isVenue(_ word: String) -> Bool {
        word.first?.isUppercase == true && venueEndings.contains { word.hasSuffix($0) }
    }

    private static let venueEndings = ["halle", "haus", "saal", "kirche", "aula", "zentrum", "gymnasium", "schule"]

    /// "EFRINGEN-KIRCHEN" → "Efringen-Kirchen"; other words as they are.
    private static func capitalizedIfUpperCase(_ word: String) -> String {
        guard word.count > 2, word.allSatisfy({ !$0.isLowercase }), word.contains(where: \.isUppercase) else { return word }
        return word.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
    }

    /// Whether a place of `size` people is the one a name several places share means: the only
    /// one, or one of `minimum` people or more beside places a tenth its size.
    private static func dwarfs(_ size: Int, _ others: some Collection<Int>, from minimum: Int) -> Bool {
        others.isEmpty || size >= minimum && others.allSatisfy { size >= 10 * $0 }
    }

    /// A mention's weight: 3 after a strong cue, 2 for a town after a weak one ("in X"), 1 for
    /// a town named alone; a homograph or a village counts only after a strong cue.
    private static func weight(of municipality: Municipality, strong: Bool, weakCue: Bool, homograph: Bool) -> Int {
        let population = municipality.population ?? 0
        if strong { return 3 }
        if !homograph && population >= populationAfterWeakCue && weakCue { return 2 }
        if !homograph && population >= populationWithoutCue { return 1 }
        return 0
    }

    /// The distance between two places' centres, nil where one has no coordinates.
    private static func kilometres(from a: Municipality, to b: Municipality) -> Double? {
        guard let latitudeA = a.latitude, let longitudeA = a.longitude, let latitudeB = b.latitude, let longitudeB = b.longitude else { return nil }
        let north = (latitudeB - latitudeA) * 111.2
        let east = (longitudeB - longitudeA) * 111.2 * cos((latitudeA + latitudeB) / 2 * .pi / 180)
        return (north * north + east * east).squareRoot()
    }

    /// A town by the published name: "Kaiserslautern, Stadt", "Neustadt a.d.Donau, St".
    private static func isTown(_ municipality: Municipality) -> Bool {
        let suffix = municipality.officialName.split(separator: ",").dropFirst().joined()
        return suffix.contains("Stadt") || suffix.contains("stadt") || suffix.contains("St")
    }

    /// Words as the gazetteer writes them: letters, digits, and inner hyphens or dots; and "(".
    private static func words(_ text: String) -> [String] {
        // Scalar by scalar: the whole article is split, and Character properties cost far more.
        var words: [String] = []
        let scalars = text.unicodeScalars
        var start: String.Index? = nil
        func endWord(at end: String.Index) {
            guard let wordStart = start else { return }
            start = nil
            let word = scalars[wordStart..<end]
            guard let first = word.firstIndex(where: { $0 != "-" && $0 != "." }),
                  let last = word.lastIndex(where: { $0 != "-" && $0 != "." }) else { return }
            words.append(String(word[first...last]))
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if WordTokenizer.isWordScalar(scalar) || scalar == "-" || scalar == "." {
                if start == nil { start = index }
            } else {
                endWord(at: index)
                // An opening parenthesis is a word of its own, so that nothing before it counts as
                // the word before a name inside it: "Anna Horst (Ahaus plus)" is no person "Horst Ahaus".
                if scalar == "(" { words.append("(") }
            }
            index = scalars.index(after: index)
        }
        endWord(at: scalars.endIndex)
        return words
    }
}
