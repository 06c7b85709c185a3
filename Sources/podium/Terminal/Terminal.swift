import ArgumentParser
import Foundation
import PodiumModel
import PodiumRendering

/// Where the command line writes: data to stdout, diagnostics to stderr.
enum Terminal {
    /// Writes to standard output; a failed write (a full disk) is an error, not a crash.
    static func out(_ text: String) throws {
        try OutputFile.standardOutput().write(text)
    }

    /// Writes one line to standard error, with control characters made visible, so that a file
    /// name cannot move the cursor, retitle the terminal or forge a line of its own.
    static func err(_ line: String) {
        FileHandle.standardError.write(Data((visible(line) + "\n").utf8))
    }

    /// `text` with C0 and C1 control characters, DEL and bidirectional overrides written as
    /// `\x1B` or `\u{202E}`, and tabs kept.
    static func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x20..<0x7F, 0xA0..<0x202A, 0x202F..<0x2066, 0x206A...:
                result.append(scalar)
            case ..<0x100:
                result.append(contentsOf: String(format: "\\x%02X", scalar.value).unicodeScalars)
            default:
                result.append(contentsOf: String(format: "\\u{%04X}", scalar.value).unicodeScalars)
            }
        }
        return String(result)
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Bold is used only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static var stdoutSupportsStyle: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Prints rows in a machine format, or as the table `table` makes.
    static func printRecords(_ rows: [[OutputField]], format: OutputFormat, table: () -> String) throws {
        switch format {
        case .json: try out(RecordWriter.json(rows))
        case .ndjson: try out(RecordWriter.ndjson(rows))
        case .csv: try out(RecordWriter.csv(rows))
        case .table: try out(table())
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
