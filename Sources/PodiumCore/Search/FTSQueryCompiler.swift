import Foundation

/// Writes a ``SearchQuery`` as an FTS5 MATCH expression.
///
/// This is the one place where user input meets FTS5 syntax: every word is written as a
/// double-quoted FTS5 string (so `AND`, `NEAR(` or `'; DROP` are only words), and only this
/// type writes the operators. For example:
///
/// ```swift
/// FTSQueryCompiler.compile(SearchQuery(parsing: "Kita OR Schul* -Schulden"))
/// // ("kita") OR ("schul" * NOT ("schulden"))
/// ```
///
/// See <https://sqlite.org/fts5.html#full_text_query_syntax>.
public enum FTSQueryCompiler {
    /// The MATCH expression, or nil when the query has nothing to search for.
    public static func compile(_ query: SearchQuery) -> String? {
        guard !query.isEmpty else { return nil }
        let alternatives = query.alternatives.compactMap { terms -> String? in
            let included = terms.filter { !$0.isExcluded }.map(term)
            let excluded = terms.filter(\.isExcluded).map(term)
            guard !included.isEmpty else { return nil }
            var expression = included.joined(separator: " AND ")
            if !excluded.isEmpty {
                expression += " NOT (" + excluded.joined(separator: " OR ") + ")"
            }
            return "(" + expression + ")"
        }
        return alternatives.joined(separator: " OR ")
    }

    private static func term(_ term: SearchQuery.Term) -> String {
        let phrase = "\"" + term.words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return term.isPrefix ? phrase + " *" : phrase
    }
}
