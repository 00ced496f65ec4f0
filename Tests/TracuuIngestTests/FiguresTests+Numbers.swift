import Testing
import TracuuIngest

@Suite("Roman numerals, congress and document numbers")
struct NumberPhrasesTests {
    @Test(arguments: [("XX", 20), ("VII", 7), ("XIII", 13), ("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14),
                      ("XXXIX", 39), ("XL", 40), ("XC", 90), ("CCCXCIX", 399)])
    func romanNumerals(text: String, value: Int) {
        #expect(RomanNumerals.value(text[...]) == value)
    }

    @Test(arguments: ["IIII", "VX", "", "IIV", "xx", "VV", "XXXX", "IL", "ABC"])
    func malformedRomanNumerals(text: String) {
        #expect(RomanNumerals.value(text[...]) == nil)
    }

    @Test(arguments: [
        ("lần thứ XX", [20]), ("khóa XX", [20]), ("khoá VII", [7]), ("khóa VII", [7]), ("lần thứ VII", [7]),
        ("Đại hội đại biểu toàn quốc lần thứ XIII", [13]), ("Đại hội XIII", [13]), ("lần thứ 26", [26]),
        ("lần thứ nhất", [1]), ("lần thứ tư", [4]), ("Hội nghị lần thứ 4", [4]), ("Thứ hai", []),
        ("BCH Đảng bộ huyện Triệu Phong khóa XX, nhiệm kỳ 2020 - 2025", [20]),
    ])
    func congressNumbers(text: String, expected: [Int]) {
        #expect(CongressPhrases.scan(text).map(\.value) == expected)
    }

    @Test(arguments: [
        ("Nghị quyết số 01 - NQ/TU của Thị ủy", ["01-NQ/TU"]), ("Chỉ thị số 35-CT/TW ngày 30/5/2019", ["35-CT/TW"]),
        ("Nghị quyết 202/2025/QH15", ["202/2025/QH15"]), ("Nghị định 30/2020/NĐ-CP", ["30/2020/NĐ-CP"]),
        ("Quyết định số 1.234/QĐ-UBND", ["1.234/QĐ-UBND"]), ("quốc phòng - an ninh", []), ("tăng 5 - 7%", []),
    ])
    func documentNumbers(text: String, expected: [String]) {
        #expect(DocumentNumbers.scan(text).map(\.value) == expected)
    }

    @Test func trieuPhongSeed() {
        let s = Seeds.trieuPhong
        #expect(DocumentNumbers.scan(s).map(\.value) == ["35-CT/TW"])
        #expect(DatePhrases.scan(s).map { "\($0.value.lowerBound)" } == ["2019-05-30"])
        #expect(CongressPhrases.scan(s).map(\.value) == [13])
        #expect(Figures.scan(s).isEmpty)
    }
}
