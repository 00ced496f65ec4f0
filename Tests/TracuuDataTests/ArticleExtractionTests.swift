import Testing
import TracuuData
import TracuuValues

/// Raw articles are read on all cores (`ArticleExtraction`); the rows must be those of
/// reading the files one by one, in the order of the files.
@Suite("Articles read on all cores")
struct ArticleExtractionTests {
    /// More files than one batch holds, each with a figure of its own.
    static let articles: [(String, String)] = (1...75).map { n in
        ("bai-\(n).txt", """
            Huyện Gio Linh tổng kết năm 2021

            Năm 2021, tổng thu ngân sách trên địa bàn huyện đạt \(n),5 tỷ đồng, tăng \(n % 9 + 1)% so với cùng kỳ.
            """)
    }

    static func rows(_ catalog: Catalog, _ dataset: String) -> [[String]] {
        guard let d = catalog.datasets[dataset] else { return [] }
        return (0..<d.rowCount).map { d.row($0).map(\.description) }
    }

    @Test func allAtOnceGivesTheRowsOfOneByOneInFileOrder() throws {
        let together = try loaded(Self.articles)
        var oneByOne = Catalog()
        for article in Self.articles {
            _ = try oneByOne.load(files: [(name: article.0, contents: bytes(article.1))])
        }
        for dataset in ["articles", "targets", "metrics"] {
            #expect(Self.rows(together, dataset) == Self.rows(oneByOne, dataset), "\(dataset) differ")
        }
        let metrics = Self.rows(together, "metrics")
        #expect(metrics.count == 75)
        #expect(metrics.first?.contains("1.5") == true && metrics.last?.contains("75.5") == true)
    }
}
