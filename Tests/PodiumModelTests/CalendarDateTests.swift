@testable import PodiumModel
import Testing

@Suite struct CalendarDateTests {
    @Test func parsesISOAndGermanForms() {
        #expect(CalendarDate(parsing: "2023-05-10")?.description == "2023-05-10")
        #expect(CalendarDate(parsing: "10.5.2023")?.description == "2023-05-10")
        #expect(CalendarDate(parsing: "09.06.2024")?.description == "2024-06-09")
    }

    @Test(arguments: ["2023-02-30", "2023-13-01", "2023-00-10", "2023-5-10", "10/05/2023", "gestern", "", "2023-02-29"])
    func refusesDaysThatDoNotExist(text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    @Test func knowsLeapYears() {
        #expect(CalendarDate(parsing: "2024-02-29") != nil)
        #expect(CalendarDate(parsing: "2000-02-29") != nil)
        #expect(CalendarDate(parsing: "1900-02-29") == nil)
    }

    @Test func boundsWidenYearsAndMonths() {
        #expect(DateBound.start("2019")?.description == "2019-01-01")
        #expect(DateBound.end("2019")?.description == "2019-12-31")
        #expect(DateBound.end("2024-02")?.description == "2024-02-29")
        #expect(DateBound.start("2019-13") == nil)
        #expect(DateBound.end("neunzehn") == nil)
    }
}
