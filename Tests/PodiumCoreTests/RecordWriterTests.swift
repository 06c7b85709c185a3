import Testing
@testable import PodiumCore

@Suite struct RecordWriterTests {
    let rows: [[OutputField]] = [
        [OutputField("name", .string("Kimmel, Beate")), OutputField("quote", .string("„Wir\n müssen“ \"so\"")),
         OutputField("date", .null), OutputField("speakers", .list([.string("A"), .string("B")])),
         OutputField("score", .double(1.5))],
    ]

    @Test func jsonEscapesAndKeepsNulls() {
        #expect(RecordWriter.json(rows) == """
            [
              {"name":"Kimmel, Beate","quote":"„Wir\\n müssen“ \\"so\\"","date":null,"speakers":["A","B"],"score":1.5000}
            ]

            """)
        #expect(RecordWriter.json([]) == "[]\n")
    }

    @Test func ndjsonWritesOneObjectALine() {
        #expect(RecordWriter.ndjson(rows + rows).split(separator: "\n").count == 2)
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        #expect(RecordWriter.csv(rows) == "name,quote,date,speakers,score\r\n\"Kimmel, Beate\",\"„Wir\n müssen“ \"\"so\"\"\",,A; B,1.5000\r\n")
    }

    @Test func controlCharactersAreEscapedInJSON() {
        #expect(RecordWriter.encode(.string("a\u{1}b")) == "\"a\\u0001b\"")
    }
}
