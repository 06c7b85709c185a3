import Foundation
import PodiumImport

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
struct ProgressBar {
    private let enabled = Terminal.stderrIsTerminal
    private var lastDrawn = Date.distantPast

    mutating func update(_ progress: Importer.Progress) {
        update(done: progress.filesDone, total: progress.filesTotal,
               label: (progress.currentPath as NSString).lastPathComponent)
    }

    /// Draws `done` of `total` at most ten times a second, and clears the line when done.
    mutating func update(done: Int, total: Int, label: String) {
        guard enabled, total > 1 else { return }
        let finished = done >= total
        guard finished || Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = Date()
        let barWidth = 30
        let filled = barWidth * min(done, total) / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        let line = "\(bar) \(done)/\(total) \(Terminal.visible(String(label.prefix(30))))"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line + (finished ? "\r\u{1B}[K" : "")).utf8))
    }
}
