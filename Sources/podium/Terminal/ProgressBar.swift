import Foundation
import PodiumCore

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
struct ProgressBar {
    private let enabled = Terminal.stderrIsTerminal
    private var lastDrawn = Date.distantPast

    mutating func update(_ progress: Importer.Progress) {
        guard enabled, progress.filesTotal > 1 else { return }
        let finished = progress.filesDone == progress.filesTotal
        guard finished || Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = Date()
        let barWidth = 30
        let filled = barWidth * progress.filesDone / max(progress.filesTotal, 1)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        let name = (progress.currentPath as NSString).lastPathComponent
        let line = "\(bar) \(progress.filesDone)/\(progress.filesTotal) \(name.prefix(30))"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line + (finished ? "\r\u{1B}[K" : "")).utf8))
    }
}
