import Testing
import TracuuIngest

/// A title is short and looks like one; a file of one long paragraph is all body (issue 11, item 1).
@Suite("Titles and datelines")
struct LayoutTitleTests {
    @Test func aOneLineFileIsBodyAndYieldsItsFigures() throws {
        let line = "Trong quý II năm 2022, huyện Lạc Dương thu ngân sách được 41,7 tỷ đồng, tăng 6,3% so với cùng kỳ, "
            + "giá trị sản xuất nông nghiệp của toàn huyện ước đạt 2.310 tỷ đồng trong bối cảnh giá vật tư còn cao."
        let layout = ArticleLayout(line)
        #expect(layout.title == "")
        #expect(layout.body == line)
        let raw = try RawArticle.decode(Array(line.utf8), fileName: "mot-dong.txt")
        let metrics = Extractor.extract(raw, fileName: "mot-dong.txt").metrics
        #expect(metrics.first?.value == 41.7)
        #expect(metrics.first?.period?.description == "2022-Q2")
    }

    @Test func aFirstLineEndingInAFullStopIsBody() {
        let layout = ArticleLayout("Huyện tổ chức hội nghị sơ kết.\nĐoạn hai.")
        #expect(layout.title == "")
        #expect(layout.body == "Huyện tổ chức hội nghị sơ kết.\nĐoạn hai.")
    }

    @Test func breadcrumbsAboveTheTitleAndAnAgencyDatelineAreDropped() {
        let layout = ArticleLayout("Trang chủ > Tin tức > Kinh tế\nHuyện mở rộng vùng trồng chè\n(BTN) - Sáng 3/3, huyện họp bàn kế hoạch.")
        #expect(layout.title == "Huyện mở rộng vùng trồng chè")
        #expect(layout.body == "Sáng 3/3, huyện họp bàn kế hoạch.")
    }

    @Test func aLongFirstLineOpeningWithADateIsBodyAndGivesTheDate() {
        let line = "Ngày 14/3/2024, Ban Thường vụ Huyện ủy họp đánh giá kết quả thực hiện nhiệm vụ quý I và bàn các giải pháp cho quý II tới."
        let layout = ArticleLayout(line)
        #expect(layout.body == line)
        #expect(layout.published?.day.description == "2024-03-14")
    }
}
