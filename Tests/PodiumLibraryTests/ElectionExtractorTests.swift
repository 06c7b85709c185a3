@testable import PodiumExtraction
import PodiumModel
import Testing

/// The office, round and year of the election a report is about, from its words.
@Suite struct ElectionExtractorTests {
    func facts(_ text: String, name: String? = nil) -> ElectionFacts {
        ElectionExtractor.facts(in: text.components(separatedBy: "\n"), title: nil, name: name)
    }

    @Test(arguments: [
        // Words of the election outweigh a title: the mayor's deputy greeted the guests of an OB forum.
        ("Bürgermeister Anton Weyrich begrüßte die Gäste. Die drei OB-Kandidaten stellten sich vor.", "Oberbürgermeister"),
        ("Die Bewerber um das Bürgermeisteramt in Kleinfeld diskutierten im Gasthaus.", "Bürgermeister"),
        ("Bei der Landratswahl treten zwei Kandidatinnen an; beide wollen Landrätin werden.", "Landrat"),
        ("Vor der Gemeinderatswahl stellten sich die Listen im Bürgerhaus vor.", "Gemeinderat"),
        ("Der Oberbürgermeister ist seit 2015 im Amt und tritt erneut an; die Oberbürgermeisterwahl ist im Herbst.", "Oberbürgermeister"),
    ])
    func theOfficeNamedMostInWordsOfTheElection(text: String, office: String) {
        #expect(facts(text).office == office)
    }

    @Test func aForumBeforeARunOffIsTheSecondRound() {
        #expect(facts("Vor der Stichwahl trafen die beiden Bürgermeisterkandidaten noch einmal aufeinander.").round == 2)
        #expect(facts("Die Bürgermeisterwahl ist am Sonntag, eine mögliche Stichwahl zwei Wochen später.").round == 1)
        #expect(facts("Die Bürgermeisterwahl ist am Sonntag.").label == "Bürgermeisterwahl")
    }

    @Test func theYearWrittenWithTheElection() {
        #expect(facts("Zur OB-Wahl 2019 luden die Vereine ein.").year == 2019)
        #expect(facts("Das Podium zur Kommunalwahl im September 2020 war voll.").year == 2020)
        #expect(facts("Vor den Kommunalwahlen 2024 diskutierten die Bewerber.").year == 2024)
        #expect(facts("Nach der Wahl des Vereinsvorstands 2019 wurde diskutiert.").year == nil)
        #expect(facts("Seit 2011 ist er Bürgermeister; die Bürgermeisterwahl ist im Mai.").year == nil)
        // Another election's year: the state's, the country's.
        #expect(facts("Bei der Landtagswahl 2019 lag die Partei vorn; nun geht es um die Bürgermeisterwahl.").year == nil)
        #expect(facts("Seit der Bundestagswahl 2021 und vor der OB-Wahl 2023 diskutieren alle.").year == 2023)
        // A name in the metadata says more than the text.
        let named = facts("Die Kandidaten stellten sich vor.", name: "Landratswahl 2021")
        #expect(named.office == "Landrat")
        #expect(named.year == 2021)
        #expect(named.label == "Landratswahl 2021")
        #expect(ElectionFacts(office: "Oberbürgermeister", round: 2, year: 2022).label == "Oberbürgermeister-Stichwahl 2022")
    }

    /// A forum is held in the weeks before the vote: its date gives the year the text leaves out,
    /// unless it was held so late in a year that the vote may fall in the next.
    @Test func theForumsYearWhereTheTextNamesNone() {
        let text = ["Die Bürgermeisterkandidaten stellten sich im Bürgerhaus vor."]
        #expect(ElectionExtractor.facts(in: text, title: nil, forumDate: CalendarDate(year: 2015, month: 8, day: 24)).year == 2015)
        #expect(ElectionExtractor.facts(in: text, title: nil, forumDate: CalendarDate(year: 2018, month: 12, day: 3)).year == nil)
        #expect(ElectionExtractor.facts(in: ["Zur OB-Wahl 2016 stellten sich alle vor."], title: nil,
                                        forumDate: CalendarDate(year: 2015, month: 9, day: 1)).year == 2016)
    }

    @Test func noElectionWordsNoOffice() {
        #expect(facts("Die Feuerwehr löschte einen Brand.").isEmpty)
    }
}
