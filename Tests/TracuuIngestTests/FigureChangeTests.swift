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

    @Test func changesListedRespectivelyGoWithTheFiguresBeforeThemOneByOne() throws {
        let found = try metrics("Doanh thu dịch vụ đạt 410 tỷ đồng; sản lượng cá 2.300 tấn; thu ngân sách 37 tỷ đồng, tăng lần lượt 5,2%, 3% và 11,4% so với cùng kỳ năm trước.")
        #expect(found.map(\.value) == [410, 2300, 37])
        #expect(found.map(\.change) == [5.2, 3, 11.4])
        #expect(found.map(\.basis) == ["so với cùng kỳ năm trước", "so với cùng kỳ năm trước", "so với cùng kỳ năm trước"])
    }

    @Test func sharesOfAPlanListedRespectivelyAreNoFiguresOfTheirOwn() throws {
        let found = try metrics("Thu nhập bình quân đạt 61 triệu đồng, số xã đạt chuẩn 9 xã, lần lượt bằng 92% và 75% mục tiêu nghị quyết.")
        #expect(found.map(\.value) == [61, 9])
        #expect(found.map(\.change) == [nil, nil])
    }

    @Test func aChangeRightBeforeTheLevelItLedToIsThatLevels() throws {
        let found = try metrics("Tỷ lệ hộ cận nghèo giảm 1,8%, còn 6,3%; giá trị sản xuất thủy sản vẫn tăng 4%, đạt 720 tỷ đồng.")
        #expect(found.map(\.value) == [6.3, 720])
        #expect(found.map(\.change) == [-1.8, 4])
        #expect(found.first?.indicator == "Tỷ lệ hộ cận nghèo")
    }

    @Test func aChangeAfterOnlyAShareOfThePlanIsAMetricWithoutALevel() throws {
        let found = try metrics("Doanh thu bán lẻ của xã ước đạt 20 tỷ đồng; nguồn thu từ phí chợ đạt 62% dự toán, tăng 9% so với cùng kỳ.")
        #expect(found.map(\.value) == [20, nil])
        #expect(found.map(\.change) == [nil, 9])
        #expect(found.last?.indicator == "nguồn thu từ phí chợ")
    }
}
