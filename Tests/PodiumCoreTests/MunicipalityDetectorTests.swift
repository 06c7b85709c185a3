import Testing
@testable import PodiumCore

@Suite struct MunicipalityDetectorTests {
    let detector = MunicipalityDetector()

    @Test func findsKaiserslauternInTheSeed() throws {
        let municipality = detector.detect(in: try Fixtures.text("seed/kaiserslautern-2023.txt"))
        #expect(municipality?.ags == "07312000")
    }

    @Test func choosesNoneWhenTwoCitiesAreNamed() {
        #expect(detector.detect(in: "Kandidaten aus Mainz und Wiesbaden diskutierten.") == nil)
    }

    @Test func ignoresDistrictsAndWordsThatAreAlsoPlaces() {
        #expect(detector.detect(in: "Der Landkreis Kaiserslautern plant neue Radwege.") == nil)
        #expect(detector.detect(in: "Nach dem Essen ging es um grüne Wiesen und den Hof.") == nil)
    }

    @Test func acceptsACommonWordAfterAPlaceCue() {
        #expect(detector.detect(in: "Das Podium in Essen war gut besucht.")?.ags == "05113000")
    }
}
