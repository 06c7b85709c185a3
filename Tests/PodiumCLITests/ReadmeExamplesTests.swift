import Foundation
import Testing

/// The README's sqlite3 examples run in the stock shell and print what the README shows.
@Suite struct ReadmeExamplesTests {
    /// Each ```sql block of the README with the ```text block that follows it.
    static func examples() throws -> [(sql: String, output: String)] {
        let readme = try String(contentsOf: PodiumProcess.repository.appending(path: "README.md"), encoding: .utf8)
        var examples: [(String, String)] = []
        var blocks: [(language: String, body: String)] = []
        var current: (language: String, lines: [String])? = nil
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
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
        for (block, next) in zip(blocks, blocks.dropFirst()) where block.language == "sql" && next.language == "text" {
            examples.append((block.body, next.body))
        }
        return examples
    }

    @Test func theReadmeHasThreeShellExamples() throws {
        #expect(try Self.examples().count >= 3)
    }

    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func everyShellExamplePrintsWhatTheReadmeShows() throws {
        // The same archive as `make demo`.
        let db = try PodiumProcess.temporaryFolder().appending(path: "demo.sqlite").path
        let imported = try PodiumProcess.run(["import", "--db", db] + ["seed", "articles", "duplicates"].map(PodiumProcess.fixture))
        #expect(imported.status == 0)
        for (sql, expected) in try Self.examples() {
            let result = try PodiumProcess.run(["-header", db], executable: URL(fileURLWithPath: PodiumProcess.sqlite3Path!), stdin: sql)
            #expect(result.stderr == "", "\(sql)")
            #expect(result.stdout == expected + "\n", "\(sql)")
        }
    }
}

/// docs/schema.md describes every table and view of an archive.
@Suite struct SchemaDocumentationTests {
    @Test(.enabled(if: PodiumProcess.sqlite3Path != nil, "the sqlite3 shell is not installed"))
    func everyTableAndViewIsDocumented() throws {
        let db = try PodiumProcess.temporaryFolder().appending(path: "schema.sqlite").path
        #expect(try PodiumProcess.run(["migrate", "--db", db]).status == 0)
        let names = try PodiumProcess.sqlite3(db, """
            SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
            AND name <> 'grdb_migrations' AND name NOT GLOB 'paragraphs_fts_*' AND name NOT GLOB 'paragraphs_trigram_*'
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
        let db = try PodiumProcess.temporaryFolder().appending(path: "ds.sqlite").path
        #expect(try PodiumProcess.run(["migrate", "--db", db]).status == 0)
        let found = try PodiumProcess.sqlite3(db, #"""
            SELECT name FROM sqlite_master WHERE rootpage = 0
              AND (sql LIKE '%VIRTUAL TABLE%USING FTS%content="paragraphs"%'
                   OR sql LIKE '%VIRTUAL TABLE%USING FTS%content=[paragraphs]%')
            """#)
        #expect(found.stdout == "paragraphs_fts\n")
    }
}
