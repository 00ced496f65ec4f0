import Testing
import TracuuData
import TracuuValues

/// Rows read from raw articles carry the measure their indicator names.
@Suite("The measure field")
struct MeasureFieldTests {
    @Test func aFigureWrittenAsAnAbbreviationGetsTheMeasureName() throws {
        let catalog = try loaded([("bao-cao.txt", """
            Huyện Cam Lộ sơ kết 6 tháng đầu năm 2022

            Trong 6 tháng đầu năm 2022, tổng thu NSNN trên địa bàn huyện ước đạt 85,2 tỷ đồng, tăng 12% so với cùng kỳ.
            """)])
        let metrics = try #require(catalog.datasets["metrics"])
        let measure = try #require(metrics.schema.index(of: "measure"))
        #expect(metrics.rowCount == 1)
        #expect(metrics.value(row: 0, column: measure) == .text("thu ngân sách"))
    }

    @Test func anIndicatorNoMeasureNamesLeavesItMissing() throws {
        let catalog = try loaded([("hoi-nghi.txt", """
            Huyện Cam Lộ sơ kết năm 2022

            Năm 2022, toàn huyện bàn giao 42 căn nhà đại đoàn kết.
            """)])
        let metrics = try #require(catalog.datasets["metrics"])
        let measure = try #require(metrics.schema.index(of: "measure"))
        for row in 0..<metrics.rowCount { #expect(metrics.value(row: row, column: measure) == .missing) }
    }
}
