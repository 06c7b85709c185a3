import ArgumentParser
import Foundation
import PodiumCore

/// Where the command line writes: data to stdout, diagnostics to stderr.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Bold is used only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static var stdoutSupportsStyle: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Prints rows in a machine format, or as the table `table` makes.
    static func printRecords(_ rows: [[OutputField]], format: OutputFormat, table: () -> String) {
        switch format {
        case .json: out(RecordWriter.json(rows))
        case .ndjson: out(RecordWriter.ndjson(rows))
        case .csv: out(RecordWriter.csv(rows))
        case .table: out(table())
        }
    }

    /// The terminal's width, at most `limit`; `limit` when not a terminal.
    static func width(limit: Int = 100) -> Int {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else {
            return 80
        }
        return min(Int(size.ws_col), limit)
    }
}

/// Runs a command body and turns podium's errors into one line `error: FILE: reason`, exit 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as PodiumError {
        Terminal.err("error: \(error.description)")
        throw ExitCode.failure
    }
}
