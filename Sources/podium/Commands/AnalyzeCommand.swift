import ArgumentParser
import Foundation
import PodiumModel
import PodiumRendering
import PodiumText

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show how text is tokenised, normalised and stemmed for search.",
        discussion: """
            With TEXT, prints each word with its normalised form and stem. With -, reads one \
            word a line from stdin and prints one stem a line, for checking the stemmer: \
            cut -f1 vocabulary.tsv | podium analyze -
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Option(help: "Output format for TEXT.")
    var format: Format = .table

    @Argument(help: "The text to analyse, or - for one word a line from stdin.")
    var text: [String] = []

    func validate() throws {
        if text.isEmpty { throw ValidationError("Give a text to analyse, or - to read words from stdin.") }
    }

    func run() throws {
        if text == ["-"] {
            while let line = readLine(strippingNewline: true) {
                try Terminal.out(TextAnalyzer.stem(line.trimmingCharacters(in: .whitespaces)) + "\n")
            }
            return
        }
        let analyses = TextAnalyzer.analyze(text.joined(separator: " "))
        switch format {
        case .json:
            try Terminal.out(RecordWriter.json(analyses.map { [
                OutputField("token", .string($0.token)),
                OutputField("normalized", .string($0.normalized)),
                OutputField("stem", .string($0.stem)),
            ] }))
        case .table:
            let width = max(5, analyses.map(\.token.count).max() ?? 0) + 2
            let normalizedWidth = max(10, analyses.map(\.normalized.count).max() ?? 0) + 2
            func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
            try Terminal.out(pad("TOKEN", width) + pad("NORMALIZED", normalizedWidth) + "STEM\n")
            for analysis in analyses {
                try Terminal.out(pad(analysis.token, width) + pad(analysis.normalized, normalizedWidth) + analysis.stem + "\n")
            }
        }
    }
}
