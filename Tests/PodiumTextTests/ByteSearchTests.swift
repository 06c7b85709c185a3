import Testing
@testable import PodiumText

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

    @Test func asciiIgnoringCaseFindsWhatLowercasingWould() {
        let text = "Die Bürgerinitiative ORGANISIERTE das Podium, Einladung folgt."
        #expect(text.containsAnyASCIIIgnoringCase(["veranstalt", "organisiert"]))
        #expect(text.containsAnyASCIIIgnoringCase(["einladung"]))
        #expect(text.containsAnyASCIIIgnoringCase([" das podium,"]))
        #expect(text.containsAnyASCIIIgnoringCase(["folgt."]))
        #expect(!text.containsAnyASCIIIgnoringCase(["veranstalt", "folgt.."]))
        #expect(!"Einladun".containsAnyASCIIIgnoringCase(["einladung"]))
        #expect(!"Ein@adung".containsAnyASCIIIgnoringCase(["ein`adung"]))
        #expect(!"".containsAnyASCIIIgnoringCase(["lud"]))
        #expect(!text.dropFirst(5).containsAnyASCIIIgnoringCase(["bürgerinitiative"]))
        #expect(text.dropFirst(5).containsAnyASCIIIgnoringCase(["initiative"]))
    }

    @Test func sameBytesTellsNormalisationFormsApart() {
        let composed = "Bürgerforum in Müllheim", decomposed = "Bu\u{308}rgerforum in Mu\u{308}llheim"
        #expect(composed == decomposed)
        #expect(!composed.hasSameBytes(as: decomposed))
        #expect(composed.hasSameBytes(as: "Bürger" + "forum in Müllheim"))
        #expect(!composed.hasSameBytes(as: "Bürgerforum in Müllheim."))
        #expect(!composed.hasSameBytes(as: "Bürgerforum in Müllheix"))
        #expect("".hasSameBytes(as: ""))
        // A substring's text, not stored natively, compares the same.
        #expect(String(composed.dropFirst(0)).hasSameBytes(as: composed))
    }
}
