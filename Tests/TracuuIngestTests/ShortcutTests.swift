import Testing
import TracuuValues
@testable import TracuuIngest

/// The shortcuts the extractor takes for speed give what the long way gives.
@Suite("Shortcuts give the long way's answers")
struct ShortcutTests {
    @Test(arguments: [
        "tổng vốn đầu tư là 12 dự án", " là là ", "huyện là một trong những nơi là ", "không có gì",
        "với số vốn với tổng là ", "la\u{300} sao với ", "x \u{301}là ", " là", "là ",
    ])
    func theLastSpacedWordIsFoundAsRangesFindsIt(phrase: String) {
        for needle in [" là ", " với "] {
            let expected = phrase.ranges(of: needle).last
            #expect(IndicatorPhrase.lastOfRanges(of: needle, in: phrase) == expected)
        }
    }

    @Test(arguments: [
        "quý I năm 2021 doanh thu", "Quí II/2022", "6 tháng đầu năm 2021", "Sáu tháng đầu năm", "chín tháng cuối năm",
        "tháng 6.2021", "năm 2020 đạt", "Năm 2020", "hết tháng 9/2021", "nửa đầu năm 2021", "cả năm 2023",
        "từ đầu năm đến nay", "cuối năm 2023", "đến ngày 15/12/2021", "12 tháng", "9 tháng năm 2022 tổng",
        "tổng giá trị", " năm 2020", ", năm 2020", "(năm 2020)", "",
    ])
    func aPeriodAtTheStartIsNeverSkipped(text: String) {
        let scanned = PeriodPhrases.scan(text, defaultYear: nil).first.flatMap { $0.range.lowerBound == text.startIndex ? $0 : nil }
        #expect(PeriodPhrases.leading(text)?.range == scanned?.range)
        #expect(PeriodPhrases.leading(text)?.value == scanned?.value)
        if scanned != nil { #expect(PeriodPhrases.mayStart(text)) }
    }

    @Test func wordsThatOpenNoPeriodAreSkipped() {
        #expect(!PeriodPhrases.mayStart("tổng giá trị sản xuất"))
        #expect(!PeriodPhrases.mayStart(" năm 2020"))
        #expect(PeriodPhrases.mayStart("Năm 2020"))
    }
}

/// `LowerCase.of` is `lowercased()`, byte for byte.
@Suite("Lower case by table")
struct LowerCaseTests {
    @Test func everyScalarOfThePlaneLowerCasesAsTheStandardLibraryDoes() {
        for v in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let text = "A" + String(Character(scalar)) + "Đ"
            #expect(Array(LowerCase.of(text).utf8) == Array(text.lowercased().utf8), "U+\(String(v, radix: 16))")
        }
    }

    @Test(arguments: ["Tỷ Lệ Hộ NGHÈO", "ĐẠI HỘI ĐẢNG BỘ", "Quý I/2022", "İstanbul ΣΑΣ", "Ðại hội", "hoà\u{301}", ""])
    func phrasesLowerCaseAsTheStandardLibraryDoes(text: String) {
        #expect(Array(LowerCase.of(text).utf8) == Array(text.lowercased().utf8))
        #expect(Array(LowerCase.of(text.dropFirst()).utf8) == Array(text.dropFirst().lowercased().utf8))
    }
}
