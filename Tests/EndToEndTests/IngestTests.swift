import Foundation
import Testing

@Suite("tracuu ingest and raw articles")
struct IngestTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/seeds").path

    @Test func ingestWritesTheThreeDatasetsAndReports() throws {
        let out = try temporaryFolder()
        let run = try runTracuu(["ingest", Self.seeds, "--out", out.path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("trieu-phong-2020-10-05.txt: 1 article, 11 targets, 0 metrics"))
        #expect(run.stderr.contains("thi-xa-quang-tri-2021.txt: 1 article, 5 targets, 2 metrics"))
        #expect(run.stderr.contains("warning: the number 3 was not read as a target or a figure"))
        #expect(run.stderr.contains("in all: 2 articles, 16 targets, 2 metrics"))
        // What it wrote loads back.
        let again = try runTracuu(["--data", out.path, "-c", "metrics | select indicator, value, change", "--format", "csv"])
        #expect(again.stdout == """
            indicator,value,change
            tổng mức bán lẻ hàng hóa và doanh thu dịch vụ,956,38.1
            giá trị sản xuất công nghiệp,139,15

            """)
    }

    @Test func rawArticlesLoadWithData() throws {
        let run = try runTracuu(["--data", Self.seeds, "-c", "targets where kind = \"breakthrough\" | count", "--format", "csv", "--no-header"])
        #expect(run.status == 0)
        #expect(run.stdout == "6\n")
    }

    @Test func aBadArticleIsAnErrorAndTheOthersStillLoad() throws {
        let folder = try temporaryFolder()
        try Data([0x54, 0xEA, 0x6E, 0x0A]).write(to: folder.appendingPathComponent("cp1258.txt"))   // "Tên" in Windows-1258
        try FileManager.default.copyItem(atPath: Self.seeds + "/thi-xa-quang-tri-2021.txt",
                                         toPath: folder.appendingPathComponent("qt.txt").path)
        let run = try runTracuu(["ingest", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cp1258.txt:1:2: error:"))
        #expect(run.stderr.contains("is not UTF-8 text"))
        #expect(run.stderr.contains("qt.txt: 1 article, 5 targets, 2 metrics"))
    }

    @Test func sourceShowsTheSentenceWithTheFigureMarked() throws {
        let run = try runTracuu(["-c", ".source thi-xa-quang-tri-2021/metric-2"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("giá trị sản xuất công nghiệp ước thực hiện trên ⟦139 tỉ đồng⟧, tăng hơn 15% so với cùng kỳ năm 2020"))
        let unknown = try runTracuu(["-c", ".source thi-xa-quang-tri-2021/metric-9"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean"))
    }
}
