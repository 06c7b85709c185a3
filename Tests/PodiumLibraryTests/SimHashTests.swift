@testable import PodiumArchive
import PodiumText
import Testing

/// Near copies of a report are a few bits apart and share nearly all their shingles; other
/// reports are neither.
@Suite struct SimHashTests {
    @Test func aNearCopyIsCloseAndAnotherReportIsNot() throws {
        let seed = try Fixtures.text("seed/kaiserslautern-2023.txt")
        let copy = "Aus dem Zweitblatt\n" + seed.replacingOccurrences(of: "Digitalisierung", with: "Digitalpolitik")
        let other = try Fixtures.text("articles/trier-2022-stichwahl.txt")
        #expect(SimHash.distance(SimHash.of(seed), SimHash.of(seed)) == 0)
        #expect(SimHash.distance(SimHash.of(seed), SimHash.of(copy)) <= Archive.nearCopyDistance)
        #expect(SimHash.resemblance(seed, copy) >= Archive.nearCopyResemblance)
        #expect(SimHash.distance(SimHash.of(seed), SimHash.of(other)) > Archive.nearCopyDistance)
        #expect(SimHash.resemblance(seed, other) < 0.1)
        // Case and punctuation do not make a text another.
        #expect(SimHash.of("Der Klimaschutz war ein Thema.") == SimHash.of("der klimaschutz war ein thema!"))
    }

    @Test func theArticlesOfAnOlderArchiveGetTheirFingerprints() throws {
        let (archive, _) = try makeArchive(importing: ["seed", "articles"])
        try archive.write { try $0.execute(sql: "DELETE FROM article_fingerprints WHERE article_id > 5") }
        try archive.fingerprintArticlesWithout()
        #expect(try archive.count("SELECT count(*) FROM article_fingerprints") == 4 * archive.count("SELECT count(*) FROM articles"))
    }
}
