import Testing
import TracuuIngest

/// Which figure a change belongs to, when other numbers stand between them.
@Suite("A figure's change")
struct FigureChangeTests {
    func metrics(_ body: String) throws -> [ExtractedMetric] {
        try extractArticle("Kinh tế xã trong quý\n" + body).metrics
    }

    @Test func aShareOfThePlanBetweenAFigureAndItsChangeDoesNotTakeTheChange() throws {
        let found = try metrics("Tổng thu ngân sách của xã đạt 14,3 tỷ đồng, bằng 66% dự toán huyện giao, tăng 12,5% so với cùng kỳ; doanh thu dịch vụ đạt 30 tỷ đồng.")
        #expect(found.map(\.value) == [14.3, 30])
        #expect(found.map(\.change) == [12.5, nil])
        #expect(found.first?.basis == "so với cùng kỳ")
    }
}
