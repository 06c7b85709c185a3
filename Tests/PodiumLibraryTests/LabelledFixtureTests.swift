import Foundation
@testable import PodiumArchive
@testable import PodiumExtraction
import PodiumModel
@testable import PodiumReaders
import Testing

/// fixtures/labelled: one article a pattern of real reports, written for podium with invented
/// names, and the labels of what must be extracted (the same labels `make eval` scores). Every
/// fixture is extracted exactly as labelled: the kind, the candidates with their parties, the
/// other people with their roles, every quote with its speaker, and where labelled the place
/// (none where the label names a place the gazetteer does not know), the forum's and the
/// publication's day, the election and the organisers.
@Suite struct LabelledFixtureTests {
    struct Labels: Decodable {
        struct Candidate: Decodable { var name: String; var party: String? }
        struct Other: Decodable { var name: String; var role: String }
        struct Quote: Decodable { var starts: String; var speaker: String?; var role: String? }
        struct Election: Decodable { var office: String?; var round: Int?; var year: Int?; var date: String? }
        var kind: String
        var municipality: String?
        var forum_date: String?
        var publication_date: String?
        var election: Election?
        var organizers: [String]?
        var candidates: [Candidate]
        var others: [Other]
        var quotes: [Quote]
    }

    static let folder = Fixtures.repository.appending(path: "fixtures/labelled")

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".labels.json") }.map { String($0.dropLast(".labels.json".count)) }.sorted()
    }()

    @Test func thereIsAFixtureForEachPattern() {
        #expect(Self.names.count >= 12)
    }

    @Test(arguments: names)
    func extractionMatchesTheLabels(name: String) throws {
        let labels = try JSONDecoder().decode(Labels.self, from: Data(contentsOf: Self.folder.appending(path: "\(name).labels.json")))
        let source = try #require(ArticleFileReader().read(path: Self.folder.appending(path: "\(name).txt").path).articles.first)
        let prepared = try PreparedArticle(source, detector: MunicipalityDetector())
        let extraction = prepared.extraction

        let kinds = ["forum_report": ArticleKind.forumReport, "election_other": .electionCoverage, "other": .other]
        #expect(extraction.kind == kinds[labels.kind])
        guard extraction.kind == .forumReport else {
            #expect(extraction.candidates.isEmpty && extraction.others.isEmpty)
            return
        }
        if let place = labels.municipality {
            // A label names a place as people do: "Bautzen" for Bautzen / Budyšin.
            // A name several municipalities share (Rabenau in Hessen and in Saxony) stays open
            // unless the text tells them apart.
            let namesakes = Gazetteer.builtIn.municipalities.filter { $0.name == place }.count
            if namesakes <= 1, case let .found(municipality) = Gazetteer.builtIn.resolve(place) {
                #expect(prepared.municipality?.ags == municipality.ags, "place")
            } else {
                #expect(prepared.municipality == nil, "no place invented: \(prepared.municipality?.name ?? "")")
            }
        }
        if let day = labels.forum_date { #expect(prepared.forumDate?.description == day, "forum date") }
        if let day = labels.publication_date { #expect(prepared.publishedDate?.description == day, "publication") }
        if let election = labels.election {
            #expect(extraction.election.office == election.office, "office")
            if let round = election.round { #expect(extraction.election.round == round, "round") }
            if let year = election.year { #expect(extraction.election.year == year, "year") }
            if let day = election.date { #expect(extraction.election.date?.description == day, "election day") }
        }
        if let organizers = labels.organizers { #expect(extraction.organizers.map(\.name) == organizers) }
        let catalogue = PartyCatalog.builtIn
        func party(_ spelling: String?) -> String { spelling.map { catalogue.party(spelled: $0)?.shortName ?? $0 } ?? "-" }
        #expect(Set(extraction.candidates.map { "\($0.name.fullName) (\($0.party?.shortName ?? party($0.partySpelling)))" })
            == Set(labels.candidates.map { "\($0.name) (\(party($0.party)))" }))
        #expect(Set(extraction.others.map { "\($0.name.fullName): \($0.role.rawValue)" })
            == Set(labels.others.map { "\($0.name): \($0.role == "incumbent_not_running" ? "other" : $0.role)" }))

        #expect(extraction.quotes.count == labels.quotes.count, "quotes: \(extraction.quotes.map(\.text))")
        for quote in labels.quotes {
            let found = try #require(extraction.quotes.first { $0.text.hasPrefix(quote.starts) }, "no quote „\(quote.starts)“")
            let speaker = found.candidate.map { extraction.candidates[$0].name.fullName }
                ?? found.other.map { extraction.others[$0].name.fullName }
            #expect(speaker == quote.speaker, "„\(quote.starts)“")
            // The audience speaks anonymously ("ein Zuhörer fragte") or as someone named in it.
            if quote.role == "audience", quote.speaker == nil { #expect(found.attribution == .audience, "„\(quote.starts)“") }
            if quote.role == "audience", quote.speaker != nil {
                #expect(found.other.map { extraction.others[$0].role } == .audience, "„\(quote.starts)“")
            }
            if quote.role == "other", quote.speaker == nil { #expect(found.attribution == .cited, "„\(quote.starts)“") }
        }
    }
}
