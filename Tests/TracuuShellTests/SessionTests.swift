import Foundation
import Testing
import TracuuData
import TracuuDiagnostics
@testable import TracuuShell

/// A session over the bundled sample whose output and errors are kept as text.
final class Transcript {
    var out = ""
    var err = ""
    let session: Session

    init(_ configure: (inout Settings) -> Void = { _ in }) {
        var settings = Settings()
        configure(&settings)
        let (catalog, _) = DataSetup.catalog(dataPaths: [])
        var o = "", e = ""
        _ = (o, e)
        let box = Box()
        session = Session(catalog: catalog, settings: settings, write: { box.out += $0 }, writeError: { box.err += $0 })
        self.box = box
        o = ""; e = ""
    }

    private let box: Box
    private final class Box { var out = ""; var err = "" }

    /// Runs text as typed at the prompt (or as a script of that name); returns whether it went well.
    @discardableResult
    func run(_ text: String, name: String = "<prompt>") -> Bool {
        let ok = session.run(SourceFile(name: name, text: text))
        out = box.out
        err = box.err
        return ok
    }
}

@Suite("Session and dot-commands")
struct SessionTests {
    @Test func formatChangesTheOutput() {
        let t = Transcript()
        t.run(".format csv\ntargets | count")
        #expect(t.out == "count\n16\n")
        #expect(t.err == "")
    }

    @Test func unknownFormatPointsAtTheArgument() {
        let t = Transcript()
        #expect(!t.run(".format xml"))
        #expect(t.err.hasPrefix("<prompt>:1:9: error: unknown format 'xml'"))
        #expect(t.err.contains("hint: formats are: table, csv, tsv, json, markdown, line"))
    }

    @Test func unknownCommandSuggestsTheClosest() {
        let t = Transcript()
        #expect(!t.run(".lod data"))
        #expect(t.err.hasPrefix("<prompt>:1:2: error: unknown command '.lod'"))
        #expect(t.err.contains("did you mean '.load'?"))
    }

    @Test func datasetsListsRowsAndFiles() {
        let t = Transcript { $0.format = .csv }
        t.run(".datasets")
        #expect(t.out == "dataset,rows,files\narticles,2,articles.jsonl\nmetrics,2,metrics.csv\nprogress,0,\"\"\ntargets,16,targets.csv\n")
    }

    @Test func schemaShowsFieldsTypesAndAnExample() {
        let t = Transcript { $0.format = .csv }
        t.run(".schema metrics")
        let lines = t.out.split(separator: "\n")
        #expect(lines.first == "dataset,field,type,example")
        #expect(lines.contains("metrics,period,period,2021-Q1"))
        #expect(lines.contains("metrics,estimated,boolean,true"))
        #expect(lines.count == 1 + Schemas.metrics.fields.count)
        #expect(!t.run(".schema metric"))
        #expect(t.err.contains("did you mean 'metrics'?"))
    }

    @Test func readChecksTheWholeFileBeforeRunningAnyOfIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-read-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("q.tq")
        try ".format csv\nmetrics | count\nmetrics | sort nothing\ntargets | count\n".write(to: file, atomically: true, encoding: .utf8)
        let t = Transcript()
        #expect(!t.run(".read \(file.path)"))
        // Nothing of it ran: not even the `.format csv` of its first line.
        #expect(t.out == "")
        #expect(t.session.settings.format == .table)
        #expect(t.err.hasPrefix("\(file.path):3:16: error: unknown field 'nothing' in 'metrics'"))
    }

    @Test func readRefusesToNestForever() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-loop-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("self.tq")
        try ".read \(file.path)\n".write(to: file, atomically: true, encoding: .utf8)
        let t = Transcript()
        #expect(!t.run(".read \(file.path)"))
        #expect(t.err.contains("is nested more than 16 deep"))
    }

    @Test func outputAndOnceWriteFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-out-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let once = folder.appendingPathComponent("once.csv").path
        let all = folder.appendingPathComponent("all.csv").path
        let t = Transcript { $0.format = .csv }
        t.run(".once \(once)\nmetrics | count\ntargets | count")
        #expect(try String(contentsOfFile: once, encoding: .utf8) == "count\n2\n")
        #expect(t.out == "count\n16\n")
        t.run(".output \(all)\nmetrics | count\ntargets | count\n.output\narticles | count")
        t.session.finish()
        // Two results in one file are set apart; a result after the file closed starts the screen afresh.
        #expect(try String(contentsOfFile: all, encoding: .utf8) == "count\n2\n\ncount\n16\n")
        #expect(t.out == "count\n16\ncount\n2\n")
    }

    @Test(arguments: [".load /tmp", ".read x.tq", ".output x.csv", ".once x.csv"])
    func safeModeRefusesFiles(_ command: String) {
        let t = Transcript { $0.safe = true }
        #expect(!t.run(command))
        #expect(t.err.contains("is not allowed in safe mode"))
    }

    @Test func loadAddsRowsAndReports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-load-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "id,district,value\nx1,Gio Linh,3\n".write(to: folder.appendingPathComponent("metrics.csv"), atomically: true, encoding: .utf8)
        let t = Transcript { $0.format = .csv }
        #expect(t.run(".load \(folder.path)\nmetrics | count"))
        #expect(t.err.contains("metrics.csv: 1 metric"))
        #expect(t.out == "count\n1\n")      // the user's rows replace the bundled sample's
    }

    @Test func timerSaysHowLong() {
        let t = Transcript { $0.format = .csv }
        t.run(".timer on\nmetrics | count")
        #expect(t.err.hasPrefix("time: "))
        #expect(!t.run(".timer maybe"))
        #expect(t.err.contains("'.timer' takes on or off"))
    }

    @Test func maxRowsCutsTablesOnTheScreen() {
        let t = Transcript()
        t.session.terminal = (columns: 100, rows: 40)
        t.run(".maxrows 3\ntargets | select id")
        #expect(t.out.contains("… 13 more rows (16 in all; .maxrows 0 shows all)"))
        #expect(t.out.contains("trieu-phong-2020-10-05/requirement-3"))
        #expect(!t.out.contains("trieu-phong-2020-10-05/requirement-4"))
    }

    @Test func helpHasTopicsAndCommands() {
        let t = Transcript()
        t.run(".help")
        #expect(t.out.contains(".load [--skip-bad-rows] PATH"))
        #expect(t.out.contains("targets where district ~ \"trieu phong\""))
        t.run(".help text")
        #expect(t.out.contains("a ă â b c d đ e ê"))
        t.run(".help load")
        #expect(t.out.hasSuffix(".load [--skip-bad-rows] PATH\n    load a file or folder of CSV, JSON Lines, JSON; --skip-bad-rows loads the good rows of a file with bad ones\n"))
        #expect(!t.run(".help nothing"))
        #expect(t.err.contains("no help on 'nothing'"))
    }

    /// `.measures` lists the indicators no measure names, most frequent first.
    @Test func measuresListsTheIndicatorsLeftWithoutOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-measures-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            id,indicator,value,unit
            a,sản lượng cà phê nhân,12,tấn
            b,Sản lượng cà phê nhân,14,tấn
            c,thu ngân sách,5,tỉ đồng
            d,số căn nhà bàn giao,40,căn
            """.write(to: folder.appendingPathComponent("metrics.csv"), atomically: true, encoding: .utf8)
        let t = Transcript { $0.format = .csv }
        #expect(t.run(".load \(folder.path)"))
        #expect(t.run(".measures"))
        #expect(t.out.hasSuffix("indicator,in,rows\nsản lượng cà phê nhân,metrics,2\nsố căn nhà bàn giao,metrics,1\n"))
    }

    /// The completer offers every dataset after `.help`; each has help of its own.
    @Test func helpOnADataset() {
        let t = Transcript()
        for name in ["articles", "targets", "metrics", "progress"] {
            #expect(t.run(".help \(name)"), "\(name)")
            #expect(t.out.contains("\(name) ("))
        }
        #expect(t.out.contains("fields: id, district, province, term, measure, target, target_unit"))
        #expect(t.err.isEmpty)
    }

    @Test func quitStopsTheRest() {
        let t = Transcript { $0.format = .csv }
        t.run(".quit\ntargets | count")
        #expect(t.session.wantsToQuit)
        #expect(t.out == "")
    }
}

@Suite("Table colours")
struct TablePainterTests {
    @Test func paintingOnlyAddsEscapeCodes() {
        let t = Transcript()
        t.session.terminal = (columns: 80, rows: 50)
        t.session.settings.colorResults = true
        t.run("metrics | select indicator, value")
        #expect(t.out.contains("\u{1B}[1m"))
        let plain = Transcript()
        plain.session.terminal = (columns: 80, rows: 50)
        plain.run("metrics | select indicator, value")
        #expect(!plain.out.contains("\u{1B}["))
        let stripped = t.out.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain.out)
    }
}

@Suite("Load progress line")
struct LoadProgressTests {
    @Test func saysTimeAndShareOfBytes() {
        #expect(LoadProgress.line("data/", seconds: 3, fraction: 0.456) == "loading data/ … 3 s, 45%")
        #expect(LoadProgress.line("data/", seconds: 12, fraction: 1) == "loading data/ … 12 s, 100%")
        #expect(LoadProgress.line("a.csv, b/", seconds: 1, fraction: nil) == "loading a.csv, b/ … 1 s")
    }
}
