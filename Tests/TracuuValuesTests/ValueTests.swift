import Testing
import TracuuValues

@Suite("Values")
struct ValueTests {
    @Test(arguments: [
        ("2021-03-31", "2021-03-31"), ("30/7/2020", "2020-07-30"), ("05/10/2020", "2020-10-05"),
        ("2020-02-29", "2020-02-29"), ("2000-02-29", "2000-02-29"),
    ])
    func daysParse(_ text: String, _ iso: String) {
        #expect(Day(parsing: text)?.description == iso)
    }

    @Test(arguments: ["2021-02-29", "1900-02-29", "31/4/2021", "2021-13-01", "0/1/2020", "2021/03/31", "21-03-31", "", "abc", "1/1/20"])
    func badDaysDoNotParse(_ text: String) {
        #expect(Day(parsing: text) == nil)
    }

    @Test(arguments: [("2020-2025", "2020-2025"), ("2020 - 2025", "2020-2025"), ("2020 – 2025", "2020-2025"), ("2020\u{00A0}–\u{00A0}2025", "2020-2025")])
    func termsParse(_ text: String, _ canonical: String) {
        #expect(Term(parsing: text)?.description == canonical)
    }

    @Test(arguments: ["2025-2020", "2020", "20-2025", "2020-25", "abcd-efgh"])
    func badTermsDoNotParse(_ text: String) {
        #expect(Term(parsing: text) == nil)
    }

    @Test func termsHoldDatesAndYears() throws {
        let term = try #require(Term(start: 2020, end: 2025))
        #expect(term.contains(year: 2020) && term.contains(year: 2025) && !term.contains(year: 2026))
        #expect(term.contains(try #require(Day(year: 2025, month: 12, day: 31))))
    }

    @Test(arguments: [("2021", "2021"), ("2021-Q1", "2021-Q1"), ("2021-q4", "2021-Q4"), ("2021-H2", "2021-H2"), ("2021-06", "2021-06"),
                       ("2021-YTD07", "2021-YTD07"), ("2021-ytd09", "2021-YTD09"), ("2024-YTD", "2024-YTD"), ("2015-2020", "2015-2020")])
    func periodsParse(_ text: String, _ canonical: String) {
        #expect(Period(parsing: text)?.description == canonical)
    }

    @Test(arguments: ["2021-Q5", "2021-Q0", "2021-H3", "2021-13", "2021-6", "21-Q1", "2021-", "2021-Q1-x",
                       "2021-YTD13", "2021-YTD7", "2021-YTDX", "2020-2020", "2020-2019", "2021-Y"])
    func badPeriodsDoNotParse(_ text: String) {
        #expect(Period(parsing: text) == nil)
    }

    @Test func periodsOrderByTime() throws {
        let order = try ["2020", "2020-Q4", "2021-01", "2021-Q1", "2021-H1", "2021", "2021-02", "2021-Q2", "2021-H2"]
            .map { try #require(Period(parsing: $0)) }
        #expect(order == order.sorted())
        #expect(order.shuffled().sorted() == order)
    }

    @Test func firstMonthsYearSoFarAndSpansOrderByTime() throws {
        // 2021-YTD07 starts with the year and ends in July; 2021-YTD runs to December, after `2021`.
        let order = try ["2015-2020", "2020", "2021-01", "2021-Q1", "2021-H1", "2021-YTD07", "2021", "2021-YTD", "2021-2023"]
            .map { try #require(Period(parsing: $0)) }
        #expect(order == order.sorted())
        let span = try #require(Period.span(2016, 2020))
        let day = try #require(Day(year: 2018, month: 5, day: 1))
        #expect(span.endYear == 2020 && span.contains(day))
        let sevenMonths = try #require(Period.firstMonths(2022, 7))
        #expect(sevenMonths.contains(try #require(Day(year: 2022, month: 7, day: 31))))
        #expect(!sevenMonths.contains(try #require(Day(year: 2022, month: 8, day: 1))))
    }

    @Test func periodsHoldDays() throws {
        let q1 = try #require(Period.quarter(2021, 1))
        #expect(q1.contains(try #require(Day(year: 2021, month: 3, day: 31))))
        #expect(!q1.contains(try #require(Day(year: 2021, month: 4, day: 1))))
    }

    @Test(arguments: [(956.0, "956"), (38.1, "38.1"), (-2.5, "-2.5"), (0.25, "0.25"), (1e20, "100000000000000000000"), (1e22, "1e+22")])
    func numbersPrintShort(_ value: Double, _ text: String) {
        #expect(Value.number(value).description == text)
    }

    @Test func missingPrintsEmptyAndHasNoType() {
        #expect(Value.missing.description == "")
        #expect(Value.missing.type == nil)
        #expect(Value.integer(3).numeric == 3)
    }
}
