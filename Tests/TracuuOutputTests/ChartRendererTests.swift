import Testing
import TracuuText
import TracuuValues
@testable import TracuuOutput

/// Households helped, by district: the NFC and NFD spellings of Triệu Phong, a fraction,
/// zero, a negative, a missing value and a label too long to show whole.
private let districts = ResultTable(
    columns: [Field("district", .text), Field("households", .number)],
    rows: [
        [.text(Fixtures.nfc), .integer(100)],
        [.text(Fixtures.nfd), .number(50.5)],
        [.text("Đông Hà"), .integer(0)],
        [.text("Cam Lộ"), .integer(-25)],
        [.text("Gio Linh"), .missing],
        [.text("Huyện đảo Cồn Cỏ và các xã ven biển"), .number(1.5)],
    ])

/// Six quarters, given out of order, one of them with no value.
private let quarters: ResultTable = {
    func q(_ year: Int, _ quarter: Int) -> Value { Period.quarter(year, quarter).map(Value.period) ?? .missing }
    return ResultTable(
        columns: [Field("period", .period), Field("growth", .number)],
        rows: [
            [q(2021, 4), .number(20.5)], [q(2021, 1), .integer(12)], [q(2021, 2), .integer(15)],
            [q(2021, 3), .missing], [q(2022, 2), .integer(32)], [q(2022, 1), .integer(26)],
        ])
}()

/// The terminal columns of each line of a chart.
private func lineWidths(_ text: String) -> [Int] {
    text.split(separator: "\n").map { DisplayWidth.columns(of: $0) }
}

@Test func barChartOfVietnameseDistricts() {
    // 46 columns: labels cut at 24, then 46 - 24 - 2 - 4 ("50.5") = 16 columns of bar,
    // and 50.5 of 100 is 64.64 eighths of those 16 × 8: 65 eighths, █ × 8 and ▏.
    let expected = """
        Triệu Phong              ████████████████ 100
        Triệu Phong              ████████▏ 50.5
        Đông Hà                  0
        Cam Lộ                   ░░░░ -25
        Gio Linh
        Huyện đảo Cồn Cỏ và các… ▎ 1.5

        """
    #expect(ChartRenderer.bars(districts, value: 1, label: 0, width: 46) == expected)
}

@Test func nfcAndNfdLabelsLineUpTheSame() throws {
    let lines = ChartRenderer.bars(districts, value: 1, label: 0, width: 46).split(separator: "\n")
    let nfc = try #require(lines.first), nfd = lines[1]
    #expect(Array(nfc.unicodeScalars) != Array(nfd.unicodeScalars), "each label is printed as it came")
    // The bar starts in the same terminal column on both lines.
    func barColumn(_ line: Substring) -> Int? {
        line.firstIndex(of: "█").map { DisplayWidth.columns(of: line[..<$0]) }
    }
    #expect(barColumn(nfc) == 25)
    #expect(barColumn(nfd) == 25)
}

@Test(arguments: [
    (0, ""), (1, "▏"), (2, "▎"), (3, "▍"), (4, "▌"), (5, "▋"), (6, "▊"), (7, "▉"),
    (8, "█"), (13, "█▋"), (16, "██"), (-3, ""),
])
func barsAreExactToAnEighth(eighths: Int, expected: String) {
    #expect(BarBlocks.eighths(eighths) == expected)
}

@Test func barLengthsAreScaledToTheLargestSize() {
    #expect(BarBlocks.bar(100, largest: 100, room: 10) == "██████████")
    #expect(BarBlocks.bar(55, largest: 100, room: 10) == "█████▌")  // 44 eighths
    #expect(BarBlocks.bar(0.01, largest: 100, room: 10) == "▏", "not zero, so not drawn as zero")
    #expect(BarBlocks.bar(0, largest: 100, room: 10) == "")
    #expect(BarBlocks.bar(-100, largest: 100, room: 10) == "░░░░░░░░░░")
    #expect(BarBlocks.bar(-0.01, largest: 100, room: 10) == "░")
    #expect(BarBlocks.bar(5, largest: 0, room: 10) == "")
}

@Test(arguments: [12, 16, 20, 30, 46, 60, 80, 120])
func everyLineFitsTheWidth(width: Int) {
    // Narrower than this, the labels and values alone do not fit (as documented): bars need
    // 8 columns of label, 2 spaces and 4 of value; a sparkline needs two labels of 7 around one value.
    let charts = [(ChartRenderer.bars(districts, value: 1, label: 0, width: width), 8 + 2 + 4),
                  (ChartRenderer.series(quarters, value: 1, label: 0, width: width), 7 + 1 + 1 + 1 + 7)]
    for (text, narrowest) in charts {
        let widths = lineWidths(text)
        #expect(!widths.isEmpty)
        if width >= narrowest { #expect(widths.allSatisfy { $0 <= width }, "\(width): \(widths)") }
        #expect(!text.contains(" \n"), "no line ends in a space")
    }
}

@Test func theLongestBarFillsTheRoomLeft() {
    let widths = lineWidths(ChartRenderer.bars(districts, value: 1, label: 0, width: 80))
    #expect(widths.first == 80 - 1, "the widest value is one column wider than 100")
}

@Test func seriesRunsInPeriodOrder() {
    let expected = """
        2021-Q1 ▁▂ ▄▆█ 2022-Q2  min 12  max 32
        2021-Q1 █████████████▉ 12
        2021-Q2 █████████████████▍ 15
        2021-Q3
        2021-Q4 ███████████████████████▊ 20.5
        2022-Q1 ██████████████████████████████▏ 26
        2022-Q2 █████████████████████████████████████ 32

        """
    #expect(ChartRenderer.series(quarters, value: 1, label: 0, width: 50) == expected)
    #expect(ChartRenderer.chart(quarters, value: 1, label: 0, width: 50) == expected)
}

@Test func aNarrowSeriesPutsItsRangeOnALineOfItsOwn() {
    let lines = ChartRenderer.series(quarters, value: 1, label: 0, width: 24).split(separator: "\n")
    #expect(lines.prefix(2) == ["2021-Q1 ▁▂ ▄▆█ 2022-Q2", "min 12  max 32"])
    // Narrower still, the sparkline keeps the latest values.
    #expect(ChartRenderer.series(quarters, value: 1, label: 0, width: 20).hasPrefix("2021-Q3  ▁▄█ 2022-Q2\nmin 20.5  max 32\n"))
}

@Test func chartPicksASeriesForPeriodsAndDatesAndBarsOtherwise() {
    #expect(ChartRenderer.chart(districts, value: 1, label: 0, width: 46)
        == ChartRenderer.bars(districts, value: 1, label: 0, width: 46))
    let days = ResultTable(
        columns: [Field("day", .date), Field("n", .integer)],
        rows: [[Day(year: 2021, month: 6, day: 30).map(Value.date) ?? .missing, .integer(2)],
               [Day(year: 2021, month: 3, day: 31).map(Value.date) ?? .missing, .integer(1)]])
    #expect(ChartRenderer.chart(days, value: 1, label: 0, width: 40) == """
        2021-03-31 ▁█ 2021-06-30  min 1  max 2
        2021-03-31 █████████████▌ 1
        2021-06-30 ███████████████████████████ 2

        """)
}

@Test func seriesSortsAnyLabels() {
    let table = ResultTable(columns: [Field("year", .integer), Field("n", .integer)],
                            rows: [[.integer(2023), .integer(3)], [.missing, .integer(9)], [.integer(2021), .integer(1)]])
    #expect(ChartRenderer.series(table, value: 1, label: 0, width: 30).split(separator: "\n").map { $0.prefix(4) }
        == ["2021", "2021", "2023", "    "], "numbers in order, the missing label last")
}

@Test(arguments: [
    ([1.0, 2, 3, 4, 5, 6, 7, 8], "▁▂▃▄▅▆▇█"),
    ([12, 15, nil, 20.5, 26, 32], "▁▂ ▄▆█"),
    ([5, 5, 5], "▄▄▄"),
    ([-1, 1], "▁█"),
    ([nil, nil], "  "),
    ([], ""),
] as [([Double?], String)])
func sparklineLevels(amounts: [Double?], expected: String) {
    #expect(Sparkline.line(amounts) == expected)
}

@Test func nothingToChartIsNoText() {
    #expect(ChartRenderer.chart(Fixtures.empty, value: 1, label: 0, width: 40) == "")
    #expect(ChartRenderer.series(quarters, value: 5, label: 0, width: 40) == "", "no such column")
    #expect(ChartRenderer.bars(districts, value: 1, label: -1, width: 40) == "")
}

@Test func textValuesAndLineBreaksDrawNoBarAndStayOnOneLine() {
    let table = ResultTable(columns: [Field("name", .text), Field("v", .text)],
                            rows: [[.text("a\nb"), .text("n/a")], [.text("c"), .text("x\ny")]])
    #expect(ChartRenderer.bars(table, value: 1, label: 0, width: 20) == "a↵b n/a\nc   x↵y\n")
}
