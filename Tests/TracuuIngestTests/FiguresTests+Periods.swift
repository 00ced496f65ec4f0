import Testing
import TracuuIngest
import TracuuValues

@Suite("Periods and terms")
struct PeriodPhrasesTests {
    @Test(arguments: [
        ("quý I năm 2021", nil, ["2021-Q1"]), ("quý I/2021", nil, ["2021-Q1"]), ("quý I.2021", nil, ["2021-Q1"]),
        ("quý 2-2021", nil, ["2021-Q2"]), ("quý 2.2021", nil, ["2021-Q2"]), ("quí I", 2021, ["2021-Q1"]),
        ("Quý IV/2020", nil, ["2020-Q4"]), ("quý I", nil, []), ("quý V/2021", nil, []),
        ("6 tháng đầu năm 2021", nil, ["2021-H1"]), ("6 tháng cuối năm", 2021, ["2021-H2"]),
        ("3 tháng đầu năm 2021", nil, ["2021-Q1"]), ("9 tháng", 2021, ["2021-YTD09"]), ("từ đầu năm đến nay", 2021, ["2021-YTD"]), ("9 tháng", nil, []),
        ("7 tháng đầu năm 2022", nil, ["2022-YTD07"]), ("từ đầu năm 2024 đến nay", nil, ["2024-YTD"]),
        ("6 tháng", 2023, ["2023-H1"]), ("tính đến hết tháng 9/2021", nil, ["2021-YTD09"]),
        ("cả năm 2023", nil, ["2023"]), ("cả năm", 2022, ["2022"]),
        ("nửa đầu năm 2021", nil, ["2021-H1"]), ("nửa cuối năm", 2022, ["2022-H2"]), ("lúa cả năm", 2022, []),
        ("Sáu tháng đầu năm 2022", nil, ["2022-H1"]), ("chín tháng đầu năm", 2022, ["2022-YTD09"]), ("ba tháng", 2022, []),
        ("tháng 6.2021", nil, ["2021-06"]), ("tháng 6/2021", nil, ["2021-06"]), ("tháng 6-2021", nil, ["2021-06"]),
        ("tháng 6 năm 2021", nil, ["2021-06"]), ("năm 2020", nil, ["2020"]), ("NĂM 2020", nil, ["2020"]),
        ("trong quý I năm 2021, các chỉ tiêu đều tăng so với năm 2020", nil, ["2021-Q1", "2020"]),
        ("ngày 5 tháng 10 năm 2020", nil, []), ("hằng năm", nil, []),
    ] as [(String, Int?, [String])])
    func periods(text: String, defaultYear: Int?, expected: [String]) {
        #expect(PeriodPhrases.scan(text, defaultYear: defaultYear).map(\.value.description) == expected)
    }

    @Test(arguments: [
        ("9 tháng", nil, [PeriodPhrase.firstMonths(9, year: nil)]),
        ("9 tháng đầu năm 2021", nil, [.firstMonths(9, year: 2021)]),
        ("2 tháng đầu năm", 2021, [.firstMonths(2, year: 2021)]),
        ("từ đầu năm đến nay", nil, [.yearToDate(year: nil)]),
        ("6 tháng đầu năm 2021", nil, [.period(Period(kind: .half, year: 2021, index: 1)!)]),
    ] as [(String, Int?, [PeriodPhrase])])
    func periodPhrasesWithoutAPeriod(text: String, defaultYear: Int?, expected: [PeriodPhrase]) {
        #expect(PeriodPhrases.phrases(text, defaultYear: defaultYear).map(\.value) == expected)
    }

    @Test func seedQuarterSpan() {
        let s = "Nhờ triển khai đồng bộ các giải pháp, trong quý I năm 2021, các chỉ tiêu"
        let found = PeriodPhrases.scan(s)
        #expect(found.map { String(s[$0.range]) } == ["quý I năm 2021"])
    }

    @Test(arguments: [
        ("nhiệm kỳ 2020 - 2025", "nhiệm kỳ", "2020-2025"), ("nhiệm kỳ 2020 – 2025", "nhiệm kỳ", "2020-2025"),
        ("nhiệm kỳ 2020-2025", "nhiệm kỳ", "2020-2025"), ("giai đoạn 2021–2025", "giai đoạn", "2021-2025"),
        ("thời kỳ 2021-2030", "thời kỳ", "2021-2030"), ("Nhiệm kì 2020 - 2025", "nhiệm kỳ", "2020-2025"),
        ("nhiệm kỳ 2021-2026", "nhiệm kỳ", "2021-2026"), ("2020 – 2025", nil, "2020-2025"),
    ] as [(String, String?, String)])
    func terms(text: String, keyword: String?, term: String) {
        let found = TermPhrases.scan(text)
        #expect(found.map(\.value.keyword) == [keyword])
        #expect(found.map(\.value.term.description) == [term])
    }

    @Test func termsInTheSeed() {
        let s = "Đại hội Đại biểu Đảng bộ huyện Triệu Phong lần thứ XX, nhiệm kỳ 2020\u{A0}–\u{A0}2025 đã thành công; giai đoạn 2…"
        let found = TermPhrases.scan(s)
        #expect(found.map { String(s[$0.range]) } == ["nhiệm kỳ 2020\u{A0}–\u{A0}2025"])
    }
}
