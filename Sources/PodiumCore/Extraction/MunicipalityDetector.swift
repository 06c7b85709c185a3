import Foundation

/// Finds the municipality an article is about from its text, when its metadata names none.
///
/// Conservative by design, since a wrong place is worse than none: a gazetteer name counts only
/// when it names exactly one municipality, and a name that is also a common word or surname
/// ("Essen", "Hof", "Hagen"), or belongs to a small place, counts only after a place cue
/// ("in Essen", "Stadt Hof"). "Landkreis X" speaks of the district and does not count. When the
/// text names more than one municipality, none is chosen. For example:
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

    /// Places this small need a cue before them: their names are too often something else.
    static let populationWithoutCue = 10_000

    static let placeCues: Set<String> = [
        "in", "aus", "nach", "Stadt", "Gemeinde", "Ortsgemeinde", "Verbandsgemeinde", "Marktgemeinde",
        "Markt", "Kreisstadt", "Hansestadt", "Universitätsstadt",
    ]
    static let districtCues: Set<String> = ["Landkreis", "Kreis", "Kreises", "Landkreises", "Region"]
    static let commonWords: Set<String> = [
        "Essen", "Hof", "Senden", "Kamen", "Bünde", "Hagen", "Hamm", "Brühl", "Stade", "Werne",
        "Bergen", "Laufen", "Lauf", "Roth", "Weil", "Kiel", "Marl", "Gera", "Wesel", "Zeitz",
        "Lahr", "Olpe", "Peine", "Rheine", "Borken", "Haren", "Weiden", "Halle", "Bühl", "Werl",
        "Greven", "Wegberg", "Bingen", "Bergheim", "Waren", "Aurich", "Rees", "Horn", "Baden",
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
    }

    /// The one municipality the text names, or nil when it names none or several.
    public func detect(in text: String) -> Municipality? {
        let words = Self.words(text)
        var found: [String: Municipality] = [:]
        for (index, word) in words.enumerated() {
            guard let candidates = byFirstWord[word] else { continue }
            let previous = index > 0 ? words[index - 1] : nil
            guard let match = candidates.first(where: { candidate in
                words[index...].starts(with: candidate.words)
            }) else { continue }
            if let previous, Self.districtCues.contains(previous) { continue }
            let cued = previous.map(Self.placeCues.contains) ?? false
            let plausible = (match.municipality.population ?? 0) >= Self.populationWithoutCue
                && !Self.commonWords.contains(match.municipality.name)
            if cued || plausible { found[match.municipality.ags] = match.municipality }
        }
        return found.count == 1 ? found.values.first : nil
    }

    /// Words as the gazetteer writes them: letters, digits, and inner hyphens or dots.
    private static func words(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "-.")) }
            .filter { !$0.isEmpty }
    }
}
