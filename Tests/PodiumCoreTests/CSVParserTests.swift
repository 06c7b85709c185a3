import Testing
@testable import PodiumCore

@Suite struct CSVParserTests {
    @Test func fieldsQuotesAndLineBreaks() {
        let csv = "ags,name\r\n07312000,\"Kaiserslautern, Stadt\"\n1,\"Er sagte \"\"Ja\"\"\"\n2,\"zwei\nZeilen\",Zürich\n3,letzte"
        #expect(CSVParser.rows(csv) == [
            ["ags", "name"], ["07312000", "Kaiserslautern, Stadt"], ["1", "Er sagte \"Ja\""],
            ["2", "zwei\nZeilen", "Zürich"], ["3", "letzte"],
        ])
    }

    @Test func emptyFieldsAndAFinalNewline() {
        #expect(CSVParser.rows("a,,c\n,\n") == [["a", "", "c"], ["", ""]])
        #expect(CSVParser.rows("") == [])
    }

    @Test func theGazetteerHasEveryMunicipality() {
        #expect(Gazetteer.builtIn.municipalities.count > 10_000)
        #expect(Gazetteer.builtIn.municipality(ags: "07312000")?.officialName == "Kaiserslautern, Stadt")
    }
}
