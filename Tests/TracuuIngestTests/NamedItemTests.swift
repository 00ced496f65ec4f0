import Testing
import TracuuIngest

/// Programmes and the items of a group named inside a sentence, without a colon (issue 11, item 9).
@Suite("Named items")
struct NamedItemTests {
    func extraction(_ body: String) throws -> Extraction {
        try extractArticle("Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025\nThứ tư - 12/08/2022 09:00\n" + body)
    }

    func rows(_ found: Extraction) -> [String] { found.targets.map { "\($0.kind): \($0.text)" } }

    @Test func programmesCarriedOutAreRows() throws {
        let found = try extraction("""
        Huyện dành nguồn lực cho Chương trình mục tiêu quốc gia xây dựng nông thôn mới và chương trình \
        phát triển du lịch cộng đồng. Sau 5 năm triển khai chương trình, người dân đồng tình ủng hộ.
        """)
        #expect(rows(found) == ["resolution: Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
                                "resolution: chương trình phát triển du lịch cộng đồng"])
    }

    @Test func anActionProgrammeIsNoProgrammeRow() throws {
        let found = try extraction("Các chi bộ thực hiện chương trình hành động của Huyện ủy.")
        #expect(found.targets.isEmpty)
    }

    @Test func breakthroughsAboutSeveralThingsAreOneRowEach() throws {
        let found = try extraction("""
        Huyện ủy tập trung vào các khâu đột phá về thu hút đầu tư, chuyển đổi số và và cải cách hành chính, \
        phấn đấu hoàn thành các chỉ tiêu Nghị quyết.
        """)
        #expect(rows(found) == ["breakthrough: khâu đột phá về thu hút đầu tư", "breakthrough: chuyển đổi số",
                                "breakthrough: cải cách hành chính"])
    }

    @Test func theItemNamedAfterACountIsARowOfTheCountsKind() throws {
        let found = try extraction("Hội nghị xác định 3 khâu đột phá, trong đó ưu tiên xây dựng hạ tầng thủy lợi với mục tiêu kiên cố hóa 40 km kênh mương.")
        #expect(rows(found).contains("breakthrough: ưu tiên xây dựng hạ tầng thủy lợi"))
        #expect(found.targets.contains { $0.kind == "breakthrough" && $0.count == 3 })
    }

    @Test func whatLeadsACountIsATask() throws {
        let found = try extraction("Năm 2023, huyện thực hiện 3 khâu đột phá của nhiệm kỳ, trọng tâm là giao thông nông thôn, thủy lợi nội đồng.")
        #expect(rows(found).contains("task: giao thông nông thôn, thủy lợi nội đồng"))
    }

    @Test func oneAmongTheCountIsAnItem() throws {
        let found = try extraction("Nghị quyết xác định phát triển kinh tế biển là một trong 4 khâu đột phá của huyện.")
        #expect(rows(found).contains("breakthrough: phát triển kinh tế biển"))
    }

    @Test func aCountOfTargetsMetIsNoRow() throws {
        let found = try extraction("Qua nửa nhiệm kỳ, 20 chỉ tiêu chủ yếu có 15 chỉ tiêu đạt và vượt; 3 chỉ tiêu có khả năng đạt vào cuối nhiệm kỳ.")
        #expect(found.targets.isEmpty)
    }

    @Test func aCongressNumberOrAGroupCountIsNotALevelToReach() throws {
        let found = try extraction("Năm 2023, thành phố phấn đấu thực hiện 3 khâu đột phá theo Nghị quyết Đại hội Đảng bộ thành phố lần thứ 20.")
        #expect(found.targets.filter { $0.kind == "target" }.isEmpty)
        #expect(found.targets.map(\.count) == [3])
    }
}
