import ArgumentParser
import PodiumModel

/// Metadata for every file of one `podium import`; a file's own metadata overrides these.
struct MetadataOptions: ParsableArguments {
    @Option(help: "The municipality: name, \"Name, Stadt\" or 8-digit AGS.")
    var municipality: String?

    @Option(help: "The state: name or code such as RP.")
    var state: String?

    @Option(help: "The day of the forum (YYYY-MM-DD).")
    var forumDate: String?

    @Option(help: "The election, e.g. \"Oberbürgermeisterwahl 2023\".")
    var election: String?

    @Option(help: "The day of the election (YYYY-MM-DD).")
    var electionDate: String?

    @Option(help: "The article's title.")
    var title: String?

    @Option(help: "The newspaper or site that published the article.")
    var outlet: String?

    @Option(help: "The article's address.")
    var url: String?

    @Option(help: "The article's author.")
    var author: String?

    @Option(help: "What the articles report: forum_report, election_coverage or other (default: decided from each text).")
    var kind: String?

    func validate() throws {
        for (name, value) in [("--forum-date", forumDate), ("--election-date", electionDate)] {
            if let value, CalendarDate(parsing: value) == nil {
                throw ValidationError("\(name) '\(value)': \(CalendarDate.problem(with: value)).")
            }
        }
        if let kind, ArticleKind(named: kind) == nil {
            throw ValidationError(
                "--kind '\(kind)' is not a kind of article (\(ArticleKind.allCases.map(\.rawValue).joined(separator: ", "))).")
        }
    }

    var metadata: ArticleMetadata {
        ArticleMetadata(
            municipality: municipality, state: state, forumDate: forumDate.flatMap(CalendarDate.init(parsing:)),
            election: election, electionDate: electionDate.flatMap(CalendarDate.init(parsing:)),
            title: title, outlet: outlet, url: url, author: author, kind: kind.flatMap(ArticleKind.init(named:)))
    }
}
