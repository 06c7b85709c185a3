// podium's fuzzing harness.
//
// Built with `-sanitize=fuzzer,address` (see `make fuzz`), it hands the chosen target to
// libFuzzer: `PODIUM_FUZZ_TARGET=query PodiumFuzz -max_total_time=60 corpus/`.
// Built normally, it replays the files given on the target, as a regression check:
// `PodiumFuzz query crash-1234`.
import Foundation

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
typealias RunDriver = @convention(c) (
    UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>, FuzzCallback
) -> Int32

nonisolated(unsafe) var selected = FuzzTarget.query

/// libFuzzer's entry point; the driver below calls the same through its callback.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

let environment = ProcessInfo.processInfo.environment
if let handle = dlopen(nil, RTLD_NOW), let driver = dlsym(handle, "LLVMFuzzerRunDriver") {
    guard let name = environment["PODIUM_FUZZ_TARGET"], let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("error: set PODIUM_FUZZ_TARGET to one of \(names)\n".utf8))
        exit(64)
    }
    selected = target
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    let status = unsafeBitCast(driver, to: RunDriver.self)(&argc, &argv) { fuzzOneInput($0, $1) }
    exit(status)
}

// Replay: PodiumFuzz TARGET FILE...
let arguments = CommandLine.arguments.dropFirst()
guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
    FileHandle.standardError.write(Data("usage: PodiumFuzz \(names) FILE...\n".utf8))
    exit(64)
}
for path in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("error: \(path): cannot read\n".utf8))
        exit(1)
    }
    target.run(Array(data))
}
