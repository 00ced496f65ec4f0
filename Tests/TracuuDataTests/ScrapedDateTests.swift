import Testing
@testable import TracuuData
import TracuuValues

/// Dates as scrapers write them: with a time of day and a zone. A date field reads the
/// date as written; an article's time goes to its `time` field when that is empty.
@Suite struct ScrapedDateTests {
    @Test(arguments: [
        "2021-04-10T08:00:00+07:00",
        "2021-04-10T23:30:00Z",          // the date as written, not moved to another zone
        "2021-04-10T08:00:00.123+0700",
        "2021-04-10t08:00z",
        "2021-04-10 08:00",
        "2021-04-10  08:00:59",
        "2021-04-10T08:00-03",
        "10/04/2021 08:00",
        " 2021-04-10T08:00 ",
    ])
    func aDateWithATimeReadsAsItsDate(_ cell: String) {
        #expect(ValueParser.parse(cell, as: .date) == .date(Day(year: 2021, month: 4, day: 10)!))
    }

    @Test(arguments: [
        "2021-04-10T25:00",              // no such hour
        "2021-04-10T08:61",
        "2021-04-10T",
        "2021-04-10 sáng",
        "2021-04-10T08:00+25:00",
        "2021-04-10T8:00",
        "2021-04-31T08:00",              // no such day
    ])
    func whatFollowsTheDateMustBeATime(_ cell: String) {
        #expect(ValueParser.parse(cell, as: .date) == nil)
    }

    static let csv = """
        id,title,date,time
        cam-lo,Bài ở Cam Lộ,2021-04-10T08:00:00+07:00,
        gio-linh,Bài ở Gio Linh,2021-04-11 14:05,09:15
        hai-lang,Bài ở Hải Lăng,2021-04-12,

        """

    static let jsonl = """
        {"id": "cam-lo", "title": "Bài ở Cam Lộ", "date": "2021-04-10T08:00:00+07:00"}
        {"id": "gio-linh", "title": "Bài ở Gio Linh", "date": "2021-04-11 14:05", "time": "09:15"}
        {"id": "hai-lang", "title": "Bài ở Hải Lăng", "date": "2021-04-12", "time": null}

        """

    static func datesAndTimes(_ load: FileLoad) -> [String] {
        let d = load.rows.build()
        guard let date = d.schema.index(of: "date"), let time = d.schema.index(of: "time") else { return [] }
        return (0..<d.rowCount).map { "\(d.value(row: $0, column: date)) \(d.value(row: $0, column: time))" }
    }

    static let expected = ["2021-04-10 08:00:00+07:00", "2021-04-11 09:15", "2021-04-12 "]

    @Test func theCarefulCSVPathKeepsTheTimeWhereTheRowHasNone() {
        let load = CSVLoader.load(Array(Self.csv.utf8), file: "articles.csv", schema: Schemas.articles)
        #expect(!load.failed)
        #expect(Self.datesAndTimes(load) == Self.expected)
    }

    @Test func theCarefulJSONPathKeepsTheTimeWhereTheRowHasNone() {
        let load = JSONLoader.loadLines(Array(Self.jsonl.utf8), file: "articles.jsonl", schema: Schemas.articles)
        #expect(!load.failed)
        #expect(Self.datesAndTimes(load) == Self.expected)
    }

    /// The fast paths leave a date with a time to the careful path, which alone fills
    /// `time`; a load reads the same either way.
    @Test func theFastPathsStepAsideForDatesWithTimes() {
        for splitSize in [chunkSplitSize, 1] {
            #expect(FastCSVLoader.load(Array(Self.csv.utf8), file: "articles.csv", schema: Schemas.articles, splitSize: splitSize) == nil)
            #expect(FastJSONLinesLoader.load(Array(Self.jsonl.utf8), file: "articles.jsonl", schema: Schemas.articles, splitSize: splitSize) == nil)
        }
        // Also when no query needs the date: its column is checked all the same.
        let noDate = Schemas.articles.fields.map { $0.name != "date" }
        #expect(FastCSVLoader.load(Array(Self.csv.utf8), file: "articles.csv", schema: Schemas.articles, kept: noDate) == nil)
        #expect(FastJSONLinesLoader.load(Array(Self.jsonl.utf8), file: "articles.jsonl", schema: Schemas.articles, kept: noDate) == nil)
        #expect(Self.datesAndTimes(FileLoad.read(Array(Self.csv.utf8), file: "articles.csv", format: .csv, schema: Schemas.articles)) == Self.expected)
        #expect(Self.datesAndTimes(FileLoad.read(Array(Self.jsonl.utf8), file: "articles.jsonl", format: .jsonl, schema: Schemas.articles)) == Self.expected)
    }

    /// Where no field takes the time (a date in a schema without `time`), the fast path
    /// reads such dates itself, as the careful one does.
    @Test func withoutATimeFieldBothPathsReadTheDate() throws {
        let schema = Schema(dataset: "events", fields: [Field("id", .text), Field("date", .date)])
        let csv = Array("id,date\ne1,2021-04-10T08:00:00+07:00\ne2,2021-04-11 09:00\n".utf8)
        let careful = CSVLoader.load(csv, file: "events.csv", schema: schema)
        let fast = try #require(FastCSVLoader.load(csv, file: "events.csv", schema: schema))
        #expect(CSVPathsAgreeTests.rows(fast) == CSVPathsAgreeTests.rows(careful))
        #expect(CSVPathsAgreeTests.rows(careful).map { $0[1] } == [.date(Day(year: 2021, month: 4, day: 10)!), .date(Day(year: 2021, month: 4, day: 11)!)])
        let jsonl = Array("{\"id\": \"e1\", \"date\": \"2021-04-10T08:00:00Z\"}\n".utf8)
        let fastJSON = try #require(FastJSONLinesLoader.load(jsonl, file: "events.jsonl", schema: schema))
        #expect(CSVPathsAgreeTests.rows(fastJSON) == CSVPathsAgreeTests.rows(JSONLoader.loadLines(jsonl, file: "events.jsonl", schema: schema)))
    }

    @Test func aTimeThatIsNoTimeIsABadDateAtItsCell() {
        let csv = Array("id,date\ncam-lo,2021-04-10T25:00\n".utf8)
        let load = FileLoad.read(csv, file: "articles.csv", format: .csv, schema: Schemas.articles)
        #expect(load.diagnostics.map(\.message) == ["'2021-04-10T25:00' is not a date (field 'date' of articles)"])
        #expect(load.diagnostics.first?.place.map { "\($0.line):\($0.column)" } == "2:8")
    }
}
