import Foundation
import Testing
@testable import TracuuIngest
import TracuuText

@Suite("Measures")
struct MeasureMatcherTests {
    static let aliases: [(measure: String, alias: String, unit: String?)] = MeasureTable.all.flatMap { m in
        m.aliases.map { (m.name, $0, m.units.first) }
    }

    @Test func theTableReadsWholeAndItsGeneratedCopyIsCurrent() throws {
        let tsv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/TracuuIngest/Measures/measures.tsv")
        let text = try String(contentsOf: tsv, encoding: .utf8)
        #expect(text == MeasureData.tsv, "run make measures")
        let lines = text.split(separator: "\n").count - 1
        #expect(MeasureTable.all.count == lines, "a line of measures.tsv does not read")
        #expect(Set(MeasureTable.all.map(\.name)).count == lines, "two measures share a name")
        #expect(MeasureTable.all.count >= 60)
    }

    @Test(arguments: aliases)
    func everyAliasFindsItsMeasure(_ entry: (measure: String, alias: String, unit: String?)) {
        #expect(MeasureMatcher.match(entry.alias, unit: entry.unit)?.name == entry.measure)
        // Typed without diacritics, in capitals, and in NFD.
        let bare = FoldedText.fold(entry.alias)
        #expect(MeasureMatcher.match(bare, unit: entry.unit)?.name == entry.measure, "\(bare)")
        #expect(MeasureMatcher.match(entry.alias.uppercased(), unit: entry.unit)?.name == entry.measure)
        #expect(MeasureMatcher.match(entry.alias.decomposedStringWithCanonicalMapping, unit: entry.unit)?.name == entry.measure)
    }

    @Test func anAliasInsideALongerIndicatorIsFound() {
        #expect(MeasureMatcher.match("tổng thu ngân sách nhà nước trên địa bàn huyện Cờ Đỏ", unit: "tỷ đồng")?.name == "thu ngân sách")
        #expect(MeasureMatcher.match("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ (tiêu dùng xã hội)")?.name
                == "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ")
        #expect(MeasureMatcher.match("giá trị sản xuất CN-TTCN")?.name == "giá trị sản xuất công nghiệp")
    }

    @Test func tyAndTiAreOneWord() {
        #expect(MeasureMatcher.match("tỉ lệ hộ nghèo", unit: "%")?.name == "tỷ lệ hộ nghèo")
        #expect(MeasureMatcher.match("tỷ lệ che phủ rừng")?.name == "tỷ lệ che phủ rừng")
        #expect(MeasureMatcher.match("ti le che phu rung")?.name == "tỷ lệ che phủ rừng")
    }

    @Test func theUnitChoosesBetweenAShareAndACount() {
        #expect(MeasureMatcher.match("hộ nghèo", unit: "%")?.name == "tỷ lệ hộ nghèo")
        #expect(MeasureMatcher.match("hộ nghèo", unit: "hộ")?.name == "số hộ nghèo")
        // A rate in % is not the amount its words also name.
        #expect(MeasureMatcher.match("tốc độ tăng giá trị sản xuất công nghiệp", unit: "%")?.name == "tốc độ tăng giá trị sản xuất")
        #expect(MeasureMatcher.match("giá trị sản xuất công nghiệp", unit: "tỷ đồng")?.name == "giá trị sản xuất công nghiệp")
    }

    @Test func theLongestAliasWins() {
        #expect(MeasureMatcher.match("xã đạt chuẩn nông thôn mới nâng cao", unit: "xã")?.name == "xã đạt chuẩn nông thôn mới nâng cao")
        #expect(MeasureMatcher.match("xuất khẩu lao động", unit: "người")?.name == "xuất khẩu lao động")
        #expect(MeasureMatcher.match("kim ngạch xuất khẩu", unit: "triệu USD")?.name == "kim ngạch xuất khẩu")
    }

    @Test func oneTypoInALongWordIsForgiven() {
        #expect(MeasureMatcher.match("ty le ho ngheo da chieu", unit: "%")?.name == "tỷ lệ hộ nghèo")
        #expect(MeasureMatcher.match("xã đạt chuẩn nông thông mới", unit: "xã")?.name == "xã đạt chuẩn nông thôn mới")
        #expect(MeasureMatcher.match("thu nhập bình qaun đầu người")?.name == "thu nhập bình quân đầu người")
        // Short words must match exactly: `chi` is spending, not a typo of `thu`.
        #expect(MeasureMatcher.match("chi ngân sách", unit: "tỷ đồng")?.name == "chi ngân sách")
    }

    @Test func wordsThatNameNoMeasureGiveNone() {
        #expect(MeasureMatcher.match("đại biểu chính thức") == nil)
        #expect(MeasureMatcher.match("") == nil)
        #expect(MeasureMatcher.match("ngân") == nil)
    }

    @Test func typoDistance() {
        #expect(TypoDistance.isOneTypo("nghiep", "ngiep"))      // a letter missing
        #expect(TypoDistance.isOneTypo("quan", "qaun"))         // two swapped
        #expect(TypoDistance.isOneTypo("thon", "thong"))        // a letter added
        #expect(!TypoDistance.isOneTypo("thu", "chu"))          // too short
        #expect(!TypoDistance.isOneTypo("nghiep", "nghiep"))    // the same
        #expect(!TypoDistance.isOneTypo("nghiep", "nghe"))      // two apart
    }
}
