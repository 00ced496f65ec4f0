import Testing
import TracuuIngest
import TracuuValues

@Suite("Dates and timestamps")
struct DatePhrasesTests {
    private static func show(_ r: ClosedRange<Day>) -> String {
        r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound)...\(r.upperBound)"
    }

    @Test(arguments: [
        ("05/10/2020", nil, ["2020-10-05"]), ("5/10/2020", nil, ["2020-10-05"]), ("05-10-2020", nil, ["2020-10-05"]),
        ("5.10.2020", nil, ["2020-10-05"]), ("ngày 5 tháng 10 năm 2020", nil, ["2020-10-05"]),
        ("Ngày 7.4", 2021, ["2021-04-07"]), ("Ngày 7.4", nil, []), ("ngày 30/5", 2019, ["2019-05-30"]),
        ("từ ngày 28/7 đến ngày 30/7/2020", nil, ["2020-07-28...2020-07-30"]),
        ("28 - 30/7/2020", nil, ["2020-07-28...2020-07-30"]), ("28-30/7/2020", nil, ["2020-07-28...2020-07-30"]),
        ("ngày 20 và 21-7", 2020, ["2020-07-20...2020-07-21"]),
        ("Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị", nil, ["2019-05-30"]),
        ("30/2/2020", nil, []), ("tăng 7-8%", 2020, []), ("Nghị định 30/2020/NĐ-CP", nil, []),
        ("quý 2-2021", nil, []),
    ] as [(String, Int?, [String])])
    func dates(text: String, defaultYear: Int?, expected: [String]) {
        #expect(DatePhrases.scan(text, defaultYear: defaultYear).map { Self.show($0.value) } == expected)
    }

    @Test func seedDateRangeSpan() {
        let s = "sau gần 3 ngày tiến hành (từ ngày 28/7 đến ngày 30/7/2020), làm việc"
        #expect(DatePhrases.scan(s).map { String(s[$0.range]) } == ["28/7 đến ngày 30/7/2020"])
    }

    @Test(arguments: [
        (Seeds.timestampLine, "2020-10-05", "10:27", true),
        ("Chủ nhật - 04/10/2020 10h27", "2020-10-04", "10:27", true),
        ("Thứ ba - 05/10/2020 10 giờ 27", "2020-10-05", "10:27", false),
        ("Thứ 2 - 05/10/2020", "2020-10-05", nil, true),
        ("05/10/2020 08:05", "2020-10-05", "08:05", nil),
    ] as [(String, String, String?, Bool?)])
    func timestamps(line: String, day: String, time: String?, weekdayMatches: Bool?) {
        let stamp = DatePhrases.pageTimestamp(line)
        #expect(stamp?.day.description == day)
        #expect(stamp?.time == time)
        #expect(stamp?.weekdayMatches == weekdayMatches)
        #expect(DatePhrases.timestamp(line)?.day.description == day)
    }

    @Test func noTimestampInPlainText() {
        #expect(DatePhrases.timestamp("Phản hồi") == nil)
    }
}
