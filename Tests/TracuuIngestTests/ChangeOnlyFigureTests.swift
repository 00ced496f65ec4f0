import Testing
import TracuuIngest

/// A figure given by its change alone is a metric without a value (issue 11, item 4).
@Suite("Change-only figures")
struct ChangeOnlyFigureTests {
    func metrics(_ body: String) throws -> [ExtractedMetric] {
        try extractArticle("Báo cáo kinh tế quý\n" + body).metrics
    }

    @Test func aChangeWithoutALevelIsAMetricWithNoValue() throws {
        let found = try metrics("Chỉ số sản xuất công nghiệp (IIP) của tỉnh ước tăng 7,4% so với cùng kỳ.")
        #expect(found.count == 1)
        #expect(found.first?.value == nil)
        #expect(found.first?.change == 7.4)
        #expect(found.first?.estimated == true)
        #expect(found.first?.indicator == "Chỉ số sản xuất công nghiệp (IIP) của tỉnh")
        #expect(found.first?.basis == "so với cùng kỳ")
    }

    @Test func aListOfChangesGivesOneMetricEachAndAnAbbreviationIsAnIndicator() throws {
        let found = try metrics("GRDP tăng 5,9%, trong đó khu vực dịch vụ tăng 6,4%, khu vực nông nghiệp giảm 1,2%.")
        #expect(found.map(\.indicator) == ["GRDP", "khu vực dịch vụ", "khu vực nông nghiệp"])
        #expect(found.map(\.change) == [5.9, 6.4, -1.2])
    }

    @Test func aChangeAfterAFigureStaysThatFiguresAndAPlannedRiseIsNoMetric() throws {
        let found = try metrics("Thu ngân sách đạt 88,2 tỷ đồng, tăng 4,1%. Năm tới huyện phấn đấu giá trị sản xuất tăng 9%.")
        #expect(found.count == 1)
        #expect(found.first?.value == 88.2)
        #expect(found.first?.change == 4.1)
    }
}
