import Testing
@testable import PodiumCore

@Suite struct ByteSearchTests {
    @Test func findsTheFirstAndTheLastOccurrenceAsRangeOfDoes() {
        let sentence = "die vom Mieterverein und vom Stadtjugendring organisiert wurde"
        let first = sentence.byteRange(of: " vom ")
        let last = sentence.byteRange(of: " vom ", backwards: true)
        #expect(first == sentence.range(of: " vom "))
        #expect(last == sentence.range(of: " vom ", options: .backwards))
        #expect(sentence[last!.upperBound...].hasPrefix("Stadtjugendring"))
        #expect(sentence.byteRange(of: "Bürger") == nil)
        #expect(sentence.byteRange(of: "") == nil)
    }

    @Test func worksOnSubstringsAndAfterUmlauts() {
        let text = "Die Bürgerinitiative Innenstadt lud ein."
        let tail = text[text.firstIndex(of: "I")!...]
        let range = tail.byteRange(of: "Innenstadt")
        #expect(range.map { String(text[$0]) } == "Innenstadt")
        #expect(tail.byteRange(of: "Bürger") == nil)
        #expect(text.containsBytes("lud ein"))
    }
}
