import Testing
import TracuuIngest

/// Lists of a resolution's aims over several lines: after a line ending in `:` or a heading,
/// items marked `-`, `1.` or `(1)` (issue 11, item 9).
@Suite("Target lists")
struct TargetListTests {
    func extraction(_ body: String, title: String = "Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025") throws -> Extraction {
        try extractArticle(title + "\nThứ tư - 12/08/2020 09:00\n" + body)
    }

    @Test func linesAfterAColonAreCutIntoMeasuredTargetsDueByTheIntroductionsYear() throws {
        let found = try extraction("""
        Nghị quyết nêu các chỉ tiêu chủ yếu đến năm 2030:
        - Thu nhập bình quân đầu người đạt 90 triệu đồng.
        - Cơ cấu kinh tế: công nghiệp 40%; dịch vụ 45%.
        - Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.
        """)
        let targets = found.targets.filter { $0.kind == "target" }
        #expect(targets.map(\.value) == [90, 40, 45, 1.5])
        #expect(targets.map(\.due) == [2030, 2030, 2030, nil])
        #expect(targets[2].text == "dịch vụ 45%")
    }

    @Test func aHeadingWithNumberedItemsInBracketsIntroducesAList() throws {
        let found = try extraction("""
        II. CHỈ TIÊU CHỦ YẾU
        (1) Mỗi năm trồng mới 800 ha rừng, đến năm 2025 độ che phủ rừng đạt 52%.
        (2) Thị trấn đạt tiêu chí đô thị loại IV.
        III. CÁC KHÂU ĐỘT PHÁ
        - Phát triển giao thông liên xã.
        - Cải cách hành chính.
        """)
        #expect(found.targets.filter { $0.kind == "target" }.map(\.text)
            == ["Mỗi năm trồng mới 800 ha rừng", "đến năm 2025 độ che phủ rừng đạt 52%", "Thị trấn đạt tiêu chí đô thị loại IV"])
        #expect(found.targets.filter { $0.kind == "target" }.map(\.due) == [nil, 2025, 2025])
        #expect(found.targets.filter { $0.kind == "breakthrough" }.count == 2)
        #expect(found.metrics.isEmpty)
    }

    @Test func withoutATermAnAimIsDueByTheYearTheTitleNames() throws {
        let found = try extraction("Huyện phấn đấu tỷ lệ che phủ rừng đạt 50%.", title: "Định hướng phát triển huyện đến năm 2030")
        #expect(found.targets.map(\.due) == [2030])
    }
}

/// A standard reached so far is a report, not an aim (issue 11, item 8).
@Suite("Standards reached")
struct StandardsReachedTests {
    @Test func aCountOfCommunesReachingTheStandardIsNoTarget() throws {
        let found = try extractArticle("""
        Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025
        Thứ tư - 12/08/2022 09:00
        Đến nay toàn huyện đã có 12/19 xã đạt chuẩn nông thôn mới. Huyện hiện có 40 cửa hàng đạt chuẩn văn minh.
        Huyện phấn đấu năm 2023 giữ vững 19/19 xã đạt chuẩn nông thôn mới.
        """)
        #expect(found.targets.map(\.text) == ["Huyện phấn đấu năm 2023 giữ vững 19/19 xã đạt chuẩn nông thôn mới"])
    }

    /// A standard named with a year already reached when the article was written is a result:
    /// the count is a figure, not also a target due that year.
    @Test func aStandardOfAYearGoneByIsAFigureOnly() throws {
        let body = "Năm 2024, thị xã có 7 xã đạt chuẩn nông thôn mới kiểu mẫu."
        let written = try extractArticle("Thị xã tổng kết năm 2024\nThứ hai - 30/12/2024 08:00\n" + body)
        #expect(written.targets.isEmpty)
        #expect(written.metrics.map(\.value) == [7])
        let before = try extractArticle("Thị xã bàn kế hoạch\nThứ hai - 04/03/2022 08:00\n" + body)
        #expect(before.targets.map(\.due) == [2024], "two years ahead it still sets the standard")
    }

    @Test func aLevelReportedBesideItsAimStaysAFigure() throws {
        let found = try extractArticle("""
        Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025
        Thứ tư - 12/08/2022 09:00
        Một số chỉ tiêu khó đạt như tỷ lệ đô thị hóa (mới đạt 25%/mục tiêu 35%).
        """)
        #expect(found.metrics.map(\.value) == [25])
    }

    @Test func aStandardToReachIsThePieceOfTheSentenceThatSetsIt() throws {
        let found = try extractArticle("""
        Đại hội Đảng bộ thành phố lần thứ XI, nhiệm kỳ 2020-2025
        Thứ tư - 12/08/2022 09:00
        Năm nay thành phố thu hút 12 dự án đầu tư, đồng thời tập trung hoàn thiện các tiêu chí đô thị loại I.
        """)
        #expect(found.targets.map(\.text) == ["Đồng thời tập trung hoàn thiện các tiêu chí đô thị loại I"])
    }

    @Test func aStandardReachedInAYearIsAReport() throws {
        let found = try extractArticle("""
        Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025
        Thứ tư - 12/08/2022 09:00
        Huyện được công nhận đạt chuẩn nông thôn mới năm 2021; 100% xã đạt chuẩn nông thôn mới.
        Xã Tân Lập đạt chuẩn nông thôn mới nâng cao năm 2020.
        """)
        #expect(found.targets.isEmpty)
    }

    /// Found by fuzzing: an opener broken over two lines (`Mục` / `tiêu:`) was matched across
    /// the paragraph break, past the end of its one-word sentence, and the range trapped.
    @Test func anOpenerBrokenOverTwoLinesIsTwoParagraphsAndNoCrash() throws {
        for lineBreak in ["\n", "\r", "\r\r", "\r\n"] {
            let found = try extractArticle("Kết quả năm 2022 của xã\nThứ tư - 12/08/2022 09:00\nMục\(lineBreak)tiêu: trước năm 2025 xây mới 3 trường học.")
            #expect(found.targets.allSatisfy { !$0.text.hasPrefix("Mục") })
        }
    }
}
