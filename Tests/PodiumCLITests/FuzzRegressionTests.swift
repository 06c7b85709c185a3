import Foundation
import Testing

/// Inputs that once crashed a fuzzing harness (fuzz/regressions/TARGET/) and the hostile seed
/// queries (fuzz/queries/) replay through the same harness code without a crash.
@Suite struct FuzzRegressionTests {
    static let harness = PodiumProcess.binary.deletingLastPathComponent().appending(path: "PodiumFuzz")

    static func files(in folder: String) -> [String] {
        let url = PodiumProcess.repository.appending(path: folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { url.appending(path: $0).path }
    }

    @Test(arguments: ["frontmatter", "text", "json", "jsonl", "html", "query"])
    func everyRegressionReplays(target: String) throws {
        var inputs = Self.files(in: "fuzz/regressions/\(target)")
        if target == "query" { inputs += Self.files(in: "fuzz/queries") }
        // Each harness also gets the fixtures, broken ones included.
        if target != "query" { inputs += ["seed", "articles", "broken"].flatMap { Self.files(in: "fixtures/\($0)") } }
        #expect(!inputs.isEmpty)
        let result = try PodiumProcess.run([target] + inputs, executable: Self.harness)
        #expect(result.status == 0, "\(result.stderr)")
    }
}
