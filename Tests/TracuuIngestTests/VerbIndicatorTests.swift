import Testing
import TracuuIngest

/// Figures named by what was done: `nâng cấp 18,6 km`, `Thành phố đã trao 3.215 phần quà`.
@Suite("Figures named by a verb")
struct VerbIndicatorTests {
    func metrics(_ body: String) throws -> [ExtractedMetric] {
        try extractArticle("Kết quả đầu tư hạ tầng\n" + body).metrics
    }

    @Test func aNumberAfterAVerbEndingInALabelWordCounts() throws {
        let found = try metrics("Năm 2023, xã nâng cấp 7,2 km đường liên thôn. Huyện đã cấp 52 giấy chứng nhận quyền sử dụng đất.")
        #expect(found.map(\.value) == [7.2, 52])
        #expect(found.first?.indicator == "nâng cấp")
    }

    @Test func aVerbAloneAfterItsSubjectNamesTheFigure() throws {
        let found = try metrics("Dịp Tết, thị xã đã tặng 640 suất quà cho hộ khó khăn.")
        #expect(found.map(\.indicator) == ["tặng"])
    }

    @Test func whatAMeasureMeasuredIsNotTheNextFiguresIndicator() throws {
        let found = try metrics("Huyện làm mới 12 km đường nhựa, 5 cây cầu dân sinh; trồng mới 80 ha rừng, đạt kế hoạch.")
        #expect(found.map(\.indicator) == ["làm mới", "cây cầu dân sinh", "trồng mới"])
    }
}
