import Testing
import TracuuDiagnostics
@testable import TracuuIngest

@Suite("Raw article files")
struct DocumentTests {
    @Test func anArticlesIdIsItsFileName() throws {
        let raw = try RawArticle.decode(Array("Tiêu đề\n\nNội dung.".utf8), fileName: "/data/bai-viet-1.txt")
        #expect(raw.id == "bai-viet-1")
    }

    @Test func invalidUTF8IsAnErrorNamingFileAndLine() {
        var bytes = Array("dòng một\ndòng hai ".utf8)
        bytes += [0xC3, 0x28]          // not UTF-8 (a cp1258 byte, say)
        bytes += Array(" tiếp\n".utf8)
        #expect {
            try RawArticle.decode(bytes, fileName: "bad.txt")
        } throws: { error in
            guard let d = error as? Diagnostic, let p = d.place else { return false }
            return d.message == "bad.txt is not UTF-8 text" && p.line == 2 && p.column == 10 && p.file == "bad.txt"
        }
    }

    @Test func aBinaryFileIsAnError() {
        #expect(throws: Diagnostic.self) { try RawArticle.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], fileName: "photo.txt") }
    }

    @Test func crlfAndNFDAndEthAreNormalized() throws {
        let raw = try RawArticle.decode(Array("\u{00D0}a\u{0323}i ho\u{0323}\u{0302}i\r\nb".utf8), fileName: "x.txt")
        #expect(raw.text.unicodeScalars.elementsEqual("Đại hội\nb".unicodeScalars))
    }

    @Test func htmlGivesTheTextOfItsBody() throws {
        let html = """
            <html><head><title>Bỏ</title><style>p { color: red }</style></head>
            <body><nav><a href="/">Trang chủ</a></nav>
            <h1>Triệu Phong đạt chuẩn</h1>
            <p>Dòng một &amp; <b>đậm</b>&nbsp;tiếp.</p><script>var x = "<p>không</p>";</script>
            <p>Tăng 38,1&#37; so với &#x63;ùng kỳ.</p><!-- ghi chú -->
            <footer>Bản quyền</footer></body></html>
            """
        let raw = try RawArticle.decode(Array(html.utf8), fileName: "a.html")
        #expect(raw.text == "Triệu Phong đạt chuẩn\nDòng một & đậm\u{00A0}tiếp.\nTăng 38,1% so với cùng kỳ.")
    }

    @Test func layoutFindsTitleTimestampAuthorAndBody() {
        let text = """
            Tiêu đề bài viết

            Thứ hai - 05/10/2020 10:27 548 0
            Đoạn một.
            Chú thích ảnh
            Chú thích ảnh
            Đoạn hai.
            Tác giả bài viết: Trần Bình Tuấn - Trưởng Ban Tuyên giáo
            Tổng số điểm của bài viết là: 0 trong 0 đánh giá
            Ý kiến bạn đọc
            """
        let layout = ArticleLayout(text)
        #expect(layout.title == "Tiêu đề bài viết")
        #expect(layout.published?.day.description == "2020-10-05")
        #expect(layout.published?.time == "10:27")
        #expect(layout.author == "Trần Bình Tuấn")
        #expect(layout.role == "Trưởng Ban Tuyên giáo")
        #expect(layout.body == "Đoạn một.\nĐoạn hai.")
    }

    @Test func aPhotoCaptionAndAUnitHeaderAreNotBody() {
        let layout = ArticleLayout("Tiêu đề\nThành phố Quảng Trị\nẢnh minh họa cuộc họp (Ảnh: NT)\nNội dung.")
        #expect(layout.body == "Nội dung.")
    }

    @Test(arguments: [
        ("Rà soát quy hoạch; xây dựng kết cấu hạ tầng, nhất là hạ tầng giao thông, thủy lợi.", "infrastructure"),
        ("Xây dựng hạ tầng, cụm điểm công nghiệp, đẩy nhanh phát triển công nghiệp.", "industry"),
        ("Phấn đấu xây dựng huyện đạt chuẩn nông thôn mới trước năm 2025", "rural"),
        ("Nâng cấp hệ thống kết cấu hạ tầng theo tiêu chí đô thị loại III", "urban"),
        ("Chú trọng xây dựng đội ngũ cán bộ, đảng viên", "party"),
        ("phát triển thương mại - dịch vụ - du lịch", "trade"),
        ("Tái cơ cấu nông nghiệp gắn với xây dựng nông thôn mới", "agriculture"),
    ])
    func areas(_ text: String, _ area: String) {
        #expect(AreaClassifier.area(of: text) == area)
    }

    @Test func noAreaWithoutAKeyword() {
        #expect(AreaClassifier.area(of: "5 nhóm nhiệm vụ trọng tâm") == nil)
    }

    @Test func theUnitOfAnArticleComesFromTheGazetteer() {
        let facts = ArticleFacts(title: "Huyện Hải Lăng lần thứ XVIII, nhiệm kỳ 2020 – 2025", body: "")
        #expect(facts.unit?.name == "Hải Lăng")
        #expect(facts.unit?.province == "Quảng Trị")
        #expect(facts.unitType == "huyện")
        #expect(facts.congress == 18)
        #expect(facts.term?.description == "2020-2025")
    }

    @Test func theNationalCongressIsNotTheLocalOne() {
        let facts = ArticleFacts(title: "Tin tức", body: "Tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Đại hội Đảng bộ thị xã Quảng Trị lần thứ VII đã thành công.")
        #expect(facts.congress == 7)
    }
}

@Suite("Markdown articles")
struct MarkdownTests {
    @Test func headingsEmphasisAndLinksBecomeText() throws {
        let md = "# Triệu Phong đạt **chuẩn**\n\nXem [bài gốc](https://example.org/a) ![ảnh](a.png) ở đây.\n- Mục một"
        let raw = try RawArticle.decode(Array(md.utf8), fileName: "a.md")
        #expect(raw.text == "Triệu Phong đạt chuẩn\n\nXem bài gốc  ở đây.\n- Mục một")
    }
}
