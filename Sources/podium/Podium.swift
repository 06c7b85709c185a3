import ArgumentParser
import PodiumArchive
import PodiumModel

/// The `podium` command: only configuration; every verb is its own type.
struct Podium: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Archive and search reports of local election forums.",
        discussion: """
            The archive is one SQLite file (--db, else $PODIUM_DB, else ./podium.sqlite) \
            that the sqlite3 shell can read too.
            """,
        version: PodiumVersion.current,
        subcommands: [
            ImportCommand.self, SearchCommand.self, QuotesCommand.self, CandidatesCommand.self, ForumsCommand.self, ArticlesCommand.self, ReportCommand.self,
            AnalyzeCommand.self, CheckCommand.self,
            ReindexCommand.self, ReextractCommand.self, RetagCommand.self, ExportCommand.self, MigrateCommand.self,
        ])
}
