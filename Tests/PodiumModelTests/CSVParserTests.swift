@testable import PodiumModel
import Testing

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

    /// Unquoted fields are cut out whole; a field with a quote or a carriage return anywhere is
    /// read byte by byte, where quotes join and carriage returns drop out.
    @Test func quotesAndCarriageReturnsWithinUnquotedFields() {
        #expect(CSVParser.rows("a\rb,c") == [["ab", "c"]])
        #expect(CSVParser.rows("x\r\ny\r\n") == [["x"], ["y"]])
        #expect(CSVParser.rows("ab\"c,d\"e,f\n") == [["abc,de", "f"]])
        #expect(CSVParser.rows("\"\",x,\"\"y\n") == [["", "x", "y"]])
        #expect(CSVParser.rows("a,b,") == [["a", "b", ""]])
        #expect(CSVParser.rows("a\n\nb") == [["a"], [""], ["b"]])
    }

    @Test func theGazetteerHasEveryMunicipality() {
        #expect(Gazetteer.builtIn.municipalities.count > 10_000)
        #expect(Gazetteer.builtIn.municipality(ags: "07312000")?.officialName == "Kaiserslautern, Stadt")
    }
}
