import Foundation
import PodiumModel
import PodiumTestSupport

/// Runs the built `podium` binary as a user would, and captures what it prints.
struct PodiumProcess {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32

        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    static let repository = TestSupport.repository

    /// The binary SwiftPM built beside this test bundle.
    static let binary: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "podium")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repository.appending(path: ".build/debug/podium")
    }()

    /// The corpus generator, built beside `podium`.
    static let bench = binary.deletingLastPathComponent().appending(path: "PodiumBench")

    /// Writes a generated corpus of `count` forum reports as JSON Lines.
    static func corpus(_ count: Int, seed: Int, in folder: URL, named name: String = "corpus.jsonl") throws -> String {
        let path = folder.appending(path: name).path
        let result = try run(["generate", String(count), String(seed), path], executable: bench)
        guard result.status == 0 else { throw PodiumError(message: "PodiumBench generate failed: \(result.stderr)") }
        return path
    }

    struct PodiumError: Error { var message: String }

    static func fixture(_ relative: String) -> String {
        repository.appending(path: "fixtures/" + relative).path
    }

    /// Runs `podium ARGUMENTS` with stdout and stderr in files (pipes could fill up and block).
    static func run(
        _ arguments: [String], executable: URL = binary, in directory: URL? = nil,
        environment: [String: String] = [:], stdin: String? = nil
    ) throws -> Result {
        let scratch = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appending(path: "out")
        let errURL = scratch.appending(path: "err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["PODIUM_DB"] = nil
        env.merge(environment) { $1 }
        process.environment = env
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return Result(
            stdout: try String(contentsOf: outURL, encoding: .utf8),
            stderr: try String(contentsOf: errURL, encoding: .utf8),
            status: process.terminationStatus)
    }

    /// A process started in the background, its output in files.
    final class Background {
        let process = Process()
        let out: URL
        let err: URL

        init(_ arguments: [String], executable: URL = binary) throws {
            let scratch = try TestSupport.temporaryFolder()
            out = scratch.appending(path: "out")
            err = scratch.appending(path: "err")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            process.executableURL = executable
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment["PODIUM_DB"] = nil
            process.environment = environment
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        var isRunning: Bool { process.isRunning }

        /// SIGKILL: no handler runs, as when the machine loses power or the OOM killer strikes.
        func kill() {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        func wait() throws -> Result {
            process.waitUntilExit()
            return Result(
                stdout: try String(contentsOf: out, encoding: .utf8), stderr: try String(contentsOf: err, encoding: .utf8),
                status: process.terminationStatus)
        }
    }


    /// Runs the stock sqlite3 shell on `database`.
    static func sqlite3(_ database: String, _ sql: String) throws -> Result {
        try run([database, sql], executable: URL(fileURLWithPath: sqlite3Path!))
    }

    static let sqlite3Path: String? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}
