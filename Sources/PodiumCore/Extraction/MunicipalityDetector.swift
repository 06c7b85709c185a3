import Foundation

/// Finds the municipality an article is about from its text, when its metadata names none.
///
/// Conservative by design, since a wrong place is worse than none:
/// - a gazetteer name counts only when it names exactly one municipality;
/// - a name after an article or determiner ("an dieser Stelle", "im Norden") is a common noun,
///   and then no mention of it in the text counts;
/// - a place of 10,000 people or more counts by its name alone, unless the name is also a
///   common word or surname (`data/place-name-homographs.csv`: "Essen", "Hagen"); names that
///   nearly always mean a place abroad ("Rom") never count;
/// - other places count after a cue: "Gemeinde X" for any place, "Stadt X" for a town, "in X" or
///   "aus X" for places of 5,000 people or more that are not homographs;
/// - "Landkreis X" speaks of the district and does not count;
/// - when the text names more than one municipality, none is chosen.
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
    }

    private let byFirstWord: [String: [Candidate]]
    /// Names that count only after a strong cue: they are also common words or surnames.
    private let homographs: Set<String>
    /// Names that never count: in German news they nearly always mean a place abroad.
    private let foreignHomonyms: Set<String>

    static let populationWithoutCue = 10_000
    static let populationAfterWeakCue = 5_000

    static let townCues: Set<String> = ["Stadt", "Kreisstadt", "Hansestadt", "Universitätsstadt"]
    static let municipalityCues: Set<String> = [
        "Gemeinde", "Ortsgemeinde", "Verbandsgemeinde", "Samtgemeinde", "Marktgemeinde", "Markt",
    ]
    static let weakCues: Set<String> = ["in", "aus", "nach", "Stadtrat", "Gemeinderat"]
    static let districtCues: Set<String> = ["Landkreis", "Kreis", "Kreises", "Landkreises", "Region"]
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
        var byFirstWord: [String: [Candidate]] = [:]
        for (name, municipalities) in byShortName where municipalities.count == 1 {
            let words = Self.words(name)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Candidate(words: words, municipality: municipalities[0]))
        }
        self.byFirstWord = byFirstWord.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        let table = EmbeddedResources.dataTable(named: "place-name-homographs.csv")
        let rows = CSVParser.rows(table).dropFirst().filter { $0.count >= 2 }
        homographs = Set(rows.filter { $0[1] == "cue" }.map { $0[0] })
        foreignHomonyms = Set(rows.filter { $0[1] == "never" }.map { $0[0] })
    }

    /// The one municipality the text names, or nil when it names none or several.
    public func detect(in text: String) -> Municipality? {
        let words = Self.words(text)
        var found: [String: Municipality] = [:]
        var usedAsNoun: Set<String> = []
        for (index, word) in words.enumerated() {
            guard let candidates = byFirstWord[word],
                  let match = candidates.first(where: { words[index...].starts(with: $0.words) })
            else { continue }
            let municipality = match.municipality
            let previous = index > 0 ? words[index - 1] : ""
            if Self.determiners.contains(previous) {
                usedAsNoun.insert(municipality.ags)
                continue
            }
            if Self.districtCues.contains(previous) || foreignHomonyms.contains(municipality.name) { continue }
            let population = municipality.population ?? 0
            let homograph = homographs.contains(municipality.name)
            let strongCue = Self.municipalityCues.contains(previous)
                || (Self.townCues.contains(previous) && Self.isTown(municipality))
            let counts = strongCue
                || (!homograph && population >= Self.populationWithoutCue)
                || (!homograph && population >= Self.populationAfterWeakCue && Self.weakCues.contains(previous))
            if counts { found[municipality.ags] = municipality }
        }
        for ags in usedAsNoun { found[ags] = nil }
        return found.count == 1 ? found.values.first : nil
    }

    /// A town by the published name: "Kaiserslautern, Stadt", "Neustadt a.d.Donau, St".
    private static func isTown(_ municipality: Municipality) -> Bool {
        let suffix = municipality.officialName.split(separator: ",").dropFirst().joined()
        return suffix.contains("Stadt") || suffix.contains("stadt") || suffix.contains("St")
    }

    /// Words as the gazetteer writes them: letters, digits, and inner hyphens or dots.
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
            }
            index = scalars.index(after: index)
        }
        endWord(at: scalars.endIndex)
        return words
    }
}
