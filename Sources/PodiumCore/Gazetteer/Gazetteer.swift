import Foundation

/// The German municipalities podium knows, and how a name or key given by a user maps to one.
///
/// The data is Destatis' Gemeindeverzeichnis (GV-ISys), embedded in the binary from
/// `data/municipalities-de.csv`. For example:
///
/// ```swift
/// Gazetteer.builtIn.resolve("Kaiserslautern")          // .found(07312000)
/// Gazetteer.builtIn.resolve("Kaiserslautern, Stadt")   // .found(07312000)
/// Gazetteer.builtIn.resolve("Neustadt")                // .ambiguous([...])
/// ```
public struct Gazetteer: Sendable {
    public enum Match: Equatable, Sendable {
        case found(Municipality)
        case ambiguous([Municipality])
        case notFound
    }

    public let municipalities: [Municipality]
    private let byAGS: [String: Municipality]
    private let byName: [String: [Municipality]]

    /// The gazetteer shipped with podium.
    public static let builtIn = Gazetteer(csv: EmbeddedResources.dataTable(named: "municipalities-de.csv"))

    /// Reads the CSV layout `ags,name,district,state,population,postal_code,latitude,longitude`.
    public init(csv: String) {
        var municipalities: [Municipality] = []
        for fields in CSVParser.rows(csv).dropFirst() where fields.count >= 8 {
            let official = fields[1]
            let short = official.utf8.firstIndex(of: UInt8(ascii: ",")).map { String(official[..<$0]) } ?? official
            func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
            municipalities.append(Municipality(
                ags: fields[0], name: short, officialName: official,
                district: optional(fields[2]), state: fields[3],
                population: Int(fields[4]), postalCode: optional(fields[5]),
                latitude: Double(fields[6]), longitude: Double(fields[7])))
        }
        self.municipalities = municipalities
        byAGS = Dictionary(municipalities.map { ($0.ags, $0) }, uniquingKeysWith: { a, _ in a })
        var byName: [String: [Municipality]] = [:]
        for municipality in municipalities {
            let nameKey = Self.key(municipality.name), officialKey = Self.key(municipality.officialName)
            byName[nameKey, default: []].append(municipality)
            if officialKey != nameKey { byName[officialKey, default: []].append(municipality) }
        }
        self.byName = byName
    }

    public func municipality(ags: String) -> Municipality? { byAGS[ags] }

    /// Finds the municipality meant by an AGS, a name or the published "Name, Stadt" form,
    /// optionally within one state (name or code such as "RP").
    public func resolve(_ query: String, state: String? = nil) -> Match {
        let query = query.trimmingCharacters(in: .whitespaces)
        if query.count == 8, query.allSatisfy(\.isASCII), query.allSatisfy(\.isNumber) {
            return byAGS[query].map(Match.found) ?? .notFound
        }
        var candidates = byName[Self.key(query)] ?? []
        if let state {
            let wanted = Self.stateName(state) ?? state
            candidates = candidates.filter { Self.key($0.state) == Self.key(wanted) }
        }
        switch candidates.count {
        case 0: return .notFound
        case 1: return .found(candidates[0])
        default:
            // "Kaiserslautern, Stadt" names one place even if another place is called so briefly.
            let exact = candidates.filter { Self.key($0.officialName) == Self.key(query) }
            return exact.count == 1 ? .found(exact[0]) : .ambiguous(candidates)
        }
    }

    /// The full state name for a state name or its usual abbreviation, or nil if unknown.
    public static func stateName(_ text: String) -> String? {
        let key = key(text)
        if let name = stateNames.first(where: { Self.key($0) == key }) { return name }
        return stateCodes[text.uppercased()]
    }

    public static let stateNames = [
        "Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
        "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz",
        "Saarland", "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen",
    ]

    private static let stateCodes = [
        "BW": "Baden-Württemberg", "BY": "Bayern", "BE": "Berlin", "BB": "Brandenburg",
        "HB": "Bremen", "HH": "Hamburg", "HE": "Hessen", "MV": "Mecklenburg-Vorpommern",
        "NI": "Niedersachsen", "NW": "Nordrhein-Westfalen", "NRW": "Nordrhein-Westfalen",
        "RP": "Rheinland-Pfalz", "RLP": "Rheinland-Pfalz", "SL": "Saarland", "SN": "Sachsen",
        "ST": "Sachsen-Anhalt", "SH": "Schleswig-Holstein", "TH": "Thüringen",
    ]

    private static func key(_ text: String) -> String {
        // A name that begins and ends with a visible ASCII character (each of the gazetteer's)
        // has nothing to trim: trimming was a tenth of reading the gazetteer.
        if let first = text.utf8.first, let last = text.utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) {
            return text.fastLowercased()
        }
        return String(text.trimmingScalars(where: \.isBlank)).fastLowercased()
    }
}
