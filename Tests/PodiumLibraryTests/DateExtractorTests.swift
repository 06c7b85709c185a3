@testable import PodiumExtraction
import PodiumModel
@testable import PodiumReaders
import Testing

/// The forum's and the election's day from report text, in every form reports write them.
@Suite struct DateExtractorTests {
    static let today = CalendarDate(parsing: "2026-12-07")!

    func dates(_ text: String, published: String? = nil) -> (forum: String?, election: String?) {
        let found = DateExtractor.dates(
            in: text.components(separatedBy: "\n"), published: published.flatMap(CalendarDate.init(parsing:)), today: Self.today)
        return (found.forum?.description, found.elections.isEmpty ? nil : found.elections.map(\.description).joined(separator: " "))
    }

    @Test func aDateAfterTheArticleIsNotTheForumsDate() {
        #expect(dates("Das Podium findet am 9. Juni 2024 statt.", published: "2024-05-01").forum == nil)
        #expect(dates("Das Podium fand am 9. Juni 2024 statt.", published: "2024-07-01").forum == "2024-06-09")
    }

    @Test(arguments: [
        ("Die Podiumsdiskussion am 06.03.2017 im Bürgerhaus war gut besucht.", "2017-03-06"),
        ("Die Podiumsdiskussion am 6.3.17 im Bürgerhaus war gut besucht.", "2017-03-06"),
        ("Bei der Diskussion am Montag, 6. März 2017, fragte das Publikum nach Radwegen.", "2017-03-06"),
    ])
    func writtenDates(text: String, day: String) {
        #expect(dates(text).forum == day)
    }

    @Test func aDayWithoutAYearTakesTheYearOfThePublication() {
        #expect(dates("Am Dienstag, 12. Oktober, diskutierten die Bewerber im Kurhaus.", published: "2021-10-14").forum == "2021-10-12")
        // Published in January: the forum in December was the year before.
        #expect(dates("Die Veranstaltung am 14. Dezember im Bürgersaal war ausverkauft.", published: "2022-01-10").forum == "2021-12-14")
        // Without a publication, the one year the text names.
        #expect(dates("Zur Bürgermeisterwahl 2019 luden die Vereine ein. Das Forum am 2. April war voll.").forum == "2019-04-02")
        #expect(dates("Das Forum am 2. April war voll.").forum == nil)
    }

    @Test func daysRelativeToThePublication() {
        // 2023-09-13 was a Wednesday.
        #expect(dates("Am Montagabend stellten sich die drei Kandidaten den Fragen.", published: "2023-09-13").forum == "2023-09-11")
        #expect(dates("Gestern diskutierten die Bewerber in der Stadthalle.", published: "2023-09-13").forum == "2023-09-12")
        #expect(dates("Am Montagabend stellten sich die drei Kandidaten den Fragen.").forum == nil)
        // The vote is ahead.
        #expect(dates("Gewählt wird am Sonntag.", published: "2023-09-13").election == "2023-09-17")
    }

    @Test func theElectionsDayMayFollowThePublication() {
        let found = dates("Beim Wahlforum am 4. September 2023 ging es um Schulen. Die Wahl ist am 24. September 2023.", published: "2023-09-06")
        #expect(found.forum == "2023-09-04")
        #expect(found.election == "2023-09-24")
    }

    @Test func theWayToTheBallotBoxIsTheVote() {
        let found = dates("Ehe am 3. Juli 2022 die Bürgerinnen an die Urnen gehen, konnten die Leser die Bewerber erleben.")
        #expect(found.election == "2022-07-03")
        #expect(found.forum == nil)
    }

    @Test func aRunOffIsTheSecondDayOfTheVote() {
        let text = """
            Beim Podium am Dienstag, 2. Juni 2015, diskutierten die drei Bewerber um das Bürgermeisteramt.
            Gewählt wird am 7. Juni 2015; eine Stichwahl wäre am 28. Juni 2015.
            """
        #expect(dates(text).election == "2015-06-07 2015-06-28")
        let facts = ElectionExtractor.facts(
            in: text.components(separatedBy: "\n"), title: nil,
            days: DateExtractor.dates(in: text.components(separatedBy: "\n"), published: nil, today: Self.today).elections)
        #expect(facts == ElectionFacts(office: "Bürgermeister", round: 1, year: 2015, date: CalendarDate(parsing: "2015-06-07")))
        #expect(facts.label == "Bürgermeisterwahl 2015")
    }

    @Test func termsDeadlinesAndThePastAreNoForum() {
        #expect(dates("Der Amtsantritt ist am 1. Mai 2024. Die Bewerbungsfrist endet am 3. März 2024.", published: "2024-04-10").forum == nil)
        #expect(dates("Die Stadt wurde am 15. Juni 1215 erstmals erwähnt.").forum == nil)
        // Long before the publication: another event.
        #expect(dates("Schon am 3. Januar 2023 hatte die Partei ihren Kandidaten vorgestellt.", published: "2023-09-13").forum == nil)
    }

    @Test func twoDaysOfTheForumAreNone() {
        #expect(dates("Das Podium am 3. Mai 2022 und das Forum am 5. Mai 2022 waren gut besucht.").forum == nil)
    }

    @Test func thePublicationALineStates() {
        #expect(DateExtractor.publication(in: ["Veröffentlicht am 12.03.2019, 18:04 Uhr", "Text"])?.date.description == "2019-03-12")
        #expect(DateExtractor.publication(in: ["Erschienen am 4. Mai 2021"])?.date.description == "2021-05-04")
        #expect(DateExtractor.publication(in: ["Text", "Mehr dazu in der Ausgabe vom 3. Mai 2019."])?.date.description == "2019-05-03")
        #expect(DateExtractor.publication(in: ["Den ganzen Artikel lesen Sie in der Musterstädter Zeitung von Donnerstag, 25. April 2019"])?
            .date.description == "2019-04-25")
        // A dateline near the top: a short line that is mostly a date.
        let lines = ["Podium in Musterstadt", "Lokales · Mi, 14. Juni 2023 um 09:41 Uhr", "Am Montagabend stellten sich die Kandidaten vor."]
        #expect(DateExtractor.publication(in: lines).map { "\($0.date) \($0.line)" } == "2023-06-14 1")
        #expect(DateExtractor.publication(in: ["Am 4. Mai 2021 diskutierten sie."]) == nil)
        #expect(DateExtractor.publication(in: ["Bürgermeisterwahl 13.03.2022"]) == nil)
    }

    /// The dateline gives the day the report was published, from which "am Montagabend" counts.
    @Test func aDatelineDatesTheForum() throws {
        let body = ArticleLayout.parse("""
            Lokales · Mi, 14. Juni 2023 um 09:41 Uhr

            Am Montagabend stellten sich die Bewerber um das Amt des Oberbürgermeisters bei einer Podiumsdiskussion den Fragen der Bürger.
            """, format: .txt)
        let extraction = ArticleExtractor().extract(body, metadata: ArticleMetadata(kind: .forumReport))
        #expect(extraction.publishedDate?.description == "2023-06-14")
        #expect(extraction.forumDate?.description == "2023-06-12")
        #expect(extraction.election.office == "Oberbürgermeister")
    }

    /// What a sentence says of its date: "wählt" is the vote; "zur Wahl stehen" a candidacy, not its day.
    @Test func theVoteAndTheCandidacy() {
        #expect(dates("Am 13. September 2020 wählt Nordtal einen neuen Bürgermeister.").election == "2020-09-13")
        let candidacy = "Am Dienstag, dem 16.09.2025, stellten sich zwei Bewerber, die für das Amt zur Wahl stehen, den Fragen der Schüler."
        #expect(dates(candidacy) == ("2025-09-16", nil))
        // One uncued day beside the vote's: the forum's.
        #expect(dates("Der Verein gab am 12.08.2020 die Gelegenheit, die Kandidaten zu hören.\nAm 13. September wählt Nordtal.").forum
            == "2020-08-12")
    }

    /// A heading's year completes a day the text writes without one ("Kommunalwahl 2020" above "am Montag (24.8.)").
    @Test func aHeadingsYearCompletesADay() {
        let paragraphs = ["Die drei Bewerber sind am Montag (24.8.) zum Kandidatenduell in der Halle angetreten."]
        #expect(DateExtractor.dates(in: paragraphs, headings: ["Kommunalwahl 2020"], published: nil, today: Self.today).forum?.description
            == "2020-08-24")
        #expect(DateExtractor.dates(in: paragraphs, published: nil, today: Self.today).forum == nil)
    }

    @Test func calendarArithmetic() {
        let day = CalendarDate(parsing: "2024-02-28")!
        #expect(day.adding(days: 2)?.description == "2024-03-01")
        #expect(CalendarDate(parsing: "1970-01-01")!.dayNumber == 0)
        #expect(CalendarDate(parsing: "2023-09-11")!.weekday == 0)
        #expect(CalendarDate(dayNumber: day.dayNumber) == day)
    }
}
