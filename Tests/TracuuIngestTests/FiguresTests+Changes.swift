import Testing
import TracuuIngest

@Suite("Changes and baselines")
struct ChangesTests {
    @Test(arguments: [
        ("tăng 38,1%", ["+38.1 %"]), ("giảm 2%", ["-2 %"]), ("tăng hơn 15%", ["+15 % hơn"]),
        ("tăng 4,58 triệu đồng", ["+4.58 triệu đồng"]), ("gấp 3,38 lần", ["×3.38"]), ("tăng gấp 3 lần", ["×3"]),
        ("tăng 1,2 điểm phần trăm", ["+1.2 pp"]), ("giảm 0,5 điểm %", ["-0.5 pp"]), ("tăng 2 lần", ["×2 ?"]),
        ("tăng bình quân 7%/năm", ["+7 %/năm"]), ("giảm hơn 4,3%", ["-4.3 % hơn"]), ("tăng thêm 500 hộ", ["+500 hộ"]),
        ("Tăng 38,1 %", ["+38.1 %"]), ("tăng 38,1 phần trăm", ["+38.1 %"]),
        ("giảm còn 3,5%", []), ("tăng lên 20%", []), ("giảm xuống 2%", []), ("tăng trưởng 7%", []),
        ("tăng so với năm 2020", []),
    ])
    func changes(sentence: String, expected: [String]) {
        #expect(Show.changes(sentence) == expected)
    }

    @Test(arguments: Seeds.quangTriVariants)
    func quangTriSeedChangesAndBaselines(sentence: String) {
        #expect(Show.changes(sentence) == ["+38.1 %", "+15 % hơn"])
        #expect(Baselines.scan(sentence).map(\.value) == ["so với cùng kỳ năm 2020", "so với cùng kỳ năm 2020"])
    }

    @Test func changeRangeRunsFromVerbToUnit() {
        let s = "doanh thu tăng hơn 15% so với cùng kỳ"
        #expect(Changes.scan(s).map { String(s[$0.range]) } == ["tăng hơn 15%"])
    }

    @Test(arguments: [
        ("tăng 38,1% so với cùng kỳ năm 2020; giá trị", ["so với cùng kỳ năm 2020"]),
        ("tăng 5% so với năm trước, trong đó", ["so với năm trước"]),
        ("đạt 90% so với kế hoạch.", ["so với kế hoạch"]),
        ("tăng 3 lần so với đầu nhiệm kỳ", ["so với đầu nhiệm kỳ"]),
        ("tăng 5% so với năm 2020 và đạt 100% kế hoạch", ["so với năm 2020"]),
        ("tăng 5% so cùng kỳ, vượt", ["so cùng kỳ"]),
        ("tính theo giá so sánh năm 2010", []),
    ])
    func baselines(sentence: String, expected: [String]) {
        #expect(Baselines.scan(sentence).map(\.value) == expected)
    }
}
