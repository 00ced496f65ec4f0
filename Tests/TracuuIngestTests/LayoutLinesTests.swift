import Testing
@testable import TracuuIngest

/// The layout's lines, split on bytes, are those `split(separator: "\n")` gives on characters
/// (a `\r\n` stays whole); site navigation and page stamps are still recognised where their
/// quick byte tests let them through.
@Suite("Layout lines")
struct LayoutLinesTests {
    private static func bySplit(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test(arguments: ByteTokenizerTests.tricky + ["\n\nMột\r\nHai\n\r\n\nBa\n", "\u{600}\n\u{301}x\n"])
    func areWhatSplittingCharactersGives(_ text: String) {
        #expect(TextLines.split(text).map { Array($0.utf8) } == Self.bySplit(text).map { Array($0.utf8) })
    }

    @Test func areWhatSplittingCharactersGivesOnRandomMixtures() {
        let pieces = ["a", "ệ", " ", "\r", "\n", "\r\n", "\u{301}", "\u{600}", "\u{200D}"]
        var generator = SplitMix(seed: 15)
        for _ in 0..<2_000 {
            let text = (0..<Int(generator.next() % 16)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(TextLines.split(text).map { Array($0.utf8) } == Self.bySplit(text).map { Array($0.utf8) },
                    "\(Array(text.unicodeScalars))")
        }
    }

    @Test func breadcrumbsAndPagersAreSiteNavigation() {
        #expect(ArticleLayout.isSiteNavigation("Trang chủ > Tin tức > Kinh tế"))
        #expect(ArticleLayout.isSiteNavigation("Trang chủ | Hoạt động của huyện"))
        #expect(ArticleLayout.isSiteNavigation("Tin tức » Xây dựng Đảng"))
        #expect(ArticleLayout.isSiteNavigation("Trang 2"))
        #expect(!ArticleLayout.isSiteNavigation("Huyện ủy Cam Lộ tổng kết công tác năm 2023"))
    }

    @Test func aLineWithoutAYearHoldsNoPageStamp() {
        #expect(DatePhrases.timestamp("Thứ hai - 05/10/2020 10:27")?.time == "10:27")
        #expect(DatePhrases.timestamp("Chủ nhật, 5.10.2020") != nil)
        #expect(DatePhrases.timestamp("ngày 5 tháng 10 năm 2020") != nil)
        #expect(DatePhrases.timestamp("Thứ hai - 05/10 10:27") == nil)
        #expect(!DatePhrases.mayHoldYear("Thứ hai - 05/10 10:27, 1899, 2101, 999"))
        #expect(DatePhrases.mayHoldYear("năm 12020") && DatePhrases.mayHoldYear("1900") && DatePhrases.mayHoldYear("x2100y"))
    }
}
