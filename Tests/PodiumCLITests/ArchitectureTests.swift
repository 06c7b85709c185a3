import Foundation
import PodiumTestSupport
import Testing

/// The table of targets in `docs/ARCHITECTURE.md` is the package's real graph: each target
/// depends on exactly the package targets the table names, and its sources import no package
/// target it does not depend on (SwiftPM would let a target import what a dependency depends on;
/// the graph would then hide a use).
@Suite struct ArchitectureTests {
    /// Each target of `Package.swift` (but tests and plugins) with the package targets it depends
    /// on, as `swift package dump-package` reads the manifest.
    static func declaredGraph() throws -> [String: Set<String>] {
        // A scratch path of its own: the package's .build is locked by the `swift test` running this.
        let scratch = try TestSupport.temporaryFolder()
        let dump = try PodiumProcess.run(
            ["swift", "package", "--package-path", PodiumProcess.repository.path, "--scratch-path", scratch.path, "dump-package"],
            executable: URL(fileURLWithPath: "/usr/bin/env"))
        try #require(dump.status == 0, "swift package dump-package: \(dump.stderr)")
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let targets = try #require(manifest["targets"] as? [[String: Any]])
        var graph: [String: Set<String>] = [:]
        for target in targets where !["test", "plugin"].contains(target["type"] as? String) {
            let dependencies = (target["dependencies"] as? [[String: [Any]]] ?? []).compactMap { dependency in
                (dependency["byName"] ?? dependency["target"])?.first as? String
            }
            graph[try #require(target["name"] as? String)] = Set(dependencies)
        }
        return graph
    }

    /// The rows of the table under "The targets": the targets named in the first column
    /// (in backticks) and the package targets named in the last.
    static func documentedGraph(targets: Set<String>) throws -> [String: Set<String>] {
        let document = try String(contentsOf: PodiumProcess.repository.appending(path: "docs/ARCHITECTURE.md"), encoding: .utf8)
        let section = try #require(document.components(separatedBy: "## The targets\n").dropFirst().first)
            .components(separatedBy: "\n## ").first ?? ""
        var graph: [String: Set<String>] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let dependencies = Set(backticked(cells.last ?? "").filter(targets.contains))
            for name in backticked(cells.first ?? "") { graph[name] = dependencies }
        }
        return graph
    }

    static func backticked(_ text: String) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    @Test func theDocumentedGraphIsThePackagesGraph() throws {
        let declared = try Self.declaredGraph()
        let documented = try Self.documentedGraph(targets: Set(declared.keys))
        #expect(Set(documented.keys) == Set(declared.keys), "targets missing from or unknown to docs/ARCHITECTURE.md")
        for (target, dependencies) in declared.sorted(by: { $0.key < $1.key }) {
            #expect(documented[target] == dependencies, "\(target)")
        }
    }

    @Test func everyImportOfAPackageTargetIsADeclaredDependency() throws {
        let declared = try Self.declaredGraph()
        let sources = PodiumProcess.repository.appending(path: "Sources")
        var checked = 0
        for (target, dependencies) in declared {
            let folder = sources.appending(path: target)
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appending(path: file), encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                    let module = String(line.split(separator: " ").last ?? "")
                    guard declared[module] != nil else { continue }
                    #expect(dependencies.contains(module), "\(target)/\(file) imports \(module), which \(target) does not depend on")
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
    }
}
