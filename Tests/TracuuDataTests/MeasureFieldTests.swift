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

    /// A count written before what it counts: the measure is read after the figure.
    @Test func aCountBeforeWhatItCounts() throws {
        let catalog = try loaded([("tong-ket.txt", """
            Huyện Hải Lăng tổng kết năm 2023

            Năm 2023, toàn huyện nâng tổng số lên 12 xã đạt chuẩn nông thôn mới nâng cao; đến nay còn 215 hộ nghèo.
            """)])
        let metrics = try #require(catalog.datasets["metrics"])
        let measure = try #require(metrics.schema.index(of: "measure"))
        #expect((0..<metrics.rowCount).map { metrics.value(row: $0, column: measure) }
                == [.text("xã đạt chuẩn nông thôn mới nâng cao"), .text("số hộ nghèo")])
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

/// A data file without a measure gets the one its indicator names, as raw articles do.
@Suite("Measures derived at load")
struct DerivedMeasureTests {
    @Test func aFileWithoutTheFieldGetsItFromTheIndicator() throws {
        let catalog = try loaded([("metrics.csv", """
            id,district,indicator,value,unit
            a,Gio Linh,Tổng thu ngân sách nhà nước trên địa bàn huyện,85.2,tỷ đồng
            b,Gio Linh,ty le ho ngheo,2.1,%
            c,Gio Linh,số căn nhà được bàn giao,42,căn nhà
            d,Gio Linh,,7,ha
            """)])
        let metrics = try #require(catalog.datasets["metrics"])
        let measure = try #require(metrics.schema.index(of: "measure"))
        #expect((0..<4).map { metrics.value(row: $0, column: measure) }
                == [.text("thu ngân sách"), .text("tỷ lệ hộ nghèo"), .missing, .missing])
    }

    @Test func aMeasureTheFileGivesIsKeptAndABlankOneFilled() throws {
        let catalog = try loaded([("targets.csv", """
            id,indicator,measure,value,unit
            a,thu ngân sách,my own name,100,tỉ đồng
            b,thu ngân sách,,100,tỉ đồng
            """)])
        let targets = try #require(catalog.datasets["targets"])
        let measure = try #require(targets.schema.index(of: "measure"))
        #expect(targets.value(row: 0, column: measure) == .text("my own name"))
        #expect(targets.value(row: 1, column: measure) == .text("thu ngân sách"))
    }
}
