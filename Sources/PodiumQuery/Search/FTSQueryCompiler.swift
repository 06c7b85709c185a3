import Foundation
import PodiumText

/// Writes a ``SearchQuery`` as an FTS5 MATCH expression over `paragraphs_fts`.
///
/// This is the one place where user input meets FTS5 syntax: every word is written as a
/// double-quoted FTS5 string (so `AND`, `NEAR(` or `'; DROP` are only words), and only this
/// type writes operators and column filters. A plain word matches in three ways, which bm25
/// adds up, so that the exact form ranks above the stem and the stem above the prefix:
///
/// - the word itself in `text` ("Kurwitz" finds "Kürwitz": the index folds diacritics),
/// - its German stem in `stems` ("Schulen" finds "Schule", not "Schulden"),
/// - words that begin with it in `text`, for words of four letters or more, so that
///   "Kindergarten" finds "Kindergartenplätzen".
///
/// A hyphenated compound also matches its parts in a row and the joined word's stem
/// ("Kita-Plätze" finds "Kitaplätze"). A quoted phrase and an explicit `word*` match `text`
/// only. For example:
///
/// ```swift
/// FTSQueryCompiler.compile(SearchQuery(parsing: "Schulen -Schulden"))
/// // ({text} : "Schulen" OR {stems} : "schul" OR {text} : "Schulen" *)
/// //   NOT (({text} : "Schulden" OR {stems} : "schuld" OR {text} : "Schulden" *))
/// ```
///
/// See <https://sqlite.org/fts5.html#full_text_query_syntax>.
public enum FTSQueryCompiler {
    /// Words shorter than this are not also searched as prefixes: "Rat" should not find every
    /// "Rathaus" and "Ratgeber".
    static let minimumPrefixLength = 4

    /// The MATCH expression, or nil when the query has nothing to search for.
    ///
    /// `expandingPrefixes` says for which words the compounds they begin are searched too
    /// (all by default); search leaves out words so common that the prefix would read too much.
    public static func compile(_ query: SearchQuery, expandingPrefixes: (String) -> Bool = { _ in true }) -> String? {
        guard !query.isEmpty else { return nil }
        let alternatives = query.alternatives.compactMap { terms -> String? in
            let included = terms.filter { !$0.isExcluded }.map { term($0, expandingPrefixes) }
            let excluded = terms.filter(\.isExcluded).map { term($0, expandingPrefixes) }
            guard !included.isEmpty else { return nil }
            var expression = included.joined(separator: " AND ")
            if !excluded.isEmpty {
                expression += " NOT (" + excluded.joined(separator: " OR ") + ")"
            }
            return "(" + expression + ")"
        }
        return alternatives.joined(separator: " OR ")
    }

    /// The MATCH expression for the trigram index (`--substring`): every word or phrase as a
    /// substring, in any word ("Plätze" in "Kindergartenplätzen"). Words shorter than three
    /// letters cannot be searched so and are left out.
    public static func compileSubstrings(_ query: SearchQuery) -> String? {
        var substrings = query
        substrings.alternatives = query.alternatives.map { terms in
            terms.filter { $0.words.joined(separator: " ").count >= 3 }
        }.filter { $0.contains { !$0.isExcluded } }
        guard !substrings.isEmpty else { return nil }
        return substrings.alternatives.map { terms in
            let included = terms.filter { !$0.isExcluded }.map { quote($0.words.joined(separator: " ")) }
            let excluded = terms.filter(\.isExcluded).map { quote($0.words.joined(separator: " ")) }
            return "(" + included.joined(separator: " AND ")
                + (excluded.isEmpty ? "" : " NOT (" + excluded.joined(separator: " OR ") + ")") + ")"
        }.joined(separator: " OR ")
    }

    /// The single words of a query whose compounds search may look for: not phrases, not
    /// prefixes, long enough.
    static func prefixCandidates(_ query: SearchQuery) -> [SearchQuery.Term] {
        query.alternatives.flatMap { $0 }.filter {
            !$0.isExcluded && !$0.isPhrase && !$0.isPrefix && $0.words.count == 1 && $0.words[0].count >= minimumPrefixLength
        }
    }

    private static func term(_ term: SearchQuery.Term, _ expandingPrefixes: (String) -> Bool) -> String {
        let phrase = quote(term.words.joined(separator: " "))
        if term.isPhrase || term.isPrefix {
            return "{text} : " + phrase + (term.isPrefix ? " *" : "")
        }
        var forms = ["{text} : " + phrase, "{stems} : " + quote(term.words.map(TextAnalyzer.stem).joined(separator: " "))]
        if term.words.count > 1 {
            forms.append("{stems} : " + quote(TextAnalyzer.stem(term.words.joined())))
        } else if term.words[0].count >= minimumPrefixLength, expandingPrefixes(term.words[0]) {
            forms.append("{text} : " + phrase + " *")
        }
        return "(" + forms.joined(separator: " OR ") + ")"
    }

    private static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
