import Foundation
import PodiumText

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
        if candidates.isEmpty {
            // "Neustadt" for every Neustadt in Holstein, am Rübenberge, (Hessen) …: the places
            // whose name begins with it and goes on with a qualifier.
            let key = Self.key(query)
            candidates = municipalities.filter { municipality in
                let name = Self.key(municipality.name)
                guard name.count > key.count, name.hasPrefix(key) else { return false }
                return [" ", "(", "/", ","].contains(name[name.index(name.startIndex, offsetBy: key.count)])
            }
        }
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

    /// Why `query` names no single municipality, as a user reads it, or nil when it names one:
    /// "'Neustadt' names 17 municipalities: Neustadt an der Weinstraße (07316000), …; give the
    /// AGS or a state", "unknown municipality 'Mianz' (not in the gazetteer); did you mean Mainz?".
    public func problem(with query: String, state: String? = nil) -> String? {
        switch resolve(query, state: state) {
        case .found: return nil
        case let .ambiguous(options):
            let sorted = options.sorted { ($0.population ?? 0) > ($1.population ?? 0) }
            let listed = sorted.prefix(5).map { "\($0.officialName) (\($0.ags), \($0.state))" }.joined(separator: "; ")
            return "'\(query)' names \(options.count) municipalities: \(listed)\(options.count > 5 ? "; …" : ""); give the AGS or a state"
        case .notFound:
            let near = suggestions(for: query, state: state)
            return "unknown municipality '\(query)'" + (state.map { " in \($0)" } ?? "") + " (not in the gazetteer)"
                + (near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?")
        }
    }

    /// Names of municipalities a letter or two away from `query` (one for short names), the
    /// largest first: what the user probably meant.
    public func suggestions(for query: String, state: String? = nil, limit: Int = 3) -> [String] {
        let wanted = Array(Self.key(query))
        guard wanted.count >= 3 else { return [] }
        let allowed = wanted.count <= 5 ? 1 : 2
        var found: [(name: String, distance: Int, population: Int)] = []
        var seen: Set<String> = []
        let wantedState = state.map { Self.key(Self.stateName($0) ?? $0) }
        for municipality in municipalities where wantedState.map({ Self.key(municipality.state) == $0 }) ?? true {
            let name = municipality.name
            guard !seen.contains(name), abs(name.count - wanted.count) <= allowed else { continue }
            let distance = Self.editDistance(wanted, Array(Self.key(name)), limit: allowed)
            if distance <= allowed {
                seen.insert(name)
                found.append((name, distance, municipality.population ?? 0))
            }
        }
        return found.sorted { ($0.distance, -$0.population) < ($1.distance, -$1.population) }.prefix(limit).map(\.name)
    }

    /// Edits from `a` to `b` (insert, delete, replace, swap two neighbours: "Mianz" is one from
    /// "Mainz"), or `limit + 1` once it is certain to be larger than `limit`.
    package static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for i in a.indices {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for j in b.indices {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1))
                if i > 0, j > 0, a[i] == b[j - 1], a[i - 1] == b[j] {
                    current[j + 1] = min(current[j + 1], beforePrevious[j - 1] + 1)
                }
            }
            if current.min()! > limit { return limit + 1 }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
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
