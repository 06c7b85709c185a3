import ArgumentParser
import PodiumModel

struct ReextractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Run extraction again over every stored article (its kind, candidates, quotes, organisers, topics).",
        discussion: "Run it after an upgrade of podium's rules, or after editing parties or topics in SQL. Nothing is re-imported.")

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        try reportingErrors {
            var bar = ProgressBar()
            let summary = try archive.open(.readWrite).reextract { done, total in
                bar.update(done: done, total: total, label: "forums and articles")
            }
            let kinds = ArticleKind.allCases.map { "\(summary.kinds[$0, default: 0]) \($0.rawValue)" }.joined(separator: ", ")
            try Terminal.out(
                "reextracted \(summary.articles) articles (\(kinds)); \(summary.forums) forums: \(summary.candidates) candidates, \(summary.quotes) quotes\n")
        }
    }
}

struct RetagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retag",
        abstract: "Tag every paragraph and quote again with the archive's topic taxonomy.",
        discussion: "Edit the taxonomy in the topics and topic_terms tables, then run podium retag.")

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        try reportingErrors {
            var bar = ProgressBar()
            let summary = try archive.open(.readWrite).retag { done, total in
                bar.update(done: done, total: total, label: "paragraphs")
            }
            try Terminal.out("retagged \(summary.articles) paragraphs and \(summary.quotes) quotes\n")
        }
    }
}
