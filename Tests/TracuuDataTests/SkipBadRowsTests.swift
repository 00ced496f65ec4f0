import Testing
@testable import TracuuData
import TracuuDiagnostics
import TracuuValues

/// `--skip-bad-rows`: a file's good rows load, each bad row is said at its place as a
/// warning, and a note counts them. What is wrong with the file as a whole still fails it.
@Suite struct SkipBadRowsTests {
    static let csv = """
        id,district,value
        m1,Cam Lộ,12,5
        m2,Gio Linh,mười
        m3,Hải Lăng,7
        m4,Đakrông,3,1,9
        m5,Vĩnh Linh,8

        """

    /// The same file without its bad rows.
    static let goodCSV = "id,district,value\nm3,Hải Lăng,7\nm5,Vĩnh Linh,8\n"

    static let jsonl = """
        {"id": "m1", "district": "Cam Lộ", "value": 12}
        {"id": "m2", "district": "Gio Linh", "value": "mười"}
        {"id": "m3", "district": "Hải Lăng", "value": 7
        {"id": "m4", "district": "Đakrông", "value": [3]}
        ["m5"]
        {"id": "m6", "district": "Vĩnh Linh", "value": 8}

        """

    static let goodJSONL = """
        {"id": "m1", "district": "Cam Lộ", "value": 12}
        {"id": "m6", "district": "Vĩnh Linh", "value": 8}

        """

    static func rows(_ load: FileLoad) -> [[Value]] { CSVPathsAgreeTests.rows(load) }

    static func places(_ load: FileLoad) -> [String] {
        load.skipped.map { d in d.place.map { "\($0.file):\($0.line):\($0.column)" } ?? "" }
    }

    @Test func theCarefulCSVPathLeavesOutTheBadRowsAndSaysEach() throws {
        let bytes = Array(Self.csv.utf8)
        let load = CSVLoader.load(bytes, file: "metrics.csv", schema: Schemas.metrics, skipBadRows: true)
        #expect(!load.failed)
        #expect(load.skippedRows == 3)
        #expect(load.skipped.map(\.severity) == [.warning, .warning, .warning])
        #expect(load.skipped.map(\.message) == [
            "this row has 4 fields but the header has 3",
            "'mười' is not a number (field 'value' of metrics)",
            "this row has 5 fields but the header has 3",
        ])
        #expect(Self.places(load) == ["metrics.csv:2:14", "metrics.csv:3:13", "metrics.csv:5:14"])
        // The rows kept are the rows the fast path reads from the file without the bad ones.
        let fast = try #require(FastCSVLoader.load(Array(Self.goodCSV.utf8), file: "metrics.csv", schema: Schemas.metrics))
        #expect(Self.rows(load) == Self.rows(fast))
        // The fast path never skips: it steps aside for the careful one.
        #expect(FastCSVLoader.load(bytes, file: "metrics.csv", schema: Schemas.metrics) == nil)
        #expect(Self.rows(FileLoad.read(bytes, file: "metrics.csv", format: .csv, schema: Schemas.metrics, skipBadRows: true)) == Self.rows(fast))
    }

    @Test func theCarefulJSONPathLeavesOutTheBadObjectsAndSaysEach() throws {
        let bytes = Array(Self.jsonl.utf8)
        let load = JSONLoader.loadLines(bytes, file: "metrics.jsonl", schema: Schemas.metrics, skipBadRows: true)
        #expect(!load.failed)
        #expect(load.skippedRows == 4)
        #expect(load.skipped.map { $0.place?.line ?? 0 } == [2, 3, 4, 5])
        #expect(load.skipped.first?.message == "'mười' is not a number (field 'value' of metrics)")
        #expect(load.skipped.last?.message == "each line must be one JSON object")
        let fast = try #require(FastJSONLinesLoader.load(Array(Self.goodJSONL.utf8), file: "metrics.jsonl", schema: Schemas.metrics))
        #expect(Self.rows(load) == Self.rows(fast))
    }

    @Test func aJSONArrayLeavesOutItsBadObjects() {
        let text = #"[{"id": "t1", "due": 2025}, {"id": "t2", "due": "sớm"}, {"id": "t3"}]"#
        let load = JSONLoader.loadArray(Array(text.utf8), file: "targets.json", schema: Schemas.targets, skipBadRows: true)
        #expect(!load.failed)
        #expect(load.skippedRows == 1)
        #expect(Self.rows(load).count == 2)
    }

    @Test func withoutSkippingABadRowFailsTheFileAsBefore() {
        let load = CSVLoader.load(Array(Self.csv.utf8), file: "metrics.csv", schema: Schemas.metrics)
        #expect(load.failed)
        #expect(load.diagnostics.map(\.severity) == [.error, .error, .error])
        #expect(load.hasBadRows && !load.hasFileErrors)
        #expect(load.skippedRows == 0)
    }

    /// A bad header, a quote never closed, a decimal mark never settled: skipping rows
    /// cannot mend those, so the file fails with them.
    @Test(arguments: [
        "id,distict,value\nm1,Cam Lộ,1\n",
        "id,district,value\nm1,\"Cam Lộ,1\n",
        "id,district,value\nm1,Cam Lộ,10.000\nm2,Gio Linh,mười\n",
    ])
    func whatIsWrongWithTheFileStillFailsIt(_ text: String) {
        let load = CSVLoader.load(Array(text.utf8), file: "metrics.csv", schema: Schemas.metrics, skipBadRows: true)
        #expect(load.failed)
        #expect(load.hasFileErrors)
    }

    @Test func pastTheLimitTheBadRowsAreCountedNotSaid() {
        let body = (1...25).map { "m\($0),Cam Lộ,x\($0)\n" }.joined()
        let load = CSVLoader.load(Array(("id,district,value\nm0,Cam Lộ,1\n" + body).utf8), file: "metrics.csv",
                                  schema: Schemas.metrics, skipBadRows: true)
        #expect(load.skippedRows == 25)
        #expect(load.skipped.count == FileLoad.errorLimit)
        #expect(Self.rows(load).count == 1)
    }

    @Test func theCatalogLoadsTheGoodRowsAndCountsTheBadOnes() throws {
        var catalog = Catalog()
        catalog.skipsBadRows = true
        let report = try catalog.load(files: [(name: "metrics.csv", contents: Array(Self.csv.utf8))])
        #expect(catalog.datasets["metrics"]?.rowCount == 2)
        #expect(report.loaded.map(\.rows) == [2])
        #expect(report.warnings.map(\.severity) == [.warning, .warning, .warning, .note])
        #expect(report.warnings.last?.message == "3 bad rows of 'metrics.csv' skipped; its 2 other rows are loaded")
        #expect(report.fileWarnings.count == 4)
    }

    @Test func theCountSaysWhenOnlyTheFirstAreShown() throws {
        var catalog = Catalog()
        catalog.skipsBadRows = true
        let body = (1...12).map { "m\($0),Cam Lộ,x\n" }.joined()
        let report = try catalog.load(files: [(name: "metrics.csv", contents: Array(("id,district,value\nm0,Cam Lộ,1\n" + body).utf8))])
        #expect(report.warnings.last?.message == "12 bad rows of 'metrics.csv' skipped (the first 10 are said above); its 1 other row is loaded")
    }

    @Test func withoutSkippingTheReportNamesTheFilesBadRowsStopped() {
        var catalog = Catalog()
        var thrown: [Diagnostic] = []
        do {
            _ = try catalog.load(files: [(name: "metrics.csv", contents: Array(Self.csv.utf8)),
                                         (name: "targets.csv", contents: Array("id,kind\nt1,goal\n".utf8))])
        } catch {
            thrown = error.all
        }
        #expect(thrown.count == 3)
        #expect(catalog.datasets["metrics"]?.rowCount == 0)
        #expect(catalog.lastLoad.stoppedByBadRows == ["metrics.csv"])
        #expect(catalog.lastLoad.skipHints.map(\.message) == ["'metrics.csv' adds no rows: a bad row stops its file"])
        #expect(catalog.lastLoad.skipHints.first?.hints
            == ["tracuu --skip-bad-rows --data PATH, or .load --skip-bad-rows PATH, loads the good rows and says each bad one"])
    }
}
