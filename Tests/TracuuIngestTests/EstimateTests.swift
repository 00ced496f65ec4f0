import Testing
import TracuuIngest

/// An estimate word anywhere before a figure in its clause makes it an estimate.
@Suite("Estimates")
struct EstimateTests {
    func metrics(_ body: String) throws -> [ExtractedMetric] {
        try extractArticle("Kinh tế xã 9 tháng\n" + body).metrics
    }

    @Test func anEstimateWordBeforeTheIndicatorMakesAnEstimate() throws {
        let found = try metrics("Tỷ lệ trẻ em suy dinh dưỡng dự kiến cuối năm giảm còn 8,2%; số hộ dùng nước sạch đạt 1.200 hộ.")
        #expect(found.map(\.estimated) == [true, false])
    }

    @Test func aChangeBeforeAFigureKeepsItsOwnEstimateWord() throws {
        let found = try metrics("Doanh thu các ngành ước tăng 6%, trong đó dịch vụ chiếm tỷ trọng 58%.")
        #expect(found.first { $0.value == 58 }?.estimated == false)
        #expect(found.first { $0.change == 6 }?.estimated == true)
    }
}
