/// Expressions that several statements share, written once.
enum SharedSQL {
    /// A candidacy's party as people read it: the catalogue's short name, else its name, else
    /// the article's spelling. Needs the candidacy as `c` and its party, left-joined, as `pa`.
    static let partyLabel = "coalesce(pa.short_name, pa.name, c.party_spelling)"
}
