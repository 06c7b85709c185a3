import PodiumModel
@testable import PodiumRendering
import Testing

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

    /// A cell that a spreadsheet would run as a formula starts with a quote; numbers do not.
    @Test func csvDefusesFormulasButNotNumbers() {
        let rows: [[OutputField]] = ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "Kita"].map {
            [OutputField("text", .string($0)), OutputField("score", .double(-1.5)), OutputField("count", .int(-3))]
        }
        #expect(RecordWriter.csv(rows) == """
            text,score,count\r
            "'=HYPERLINK(""http://x"")",-1.5000,-3\r
            '+1,-1.5000,-3\r
            '-2+3,-1.5000,-3\r
            '@SUM(A1),-1.5000,-3\r
            '\tx,-1.5000,-3\r
            Kita,-1.5000,-3\r

            """)
    }
}
