import Foundation
import PodiumQuery

/// Phrases the Markdown and HTML renderings share, so that both say the same.
enum ReportWords {
    /// "Mainz (Rheinland-Pfalz, AGS 07315000)".
    static func place(_ place: PlaceLabel) -> String {
        let details = [place.state, place.ags.map { "AGS \($0)" }].compactMap { $0 }
        let name = place.name ?? "unknown place"
        return details.isEmpty ? name : name + " (" + details.joined(separator: ", ") + ")"
    }

    static func organizer(_ organizer: ForumReport.Organizer) -> String {
        Self.organizer(name: organizer.name, shortName: organizer.shortName)
    }

    static func organizer(name: String, shortName: String?) -> String {
        shortName.map { "\(name) (\($0))" } ?? name
    }

    static func summary(_ series: SeriesReport) -> String {
        let totals = series.totals
        var text = "\(totals.forums) forum\(totals.forums == 1 ? "" : "s"), \(totals.articles) article\(totals.articles == 1 ? "" : "s"), "
            + "\(totals.quotes) quotes, \(totals.candidates) candidates"
        if let first = series.firstDate, let last = series.lastDate {
            text += first == last ? ", on \(first)" : ", from \(first) to \(last)"
        }
        let places = series.places.compactMap(\.name)
        if !places.isEmpty { text += ", in " + places.joined(separator: ", ") }
        return text + "."
    }

    /// The years of the candidacies in a history, oldest first; nil for undated ones.
    static func years(_ histories: [SeriesReport.CandidateHistory]) -> [Int?] {
        let years = Set(histories.flatMap { $0.candidacies.map(\.year) })
        return years.compactMap { $0 }.sorted() + (years.contains(nil) ? [nil] : [])
    }

    static func percent(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// "246,794".
    static func thousands(_ value: Int) -> String {
        let digits = String(value)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return grouped
    }

    /// How a quote came to its speaker, where the name alone does not say it: "named as Kurzwitz",
    /// "attributed from the context (er)", "a question from the audience".
    static func attribution(_ quote: ForumReport.Quote, speaker: String?) -> String? {
        let surface = quote.speakerSurface
        switch quote.attribution {
        case "audience": return "a question from the audience"
        case "context": return "attributed from the context" + (surface.map { " (\($0))" } ?? "")
        case "subject":
            return "attributed to the paragraph's candidate" + (surface.flatMap { $0 == speaker ? nil : " (named \($0))" } ?? "")
        case "unresolved": return surface.map { "said by \($0), not a candidate podium could identify" } ?? "speaker unknown"
        default:
            guard let surface, let speaker, surface != speaker, !speaker.hasSuffix(" " + surface) else { return nil }
            return "named as \(surface)"
        }
    }
}
