import Testing
import TracuuIngest

/// A resolution's overall goal, quoted after `mục tiêu …:` or under a goal heading, and aims
/// that are goals by what they say (issue 11, item 9).
@Suite("Goals")
struct GoalTests {
    func extraction(_ body: String) throws -> Extraction {
        try extractArticle("Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025\nThứ tư - 12/08/2020 09:00\n" + body)
    }

    @Test func aQuotationAfterTheGoalNounMidSentenceIsTheGoalAndNothingElse() throws {
        let found = try extraction("""
        Nhiệm kỳ tới, Đảng bộ huyện đặt mục tiêu tổng quát: “Xây dựng Đảng bộ đoàn kết, đổi mới; phát triển \
        kinh tế nhanh, xây dựng huyện trở thành huyện nông thôn mới kiểu mẫu trước năm 2025”; phấn đấu thu nhập bình quân đầu người đạt 70 triệu đồng.
        """)
        #expect(found.targets.map(\.kind) == ["goal", "target"])
        #expect(found.targets.first?.text.hasPrefix("Xây dựng Đảng bộ đoàn kết") == true)
        #expect(found.targets.first?.due == 2025)
        #expect(found.targets.last?.value == 70)
    }

    @Test func aQuotationUnderAGoalHeadingIsTheGoal() throws {
        let found = try extraction("""
        I. MỤC TIÊU CHUNG
        Nghị quyết nêu rõ: “Phát huy sức mạnh đoàn kết, khai thác lợi thế biển để phát triển nhanh”.
        """)
        #expect(found.targets.map(\.kind) == ["goal"])
        #expect(found.targets.first?.due == nil)
    }

    @Test func becomingATownIsTheGoal() throws {
        let found = try extraction("Đảng bộ bước vào nhiệm kỳ mới với quyết tâm cao, phấn đấu đưa huyện trở thành thị xã trước năm 2030.")
        #expect(found.targets.map(\.kind) == ["goal"])
        #expect(found.targets.first?.due == 2030)
    }

    @Test func anAimOverASpanIsDueAtItsEnd() throws {
        let found = try extraction("Tỉnh đặt mục tiêu GRDP tăng bình quân 7 - 7,5%/năm trong giai đoạn 2021 - 2026.")
        #expect(found.targets.map(\.due) == [2026])
    }

    @Test func pillarsAreCountedTasks() throws {
        let found = try extraction("Đại hội xác định 4 trụ cột phát triển của huyện.")
        #expect(found.targets.map(\.kind) == ["task"])
        #expect(found.targets.first?.count == 4)
    }
}
