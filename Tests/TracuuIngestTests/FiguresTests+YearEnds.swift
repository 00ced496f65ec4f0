import Testing
import TracuuIngest

/// The end of a year and a day of it as periods: `đến cuối năm`, `tính đến ngày 20/11/2022`.
@Suite("Periods to a day or to the year's end")
struct YearEndPeriodTests {
    @Test(arguments: [
        ("dự kiến đến cuối năm số hộ nghèo còn 210 hộ", 2022, ["2022"]),
        ("tính đến cuối năm 2021, toàn xã có 14 hợp tác xã", nil, ["2021"]),
        ("tính đến ngày 20/11/2022, huyện đã giải ngân 80 tỷ đồng", nil, ["2022-YTD"]),
        ("đến ngày 5/9, tỉnh thu hút 12 dự án", 2023, ["2023-YTD"]),
        ("đến ngày 5/9, tỉnh thu hút 12 dự án", nil, []),
        ("nhiệm vụ 6 tháng cuối năm 2022", nil, ["2022-H2"]),
    ] as [(String, Int?, [String])])
    func periods(text: String, defaultYear: Int?, expected: [String]) {
        #expect(PeriodPhrases.scan(text, defaultYear: defaultYear).map(\.value.description) == expected)
    }
}
