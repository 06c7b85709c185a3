import Foundation
import PodiumModel
import Testing

@Suite struct GazetteerTests {
    @Test func aNearMissGetsASuggestionAndAnAmbiguousNameItsChoices() {
        let gazetteer = Gazetteer.builtIn
        #expect(gazetteer.suggestions(for: "Mianz") == ["Mainz"])
        #expect(gazetteer.suggestions(for: "Kaiserlautern") == ["Kaiserslautern"])
        #expect(gazetteer.suggestions(for: "Xyzzyq").isEmpty)
        #expect(gazetteer.problem(with: "Mainz") == nil)
        #expect(gazetteer.problem(with: "Mianz") == "unknown municipality 'Mianz' (not in the gazetteer); did you mean Mainz?")
        let neustadt = gazetteer.problem(with: "Neustadt") ?? ""
        #expect(neustadt.hasPrefix("'Neustadt' names ") && neustadt.hasSuffix("; …; give the AGS or a state"))
        #expect(gazetteer.problem(with: "Neustadt", state: "Hessen")?.hasPrefix("'Neustadt' names") != true)
    }

    let gazetteer = Gazetteer.builtIn

    @Test func holdsEveryMunicipalityOfTheBuiltInTable() {
        #expect(gazetteer.municipalities.count == 11_004)
    }

    @Test func resolvesKaiserslauternByKeyNameAndPublishedForm() {
        for query in ["07312000", "Kaiserslautern", "Kaiserslautern, Stadt", "kaiserslautern"] {
            guard case let .found(municipality) = gazetteer.resolve(query) else {
                Issue.record("\(query) not found")
                continue
            }
            #expect(municipality.ags == "07312000")
            #expect(municipality.state == "Rheinland-Pfalz")
        }
    }

    @Test func reportsAnAmbiguousNameAndNarrowsItByState() {
        guard case let .ambiguous(options) = gazetteer.resolve("Mühlhausen") else {
            Issue.record("Mühlhausen should be ambiguous")
            return
        }
        #expect(Set(options.map(\.ags)) == ["08226054", "09373146", "09572143"])
        #expect(gazetteer.resolve("Mühlhausen", state: "BW") == .found(gazetteer.municipality(ags: "08226054")!))
        // In Bayern, "Mühlhausen" is the published name of one place and the short name of another.
        #expect(gazetteer.resolve("Mühlhausen", state: "Bayern") == .found(gazetteer.municipality(ags: "09373146")!))
    }

    @Test func refusesUnknownNamesAndKeys() {
        #expect(gazetteer.resolve("Atlantis") == .notFound)
        #expect(gazetteer.resolve("99999999") == .notFound)
    }

    @Test func knowsStateNamesAndCodes() {
        #expect(Gazetteer.stateName("RP") == "Rheinland-Pfalz")
        #expect(Gazetteer.stateName("rheinland-pfalz") == "Rheinland-Pfalz")
        #expect(Gazetteer.stateName("NRW") == "Nordrhein-Westfalen")
        #expect(Gazetteer.stateName("Atlantis") == nil)
    }

    @Test(.enabled(if: Fixtures.shared != nil, "../shared is not beside the repository"))
    func embeddedTableIsTheSharedGazetteer() throws {
        let shared = try String(contentsOf: Fixtures.shared!.appending(path: "data/municipalities-de.csv"), encoding: .utf8)
        let embedded = EmbeddedResources.dataTable(named: "municipalities-de.csv")
        // Swift string literals store line breaks as LF; the shared file has CRLF.
        func lines(_ text: String) -> [Substring] { text.split(whereSeparator: \.isNewline) }
        #expect(lines(embedded) == lines(shared))
    }
}
