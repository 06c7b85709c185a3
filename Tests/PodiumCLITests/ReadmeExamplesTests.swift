import Foundation
import PodiumTestSupport
import Testing

/// The ```sql blocks of a Markdown document, each with the ```text block that follows it: what
/// the stock sqlite3 shell prints for it, with `-header`, on the demo archive.
enum ShellExamples {
    static func examples(in document: String) throws -> [(sql: String, output: String)] {
        let text = try String(contentsOf: PodiumProcess.repository.appending(path: document), encoding: .utf8)
        var blocks: [(language: String, body: String)] = []
        var current: (language: String, lines: [String])? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let open = current {
                    blocks.append((open.language, open.lines.joined(separator: "\n")))
                    current = nil
                } else {
                    current = (String(line.dropFirst(3)), [])
                }
            } else {
                current?.lines.append(String(line))
            }
        }
        return zip(blocks, blocks.dropFirst()).filter { $0.language == "sql" && $1.language == "text" }.map { ($0.body, $1.body) }
    }

    /// Runs the examples in order on a fresh copy of the demo archive; returns what differs.
    static func mismatches(in document: String) throws -> [String] {
        // The same archive as `make demo`.
        let db = try TestSupport.temporaryFolder().appending(path: "demo.sqlite").path
        let imported = try PodiumProcess.run(["import", "--db", db] + ["seed", "articles", "duplicates"].map(PodiumProcess.fixture))
        guard imported.status == 0 else { return ["import failed: \(imported.stderr)"] }
        var mismatches: [String] = []
        for (sql, expected) in try examples(in: document) {
            let result = try PodiumProcess.run(["-header", db], executable: URL(fileURLWithPath: PodiumProcess.sqlite3Path!), stdin: sql)
            if result.stderr != "" || result.stdout != expected + "\n" {
                mismatches.append("\(sql)\n--- printed:\n\(result.stdout)\(result.stderr)--- documented:\n\(expected)")
            }
        }
        return mismatches
    }
}

/// The README's sqlite3 examples run in the stock shell and print what the README shows.
@Suite struct ReadmeExamplesTests {
    @Test func theReadmeHasThreeShellExamples() throws {
        #expect(try ShellExamples.examples(in: "README.md").count >= 3)
    }

    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func everyShellExamplePrintsWhatTheReadmeShows() throws {
        let mismatches = try ShellExamples.mismatches(in: "README.md")
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n\n"))")
    }
}

/// docs/cookbook.md: at least twelve ad-hoc queries, each printing what the document shows.
@Suite struct CookbookTests {
    @Test func theCookbookHasTwelveQueries() throws {
        #expect(try ShellExamples.examples(in: "docs/cookbook.md").count >= 12)
    }

    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func everyCookbookQueryPrintsWhatTheCookbookShows() throws {
        let mismatches = try ShellExamples.mismatches(in: "docs/cookbook.md")
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n\n"))")
    }
}

/// docs/schema.md describes every table and view of an archive.
@Suite struct SchemaDocumentationTests {
    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func everyTableAndViewIsDocumented() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "schema.sqlite").path
        #expect(try PodiumProcess.run(["migrate", "--db", db]).status == 0)
        let names = try PodiumProcess.sqlite3(db, """
            SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
            AND name <> 'grdb_migrations' AND name NOT GLOB '*_fts_*' AND name NOT GLOB 'paragraphs_trigram_*'
            """).stdout.split(separator: "\n").map(String.init)
        #expect(names.count > 20)
        let documentation = try String(contentsOf: PodiumProcess.repository.appending(path: "docs/schema.md"), encoding: .utf8)
        let undocumented = names.filter { !documentation.contains("**`\($0)`**") }
        #expect(undocumented == [])
    }
}

/// Datasette and sqlite-utils find a table's full-text index by this pattern (datasette.utils
/// `detect_fts_sql`); `paragraphs` must lead them to `paragraphs_fts`.
@Suite struct DatasetteDetectionTests {
    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func datasetteFindsTheParagraphIndex() throws {
        let db = try TestSupport.temporaryFolder().appending(path: "ds.sqlite").path
        #expect(try PodiumProcess.run(["migrate", "--db", db]).status == 0)
        let found = try PodiumProcess.sqlite3(db, #"""
            SELECT name FROM sqlite_master WHERE rootpage = 0
              AND (sql LIKE '%VIRTUAL TABLE%USING FTS%content="paragraphs"%'
                   OR sql LIKE '%VIRTUAL TABLE%USING FTS%content=[paragraphs]%')
            """#)
        #expect(found.stdout == "paragraphs_fts\n")
    }
}
