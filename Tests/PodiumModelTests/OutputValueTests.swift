import PodiumModel
import Testing

@Suite struct OutputValueTests {
    @Test func controlCharactersAreEscapedInJSON() {
        #expect(OutputValue.string("a\u{1}b").json == "\"a\\u0001b\"")
    }

    @Test func objectsKeepTheirKeyOrderAndNumbersTheirForm() {
        let value = OutputValue.object([
            OutputField("z", .int(-3)), OutputField("a", .double(1.5)), OutputField("m", .list([.null, .bool(true)])),
            OutputField("nan", .double(.nan)),
        ])
        #expect(value.json == #"{"z":-3,"a":1.5000,"m":[null,true],"nan":null}"#)
        #expect(value.prettyJSON() == """
            {
              "z": -3,
              "a": 1.5000,
              "m": [
                null,
                true
              ],
              "nan": null
            }
            """)
    }
}
