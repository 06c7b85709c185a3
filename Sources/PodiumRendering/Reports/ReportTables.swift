import PodiumQuery

/// The tables the Markdown and HTML renderings share: headers and plain cells, escaped by
/// each rendering in its own way.
struct ReportTable {
    var headers: [String]
    var rows: [[String]]
    /// What to say instead of an empty table.
    var empty = "None."

    static func panel(_ forum: ForumReport) -> ReportTable {
        ReportTable(headers: ["Candidate", "Party", "Quotes"], rows: forum.candidates.map {
            [$0.candidate.name, $0.candidate.party ?? "–", String($0.quoteCount)]
        })
    }

    static func timeline(_ series: SeriesReport) -> ReportTable {
        ReportTable(headers: ["Date", "Place", "Election", "Organisers", "Candidates", "Title"], rows: series.timeline.map {
            [$0.date ?? "undated", $0.place.name ?? "", $0.election ?? "", $0.organizers.joined(separator: ", "),
             String($0.candidates), $0.title ?? ""]
        })
    }

    /// A column a year, the party of each candidacy in it.
    static func candidateHistory(_ series: SeriesReport) -> ReportTable {
        let years = ReportWords.years(series.candidateHistory)
        return ReportTable(
            headers: ["Candidate"] + years.map { $0.map(String.init) ?? "undated" } + ["Ran again"],
            rows: series.candidateHistory.map { history in
                [history.name] + years.map { year in
                    history.candidacies.filter { $0.year == year }.map { $0.party ?? "no party" }.joined(separator: ", ")
                } + [history.ranAgain ? (history.changedParty ? "yes, for another party" : "yes") : ""]
            })
    }

    static func states(_ overview: ArchiveOverview) -> ReportTable {
        ReportTable(headers: ["State", "Forums", "Municipalities"], rows: overview.byState.map {
            [$0.state, String($0.forums), String($0.municipalities)]
        })
    }

    static func organizers(_ overview: ArchiveOverview) -> ReportTable {
        ReportTable(headers: ["Organiser", "Forums", "Municipalities"], rows: overview.topOrganizers.map {
            [ReportWords.organizer(name: $0.name, shortName: $0.shortName), String($0.forums), String($0.municipalities)]
        })
    }

    static func electionsWithoutForum(_ gaps: ArchiveOverview.CoverageGaps) -> ReportTable {
        ReportTable(headers: ["Election", "Date", "Place"], rows: gaps.electionsWithoutForum.map {
            [$0.name ?? "unnamed election", $0.date ?? "", ReportWords.place($0.place)]
        }, empty: "Every recorded election has a forum report.")
    }

    static func longGaps(_ gaps: ArchiveOverview.CoverageGaps) -> ReportTable {
        ReportTable(headers: ["Municipality", "From", "To"], rows: gaps.longGaps.map {
            [ReportWords.place($0.place), String($0.fromYear), String($0.toYear)]
        }, empty: "No municipality has such a gap.")
    }

    static func largestUnreported(_ gaps: ArchiveOverview.CoverageGaps) -> ReportTable {
        ReportTable(headers: ["Municipality", "Population"], rows: gaps.largestUnreported.map {
            [ReportWords.place($0.place), $0.population.map(ReportWords.thousands) ?? ""]
        }, empty: "Every municipality has a report.")
    }
}
