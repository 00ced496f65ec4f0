import Foundation
import Testing
import TracuuData
import TracuuDiagnostics

/// What a folder's load leaves out is said, in one warning: subfolders, files of other
/// formats, data files whose names name no dataset. Copies named as browsers name them load.
@Suite struct PassedOverTests {
    typealias Folder = CatalogTests.Folder

    @Test func copiesAndYearsLoadIntoTheirDataset() throws {
        let folder = try Folder([
            "metrics.csv": "id,value\nm1,1\n",
            "metrics 2022.csv": "id,value\nm2,2\n",
            "metrics (1).csv": "id,value\nm3,3\n",
            "targets (copy).csv": "id\nt1\n",
        ])
        var catalog = Catalog()
        let report = try catalog.load(path: folder.path)
        #expect(report.warnings.isEmpty)
        #expect(catalog.datasets["metrics"]?.rowCount == 3)
        #expect(catalog.datasets["targets"]?.rowCount == 1)
    }

    @Test func everyEntryLeftOutIsNamedInOneWarning() throws {
        let folder = try Folder([
            "metrics.csv": "id,value\nm1,1\n",
            "dân số.csv": "huyện,dân số\nCam Lộ,50\n",
            "báo cáo.xlsx": "x",
            "2021/metrics.csv": "id,value\nm2,2\n",
        ])
        var catalog = Catalog()
        let report = try catalog.load(path: folder.path)
        #expect(report.warnings.count == 1)
        let warning = try #require(report.warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.place == nil)
        #expect(warning.message == "3 entries of '\(folder.path)' not loaded: "
            + "2021/ (a folder: subfolders are not read), báo cáo.xlsx (not a data file), dân số.csv (its name names no dataset)")
        #expect(warning.hints == [
            "name a data file after its dataset: articles.jsonl, targets.json, metrics.csv, metrics-2021.csv",
            "a subfolder loads with a --data or .load of its own",
        ])
        #expect(catalog.datasets["metrics"]?.rowCount == 1)
    }

    @Test func documentationAndHiddenFilesAreNotWorthAWord() throws {
        let folder = try Folder([
            "metrics.csv": "id,value\nm1,1\n",
            "README.md": "Số liệu tự đặt ra.",
            "LICENSE": "x",
            ".DS_Store": "x",
        ])
        var catalog = Catalog()
        #expect(try catalog.load(path: folder.path).warnings.isEmpty)
    }

    @Test func pastEightEntriesTheRestIsCounted() throws {
        var files = ["metrics.csv": "id,value\nm1,1\n"]
        for n in 1...10 { files["bảng \(n).pdf"] = "x" }
        let folder = try Folder(files)
        var catalog = Catalog()
        let message = try catalog.load(path: folder.path).warnings.first?.message ?? ""
        #expect(message.hasPrefix("10 entries of '\(folder.path)' not loaded: bảng 1.pdf (not a data file), bảng 10.pdf (not a data file),"))
        #expect(message.hasSuffix("bảng 7.pdf (not a data file), and 2 more"))
    }

    @Test func theSentencesOfArticlesAreToldApartFromTheFiles() throws {
        let folder = try Folder([
            "metrics.csv": "id,value\nm1,1\n",
            "ghi chú.docx": "x",
            "cam-lo.txt": "Huyện Cam Lộ\n\nNăm 2021, có 37 thứ được nói đến.\n",
        ])
        var catalog = Catalog()
        let report = try catalog.load(path: folder.path)
        #expect(report.fileWarnings.map(\.message) == ["1 entry of '\(folder.path)' not loaded: ghi chú.docx (not a data file)"])
        #expect(report.unreadSentences.count + report.fileWarnings.count == report.warnings.count)
    }
}
