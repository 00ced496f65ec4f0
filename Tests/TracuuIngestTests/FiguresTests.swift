import Testing
import TracuuIngest

@Suite("Figures")
struct FiguresTests {
    @Test(arguments: [
        ("38,1", 38.1), ("1.602,9", 1602.9), ("16.743", 16743), ("8.770.000", 8_770_000),
        ("1.234.567", 1_234_567), ("24,023", 24.023), ("956", 956), ("0", 0),
    ])
    func vietnameseNumbers(text: String, value: Double) {
        #expect(VietnameseNumber.parse(text[...]) == value)
    }

    @Test(arguments: ["1.5", "1,234.5", "1.2345", "1,2,3", "", ",5", "1.", "12.34", "1234.567", "1,"])
    func englishOrMalformedNumbersAreFlagged(text: String) {
        #expect(VietnameseNumber.parse(text[...]) == nil)
    }

    @Test(arguments: [
        // Numbers, percentages, scales, money
        ("38,1%", ["38.1 %"]), ("38,1 %", ["38.1 %"]), ("38,1 phần trăm", ["38.1 %"]), ("53,2 %", ["53.2 %"]),
        ("hơn 15 nghìn tỷ đồng", ["hơn 15 nghìn tỉ đồng"]), ("15 ngàn tỉ", ["15 nghìn tỉ đồng"]),
        ("956 tỉ đồng", ["956 tỉ đồng"]), ("956 tỷ", ["956 tỉ đồng"]), ("24,023 tỷ đồng", ["24.023 tỉ đồng"]),
        ("8.770.000 triệu đồng", ["8770000 triệu đồng"]), ("500 VNĐ", ["500 đồng"]), ("500 VND", ["500 đồng"]),
        ("500.000đ", ["500000 đồng"]), ("3 triệu USD", ["3 triệu USD"]), ("12 USD", ["12 USD"]),
        ("2 triệu người", ["2 triệu người"]),
        // Other units
        ("1.602,9ha", ["1602.9 ha"]), ("20 ha", ["20 ha"]), ("20 héc-ta", ["20 ha"]), ("5 tấn", ["5 tấn"]),
        ("12 km", ["12 km"]), ("300 m2", ["300 m²"]), ("300 m²", ["300 m²"]), ("200 người", ["200 người"]),
        ("50 hộ", ["50 hộ"]), ("7%/năm", ["7 %/năm"]), ("60 triệu đồng/người/năm", ["60 triệu đồng/người/năm"]),
        ("1,2 điểm phần trăm", ["1.2 điểm phần trăm"]),
        // Qualifiers
        ("trên 5 ha", ["trên 5 ha"]), ("hơn 5 ha", ["hơn 5 ha"]), ("gần 5 ha", ["gần 5 ha"]),
        ("khoảng 5 ha", ["khoảng 5 ha"]), ("đạt 5 ha", ["đạt 5 ha"]), ("tối thiểu 5 ha", ["tối thiểu 5 ha"]),
        ("tối đa 5 ha", ["tối đa 5 ha"]), ("không dưới 5 ha", ["không dưới 5 ha"]),
        ("không quá 5 ha", ["không quá 5 ha"]), ("dưới 5 ha", ["dưới 5 ha"]), ("Trên 5 ha", ["trên 5 ha"]),
        // Estimates
        ("ước 5 tấn", ["ước 5 tấn"]), ("ước tính 5 tấn", ["ước 5 tấn"]), ("ước tính đạt 5 tấn", ["ước đạt 5 tấn"]),
        ("ước đạt 16.743 tấn", ["ước đạt 16743 tấn"]),
        ("ước đạt16.743 tấn", ["ước đạt 16743 tấn"]), ("ước thực hiện trên 956 tỉ đồng", ["ước trên 956 tỉ đồng"]),
        ("ước tính khoảng 20 tỷ", ["ước khoảng 20 tỉ đồng"]),
        // Of plan, ranges, new levels, plain counts
        ("đạt 83,2% kế hoạch", ["đạt 83.2 %"]), ("45.799/36.875 tỷ đồng", ["45799/36875 tỉ đồng"]),
        ("83,2%/50%", ["83.2/50 %"]), ("7-8%", ["7–8 %"]), ("7 - 8%", ["7–8 %"]), ("7–8%", ["7–8 %"]),
        ("từ 7 đến 8%", ["7–8 %"]), ("giảm còn 3,5%", ["3.5 %"]), ("tăng lên 20%", ["20 %"]),
        ("sau gần 3 ngày tiến hành", ["gần 3 ngày"]), ("xác định 5 nhóm nhiệm vụ trọng tâm", ["5"]),
        ("tổng số 500 hộ", ["500 hộ"]),
    ])
    func figures(sentence: String, expected: [String]) {
        #expect(Show.figures(sentence) == expected)
    }

    @Test(arguments: [
        "quận 11", "Quận 11", "đô thị loại III", "đô thị loại 1", "giá so sánh năm 2010", "hội nghị lần thứ 4",
        "Đại hội Đảng bộ lần thứ 26", "1. Trước hết đòi hỏi", " 1. Trước hết", "2) Trên cơ sở",
        "Nghị quyết số 01 - NQ/TU", "Chỉ thị số 35-CT/TW ngày 30/5/2019", "Nghị quyết 202/2025/QH15",
        "Nghị định 30/2020/NĐ-CP", "nhiệm kỳ 2020 - 2025", "quý I năm 2021", "quý I/2021", "6 tháng đầu năm 2021",
        "tháng 6.2021", "năm 2020", "so với 2020", "trước năm 2025", "tầm nhìn đến năm 2045", "tăng 38,1%",
        "gấp 3,38 lần", "COVID-19", "lúc 10:27", "10h27", "1.5%", "7-8", "Thứ hai - 05/10/2020 10:27",
        "từ ngày 28/7 đến ngày 30/7/2020", "phòng số 5", "Khu đô thị Võ Thị Sáu giai đoạn 2…",
    ])
    func nonMetricsGiveNoFigure(sentence: String) {
        #expect(Show.figures(sentence) == [])
    }

    @Test(arguments: Seeds.quangTriVariants)
    func quangTriSeedFigures(sentence: String) {
        let found = Figures.scan(sentence)
        #expect(found.map { Show.figure($0.value) } == ["ước trên 956 tỉ đồng", "ước trên 139 tỉ đồng"])
        // The span as written, read with `tỷ` as `tỉ` and any space as a space.
        let spans = found.map { m in
            String(sentence[m.range].map { $0 == "ỷ" ? "ỉ" : $0.isWhitespace ? " " : $0 })
        }
        #expect(spans == ["956 tỉ đồng", "139 tỉ đồng"])
    }

    @Test func trieuPhongSeedHasNoFigure() {
        #expect(Figures.scan(Seeds.trieuPhong).isEmpty)
    }

    @Test func rangesPointIntoTheGivenString() {
        let s = "ước đạt16.743 tấn"
        let found = Figures.scan(s)
        #expect(found.count == 1)
        #expect(found.first.map { String(s[$0.range]) } == "16.743 tấn")
    }

    @Test func numberTokensKeepGroupingAndDecimals() {
        let s = "1.602,9ha và 30/5/2019, năm 2020. Giá 1.5 USD"
        #expect(NumberTokens.scan(s).map { String(s[$0]) } == ["1.602,9", "30", "5", "2019", "2020", "1.5"])
    }
}

