import GRDB
import PodiumText

/// Everyone who stood in an election of one place (a municipality, or none): whom an article
/// about that place names again. A candidate is the first person stored who stood there under
/// that name or alias.
///
/// Names are compared byte for byte, as SQLite compares them, not by Swift's canonical
/// equivalence.
struct CandidateRoster {
    private var personByName: [Name: Int64] = [:]
    private(set) var persons: Set<Int64> = []

    init(_ db: Database, ags: String?) throws {
        try db.cachedStatement(sql: ImportSQL.roster).forEachTextAndInteger(.text(ags)) { name, person in
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

    /// A person (with their name as stored) who now stands here too.
    mutating func add(_ person: Int64, named name: String) {
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

/// The rosters an import has read, kept from article to article and kept up to date with each
/// candidacy it stores, so that each candidate is found as a lookup in the archive at that
/// moment would find them.
///
/// Reading a municipality's roster for every article took 141 µs an article at 100,000
/// articles (13.3 s), and finding a candidate of an article without a place by name, among
/// hundreds of namesakes, 1 ms (20.1 s). Another connection's commit makes them stale: the
/// import forgets them when `PRAGMA data_version` says one happened, when an article fails
/// (its savepoint is rolled back), and when they hold more than ``maximumPersons``.
final class CandidateRosters {
    static let maximumPersons = 400_000

    private var rosters: [String?: CandidateRoster] = [:]
    private var persons = 0

    /// The person of this name who stood in `ags` (nil: in an election without a place).
    func person(named name: String, stoodIn ags: String?, _ db: Database) throws -> Int64? {
        if rosters[ags] == nil {
            if persons > Self.maximumPersons { forget() }
            let roster = try CandidateRoster(db, ags: ags)
            persons += roster.persons.count
            rosters[ags] = roster
        }
        return try rosters[ags]!.person(named: name, db)
    }

    /// A candidacy just stored: its person stands in `ags` from now on. `name` is the person's
    /// name as stored, when the caller knows it.
    func stored(_ person: Int64, named name: String?, stoodIn ags: String?, _ db: Database) throws {
        guard rosters[ags]?.persons.contains(person) == false else { return }
        guard let storedName = try name ?? String.fetchOne(db.cachedStatement(sql: ImportSQL.personName), arguments: [person]) else {
            return
        }
        rosters[ags]!.add(person, named: storedName)
        persons += 1
    }

    func forget() {
        rosters = [:]
        persons = 0
    }
}
