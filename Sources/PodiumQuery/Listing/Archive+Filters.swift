import GRDB
import PodiumArchive
import PodiumModel

extension Archive {
    /// Resolves the names in `request` against this archive: a candidate by any spelling of
    /// their name (full name, surname, alias; case and diacritics do not matter), a party by any
    /// spelling, a topic by its name or a part of it ("Kita" is "Kinderbetreuung/Kita").
    ///
    /// Throws ``PodiumError/invalidArgument(_:)`` when a name matches nothing, so that a typo is
    /// not silently an empty result.
    public func filters(for request: FilterRequest, gazetteer: @autoclosure () -> Gazetteer = .builtIn) throws -> SearchFilters {
        var filters = try SearchFilters(
            municipalities: request.municipalities, states: request.states, from: request.from, to: request.to,
            gazetteer: gazetteer())
        filters.outlets = request.outlets
        filters.quotesOnly = request.quotesOnly
        filters.kinds = try request.kinds.map { name in
            guard let kind = ArticleKind(named: name) else {
                throw PodiumError.invalidArgument(
                    "no kind of article is called '\(name)' (\(ArticleKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return kind
        }
        try read { db in
            if let candidate = request.candidate {
                let ids = try PersonNameMatch.personIDs(spelled: candidate, in: db)
                guard !ids.isEmpty else { throw PodiumError.invalidArgument("no candidate is called '\(candidate)'") }
                filters.personIDs = ids.sorted()
            }
            if let party = request.party {
                let ids = try Row.fetchAll(db, sql: FilterSQL.partySpellings)
                    .filter { ($0["spelling"] as String).lowercased() == party.lowercased() }
                    .map { $0["party_id"] as Int64 }
                guard !ids.isEmpty else { throw PodiumError.invalidArgument("no party is spelled '\(party)'") }
                filters.partyIDs = Array(Set(ids)).sorted()
            }
            if let organizer = request.organizer {
                let wanted = organizer.lowercased()
                let ids = try Row.fetchAll(db, sql: FilterSQL.organizations).filter { row in
                    let name = (row["name"] as String).lowercased()
                    return name == wanted || name.contains(wanted) || (row["short_name"] as String?)?.lowercased() == wanted
                }.map { $0["id"] as Int64 }
                guard !ids.isEmpty else { throw PodiumError.invalidArgument("no organiser is called '\(organizer)'") }
                filters.organizationIDs = ids
            }
            if let topic = request.topic {
                let wanted = topic.foldedForComparison
                let ids = try Row.fetchAll(db, sql: FilterSQL.topics).filter { row in
                    let name = (row["name"] as String).foldedForComparison
                    return name == wanted || name.split(separator: "/").contains { $0 == wanted }
                }.map { $0["id"] as Int64 }
                guard !ids.isEmpty else {
                    throw PodiumError.invalidArgument("no topic is called '\(topic)' (see the topics table)")
                }
                filters.topicIDs = ids
            }
        }
        return filters
    }
}

/// How the listing commands filter. Every value is bound; only placeholders are generated.
enum FilterSQL {
    static let partySpellings = """
        SELECT id AS party_id, name AS spelling FROM parties
        UNION ALL SELECT id, short_name FROM parties WHERE short_name IS NOT NULL
        UNION ALL SELECT party_id, spelling FROM party_spellings
        """
    static let topics = "SELECT id, name FROM topics"
    static let organizations = "SELECT id, name, short_name FROM organizations"

    /// `(?, ?, …)` for `count` values.
    static func placeholders(_ count: Int) -> String {
        "(" + Array(repeating: "?", count: count).joined(separator: ", ") + ")"
    }

    /// Appends ` AND condition` when `values` is set, with each `:ids` in the condition written
    /// as `(?, ?, …)` and the values bound for each. For example,
    /// `restrict(&sql, &arguments, "q.person_id IN :ids", [3, 7])` appends
    /// ` AND q.person_id IN (?, ?)`.
    static func restrict(_ sql: inout String, _ arguments: inout StatementArguments, _ condition: String, _ values: [Int64]?) {
        guard let values else { return }
        let marks = condition.components(separatedBy: ":ids").count - 1
        sql += " AND " + condition.replacingOccurrences(of: ":ids", with: placeholders(values.count))
        for _ in 0..<marks { arguments += StatementArguments(values) }
    }

    /// Conditions on an article `a` and the forum `f` it reports, if any: the article's place,
    /// its date (the forum's, else the day it was published), organiser, outlet and kind.
    static func articleConditions(_ filters: SearchFilters) -> (sql: String, arguments: StatementArguments) {
        conditions(
            filters, place: "a", date: "coalesce(f.forum_date, a.published_date)", outlet: "lower(a.outlet) IN :list",
            kind: "a.kind")
    }

    /// Conditions on a forum `f` and, where given, one of its reports `a`: place, time, outlet,
    /// kind (a forum's reports are all forum reports: any other kind selects none).
    static func forumConditions(_ filters: SearchFilters, article: String? = "a") -> (sql: String, arguments: StatementArguments) {
        conditions(
            filters, place: "f", date: "f.forum_date",
            outlet: article.map { "lower(\($0).outlet) IN :list" } ?? "f.id IN (SELECT forum_id FROM articles WHERE lower(outlet) IN :list)",
            kind: article.map { "\($0).kind" } ?? "'\(ArticleKind.forumReport.rawValue)'")
    }

    /// The conditions both share, on the columns given: the place and state of the table
    /// `place`, the day `date`, the organisers of the forum `f`, the outlet condition `outlet`
    /// (`:list` the outlets asked for) and the kind column `kind`.
    private static func conditions(
        _ filters: SearchFilters, place: String, date: String, outlet: String, kind: String
    ) -> (sql: String, arguments: StatementArguments) {
        var sql = ""
        var arguments = StatementArguments()
        func within(_ column: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            sql += " AND \(column) IN " + placeholders(values.count)
            arguments += StatementArguments(values)
        }
        within("\(place).ags", filters.agsKeys)
        within("\(place).state", filters.states)
        if let from = filters.from {
            sql += " AND \(date) >= ?"
            arguments += [from.description]
        }
        if let to = filters.to {
            sql += " AND \(date) <= ?"
            arguments += [to.description]
        }
        restrict(&sql, &arguments, "f.id IN (SELECT forum_id FROM forum_organizers WHERE organization_id IN :ids)", filters.organizationIDs)
        if !filters.outlets.isEmpty {
            sql += " AND " + outlet.replacingOccurrences(of: ":list", with: placeholders(filters.outlets.count))
            arguments += StatementArguments(filters.outlets.map { $0.lowercased() })
        }
        within(kind, filters.kinds.map(\.rawValue))
        return (sql, arguments)
    }

    /// Conditions on a forum `f` alone: place, time, outlet, organiser, and who sat on its
    /// panel, for which party, on which topics its articles touched.
    static func forumSelection(_ filters: SearchFilters) -> (sql: String, arguments: StatementArguments) {
        var (sql, arguments) = forumConditions(filters, article: nil)
        let participants = "f.id IN (SELECT fp.forum_id FROM forum_participants fp JOIN candidacies c ON c.id = fp.candidacy_id WHERE "
        restrict(&sql, &arguments, participants + "c.person_id IN :ids)", filters.personIDs)
        restrict(&sql, &arguments, participants + "c.party_id IN :ids)", filters.partyIDs)
        restrict(&sql, &arguments, """
            f.id IN (SELECT a.forum_id FROM articles a JOIN paragraphs p ON p.article_id = a.id
                     JOIN paragraph_topics pt ON pt.paragraph_id = p.id WHERE pt.topic_id IN :ids)
            """, filters.topicIDs)
        return (sql, arguments)
    }

    /// Conditions on an article `a` and its forum `f`, if any: those of ``articleConditions(_:)``,
    /// and the people it quotes or names, the parties of its forum's panel, its topics.
    static func articleSelection(_ filters: SearchFilters) -> (sql: String, arguments: StatementArguments) {
        var (sql, arguments) = articleConditions(filters)
        restrict(&sql, &arguments, """
            a.id IN (SELECT p.article_id FROM paragraphs p
                     WHERE p.id IN (SELECT paragraph_id FROM quotes WHERE person_id IN :ids
                                    UNION SELECT paragraph_id FROM mentions WHERE person_id IN :ids))
            """, filters.personIDs)
        restrict(&sql, &arguments, """
            a.forum_id IN (SELECT fp.forum_id FROM forum_participants fp JOIN candidacies c ON c.id = fp.candidacy_id
                           WHERE c.party_id IN :ids)
            """, filters.partyIDs)
        restrict(&sql, &arguments, """
            a.id IN (SELECT p.article_id FROM paragraphs p JOIN paragraph_topics pt ON pt.paragraph_id = p.id
                     WHERE pt.topic_id IN :ids)
            """, filters.topicIDs)
        return (sql, arguments)
    }

    /// Conditions on a paragraph `p` of an article `a` and its forum `f`, if any: who is quoted
    /// or named in it, with which party, on which topic, whether it quotes anyone.
    static func paragraphConditions(_ filters: SearchFilters) -> (sql: String, arguments: StatementArguments) {
        var (sql, arguments) = articleConditions(filters)
        if let persons = filters.personIDs, persons.count > SearchFacets.maximumGroup {
            // Too many people for facet words (a surname thousands share): their paragraphs,
            // gathered once, are cheaper than two lookups for every match (0.34 s against
            // 0.58 s for 11,050 people and 110,000 matches).
            restrict(&sql, &arguments, """
                p.id IN (SELECT paragraph_id FROM quotes WHERE person_id IN :ids
                         UNION ALL SELECT paragraph_id FROM mentions WHERE person_id IN :ids)
                """, persons)
        } else {
            // The facet words have narrowed the matches to few: looked up per match.
            restrict(&sql, &arguments, """
                (EXISTS (SELECT 1 FROM quotes WHERE paragraph_id = p.id AND person_id IN :ids)
                 OR EXISTS (SELECT 1 FROM mentions WHERE paragraph_id = p.id AND person_id IN :ids))
                """, filters.personIDs)
        }
        restrict(&sql, &arguments, """
            EXISTS (SELECT 1 FROM (SELECT person_id FROM quotes WHERE paragraph_id = p.id
                                   UNION SELECT person_id FROM mentions WHERE paragraph_id = p.id) x
                    JOIN candidacies c ON c.person_id = x.person_id AND c.election_id = f.election_id
                    WHERE c.party_id IN :ids)
            """, filters.partyIDs)
        restrict(&sql, &arguments, "EXISTS (SELECT 1 FROM paragraph_topics WHERE paragraph_id = p.id AND topic_id IN :ids)", filters.topicIDs)
        if filters.quotesOnly {
            sql += " AND EXISTS (SELECT 1 FROM quotes WHERE paragraph_id = p.id)"
        }
        return (sql, arguments)
    }
}
