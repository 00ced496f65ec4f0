import Foundation
import Testing
import TracuuData
@testable import TracuuShell

/// `.load` at the prompt: the user's data replaces the bundled sample, and a file loaded
/// twice is loaded once.
@Suite struct LoadCommandTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-load-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func theFirstLoadReplacesTheBundledSample() throws {
        let data = try Self.folder(["metrics.csv": "id,district,value\nx1,Gio Linh,3\n"])
        defer { try? FileManager.default.removeItem(at: data) }
        let t = Transcript { $0.format = .csv }
        #expect(t.run("articles | count\n.load \(data.path)\nmetrics | count\narticles | count\ntargets | count"))
        #expect(t.out == "count\n2\n\ncount\n1\n\ncount\n0\n\ncount\n0\n")
    }

    @Test func loadingTheSameFolderTwiceLoadsItOnce() throws {
        let data = try Self.folder(["metrics.csv": "id,district,value\nx1,Gio Linh,3\n", "targets.csv": "id,kind\nt1,goal\n"])
        defer { try? FileManager.default.removeItem(at: data) }
        let t = Transcript { $0.format = .csv }
        #expect(t.run(".load \(data.path)\n.load \(data.path)/\n.load \(data.path)/./metrics.csv\nmetrics | count\ntargets | count"))
        #expect(t.out == "count\n1\n\ncount\n1\n")
        #expect(t.err.contains("metrics.csv' is already loaded: its rows are not added again"))
    }

    @Test func theSameFolderTwiceWithDataLoadsOnce() throws {
        let data = try Self.folder(["metrics.csv": "id,district,value\nx1,Gio Linh,3\n"])
        defer { try? FileManager.default.removeItem(at: data) }
        let (catalog, errors, warnings, _) = DataSetup.load(dataPaths: [data.path, data.path])
        #expect(errors.isEmpty)
        #expect(catalog.datasets["metrics"]?.rowCount == 1)
        #expect(warnings.map(\.message) == ["'\(data.path)/metrics.csv' is already loaded: its rows are not added again"])
    }

    @Test func loadSummaryShowsControlCharactersInPathsVisibly() {
        var report = LoadReport()
        report.loaded = [.init(dataset: "metrics", file: "data/\u{1B}]0;owned\u{07}\u{202E}x.csv", rows: 1)]
        let line = LoadSummary.lines(report).joined()
        #expect(!line.contains("\u{1B}"))
        #expect(!line.contains("\u{202E}"))
        #expect(!line.contains("\u{07}"))
        #expect(line.hasPrefix("loaded data/"))
    }
}
