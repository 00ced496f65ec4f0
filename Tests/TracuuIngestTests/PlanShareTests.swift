import Testing
@testable import TracuuIngest

/// The share of a plan a figure reached, and the multiple it grew by (issue 11, item 6).
@Suite("Plan shares and factors")
struct PlanShareTests {
    @Test("the share of a plan after a figure", arguments: [
        (", bằng 102,3% kế hoạch năm.", 102.3, "kế hoạch năm"),
        (" (đạt 88% dự toán tỉnh giao) và", 88.0, "dự toán tỉnh giao"),
        (", vượt 9% kế hoạch, tăng 3%", 109.0, "kế hoạch"),
        (", mới đạt 37 % kế hoạch tỉnh giao", 37.0, "kế hoạch tỉnh giao"),
        (", tương đương 95,5% KH", 95.5, "kh"),
        (", tăng 8% so với cùng kỳ, bằng 54% dự toán", 54.0, "dự toán"),
    ])
    func share(after: String, plan: Double, basis: String) {
        let reading = PlanShares.read(after: Substring(after))
        #expect(reading.plan == plan)
        #expect(reading.basis == basis)
    }

    @Test("no share of a plan", arguments: [
        ", tăng 8% so với kế hoạch",     // a change, not a share reached
        ", đạt 52%",                      // a share of nothing named
        "; giá trị sản xuất đạt 90% kế hoạch",  // another clause
        ", chiếm 40% tổng thu",
    ])
    func noShare(after: String) {
        #expect(PlanShares.read(after: Substring(after)).plan == nil)
    }

    @Test func aFactor() {
        #expect(PlanShares.read(after: ", tăng gấp 1,9 lần so với năm 2020").factor == 1.9)
        #expect(PlanShares.read(after: " gấp 3 lần cùng kỳ").factor == 3)
        #expect(PlanShares.read(after: ", gấp rút hoàn thành 2 công trình").factor == nil)
    }

    @Test func theShareGoesToTheFigureItFollowsAndItsNumbersAreRead() throws {
        let extraction = try extractArticle("""
            Báo cáo kinh tế năm 2024
            Năm 2024, thu ngân sách đạt 120 tỷ đồng, chi ngân sách đạt 98 tỷ đồng, bằng 91,2% dự toán. Doanh thu du lịch đạt 350 tỷ đồng, tăng gấp 2,5 lần so với năm 2020.
            """)
        #expect(extraction.metrics.map(\.plan) == [nil, 91.2, nil])
        #expect(extraction.metrics.map(\.planBasis) == [nil, "dự toán", nil])
        #expect(extraction.metrics.map(\.factor) == [nil, nil, 2.5])
        #expect(extraction.warnings.isEmpty, "the share and the factor are read: \(extraction.warnings.map(\.message))")
    }
}
