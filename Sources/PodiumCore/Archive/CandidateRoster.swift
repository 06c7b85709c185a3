import GRDB

/// Everyone who stood in an election of one municipality: whom an article about that place
/// names again. Read once an article rather than looked up once a candidate (each lookup walked
/// the place's candidacies, a tenth of the storing thread at 20,000 articles), and kept up to
/// date while the article's candidates are stored, so that each candidate is found as a lookup
/// at that moment would find them: the first person stored who stood here under that name or
/// alias.
///
/// Names are compared byte for byte, as SQLite compares them, not by Swift's canonical
/// equivalence.
struct CandidateRoster {
    private var personByName: [Name: Int64] = [:]
    private var persons: Set<Int64> = []
    /// Whether the article's election is in this municipality, so that its new candidates are.
    private let electionIsHere: Bool

    init(_ db: Database, ags: String, electionID: Int64) throws {
        electionIsHere = try db.cachedStatement(sql: ImportSQL.electionInMunicipality)
            .firstInteger(.integer(electionID), .text(ags)) != nil
        try db.cachedStatement(sql: ImportSQL.rosterOfMunicipality).forEachTextAndInteger(.text(ags)) { name, person in
            add(person, named: name)
        }
    }

    /// Who stood here under this name, or has it as an alias; of several, the first stored.
    func person(named name: String, _ db: Database) throws -> Int64? {
        var first = personByName[Name(name)]
        // Aliases are few and rarely a full name: looked up, not read for the whole place.
        try db.cachedStatement(sql: ImportSQL.personsByAlias).forEachInteger(.text(name)) { person in
            if persons.contains(person), first.map({ person < $0 }) ?? true { first = person }
        }
        return first
    }

    /// A person just stored for a candidate of the article's election.
    mutating func add(newPerson person: Int64, named name: String) {
        if electionIsHere { add(person, named: name) }
    }

    private mutating func add(_ person: Int64, named name: String) {
        persons.insert(person)
        let key = Name(name)
        if let first = personByName[key], first <= person { return }
        personByName[key] = person
    }

    /// A name whose equality is SQLite's: the same UTF-8 bytes.
    private struct Name: Hashable {
        let text: String
        init(_ text: String) { self.text = text }

        static func == (a: Name, b: Name) -> Bool { a.text.hasSameBytes(as: b.text) }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
