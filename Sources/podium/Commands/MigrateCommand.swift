import ArgumentParser

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create the archive, or bring its schema up to date, and list the applied migrations.")

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        try reportingErrors {
            let migrations = try archive.open(.readWrite).appliedMigrations()
            try Terminal.out(migrations.map { $0 + "\n" }.joined())
        }
    }
}
