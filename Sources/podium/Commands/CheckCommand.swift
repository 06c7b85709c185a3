import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the archive's integrity and its full-text index; exit 0 only if all is sound.")

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        var sound = false
        try reportingErrors {
            let report = try archive.open(.maintenance).check()
            for item in report.items {
                try Terminal.out("\(item.isSound ? "ok  " : "FAIL") \(item.name)\n")
                for problem in item.problems.prefix(20) { try Terminal.out("     \(problem)\n") }
            }
            sound = report.isSound
        }
        if !sound { throw ExitCode.failure }
    }
}
