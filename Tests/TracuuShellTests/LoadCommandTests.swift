import Foundation
import Testing
import TracuuData
import TracuuDiagnostics
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

    static let badRows = "id,district,value\nx1,Gio Linh,3\nx2,Cam Lộ,ba\nx3,Hải Lăng,5\n"

    @Test func loadWithSkipBadRowsLoadsTheGoodRowsAndSaysTheBadOne() throws {
        let data = try Self.folder(["metrics.csv": Self.badRows])
        defer { try? FileManager.default.removeItem(at: data) }
        let t = Transcript { $0.format = .csv }
        #expect(t.run(".load --skip-bad-rows \(data.path)\nmetrics | count"))
        #expect(t.out == "count\n2\n")
        #expect(t.err.contains("\(data.path)/metrics.csv:3:11: warning: 'ba' is not a number (field 'value' of metrics)"))
        #expect(t.err.contains("note: 1 bad row of '\(data.path)/metrics.csv' skipped; its 2 other rows are loaded"))
    }

    @Test func loadWithoutItSaysTheFileAddsNoRowsAndHowToSkip() throws {
        let data = try Self.folder(["metrics.csv": Self.badRows])
        defer { try? FileManager.default.removeItem(at: data) }
        let t = Transcript { $0.format = .csv }
        #expect(!t.run(".load \(data.path)"))
        #expect(t.err.contains("\(data.path)/metrics.csv:3:11: error: 'ba' is not a number (field 'value' of metrics)"))
        #expect(t.err.hasSuffix("""
            note: '\(data.path)/metrics.csv' adds no rows: a bad row stops its file
              = hint: tracuu --skip-bad-rows --data PATH, or .load --skip-bad-rows PATH, loads the good rows and says each bad one

            """))
    }

    @Test func theSkipHoldsForItsOwnLoadOnly() throws {
        let data = try Self.folder(["metrics.csv": Self.badRows])
        let more = try Self.folder(["metrics.csv": Self.badRows.replacingOccurrences(of: "x", with: "y")])
        defer { try? FileManager.default.removeItem(at: data); try? FileManager.default.removeItem(at: more) }
        let t = Transcript { $0.format = .csv }
        #expect(t.run(".load --skip-bad-rows \(data.path)"))
        #expect(!t.run(".load \(more.path)"))
        #expect(t.run("metrics | count"))
        #expect(t.out == "count\n2\n")
    }

    @Test(arguments: [
        (".load --skip data/", "script.tq:2:7: error: '.load' has no option '--skip'",
         "its one option is --skip-bad-rows, as in: .load --skip-bad-rows data/"),
        (".load --skip-bad-rows", "script.tq:2:7: error: '.load' needs a file or a folder", "as in: .load data/metrics.csv"),
    ])
    func aLoadThatCannotBeReadIsRefusedBeforeTheScriptRuns(_ line: String, _ error: String, _ hint: String) {
        let t = Transcript { $0.format = .csv }
        #expect(!t.session.runScripts([SourceFile(name: "script.tq", text: "metrics | count\n" + line + "\n")]))
        t.run("")
        #expect(t.out.isEmpty)          // checked whole first: nothing ran
        #expect(t.err.contains(error))
        #expect(t.err.contains("= hint: " + hint))
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
