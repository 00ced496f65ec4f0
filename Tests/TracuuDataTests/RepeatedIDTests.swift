import Testing
@testable import TracuuData
import TracuuDiagnostics

/// Two rows with the same `id` in a file are reported: a warning at the second, naming
/// the first, the same on every path and whatever columns a query reads.
@Suite struct RepeatedIDTests {
    static let csv = "id,district,value\nm1,Gio Linh,1\nm2,Hải Lăng,2\nm1,Cam Lộ,3\n"
    static let jsonl = #"{"id": "m1", "value": 1}"# + "\n\n" + #"{"id": "m2", "value": 2}"# + "\n" + #"{"value": 3, "id": "m1"}"# + "\n"

    static func warnings(_ name: String, _ text: String, keeping fields: Set<String>? = nil) throws -> [Diagnostic] {
        var catalog = Catalog()
        catalog.onlyFields = fields
        return try catalog.load(contents: Array(text.utf8), fileName: name).warnings
    }

    @Test(arguments: [nil, ["value"]] as [Set<String>?])
    func aRepeatedIDInACSVFileIsReportedAtTheSecondRow(_ fields: Set<String>?) throws {
        let warnings = try Self.warnings("metrics.csv", Self.csv, keeping: fields)
        #expect(warnings.map(\.message) == ["id 'm1' was already given to the row at metrics.csv:2:1"])
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first.flatMap(\.place).map { ($0.line, $0.column) } ?? (0, 0) == (4, 1))
    }

    @Test func theCarefulCSVPathFindsTheSame() {
        let bytes = Array(Self.csv.utf8)
        let careful = CSVLoader.load(bytes, file: "metrics.csv", schema: Schemas.metrics)
        let fast = FastCSVLoader.load(bytes, file: "metrics.csv", schema: Schemas.metrics, splitSize: 1)
        #expect(careful.warnings.map(rendered) == fast?.warnings.map(rendered))
        #expect(careful.warnings.count == 1)
    }

    @Test(arguments: [nil, ["value"]] as [Set<String>?])
    func aRepeatedIDInAJSONLinesFileIsReported(_ fields: Set<String>?) throws {
        let warnings = try Self.warnings("metrics.jsonl", Self.jsonl, keeping: fields)
        #expect(warnings.map(\.message) == ["id 'm1' was already given to the row at metrics.jsonl:1:1"])
        #expect(warnings.first?.place?.line == 4)
        let bytes = Array(Self.jsonl.utf8)
        let careful = JSONLoader.loadLines(bytes, file: "metrics.jsonl", schema: Schemas.metrics)
        let fast = FastJSONLinesLoader.load(bytes, file: "metrics.jsonl", schema: Schemas.metrics, splitSize: 1)
        #expect(careful.warnings.map(rendered) == fast?.warnings.map(rendered))
    }

    @Test func manyRepeatsAreCountedNotAllLocated() throws {
        let text = "id,value\n" + (0..<50_000).map { "m\($0 % 2),\($0)\n" }.joined()
        let warnings = try Self.warnings("metrics.csv", text)
        #expect(warnings.count == 11)
        #expect(warnings.last?.message == "49988 more rows repeat the id of an earlier row")
    }

    @Test func aRepeatedIDInAJSONArrayIsReported() throws {
        let text = "[\n" + #"{"id": "t1", "kind": "goal"},"# + "\n" + #"  {"kind": "task", "id": "t1"}"# + "\n]\n"
        let warnings = try Self.warnings("targets.json", text)
        #expect(warnings.map(\.message) == ["id 't1' was already given to the row at targets.json:2:1"])
        #expect(warnings.first.flatMap(\.place).map { ($0.line, $0.column) } ?? (0, 0) == (3, 3))
    }

    /// Ids in increasing order need no table until the order breaks; in halves read at
    /// once, the halves' orders are joined. Every pattern gives the careful path's warnings.
    static let orders: [[String]] = {
        let inOrder: [String] = (1...2000).map { String($0) }
        let half: [String] = (1...1000).map { String($0) }
        let reversed: [String] = inOrder.reversed()
        return [
            inOrder,                        // in order: none repeat
            inOrder + ["7"],                // in order, then an early one again
            half + half,                    // the second half repeats the first
            reversed + ["2000"],            // out of order from the start
            ["b", "a", "c", "a"],
        ]
    }()

    @Test(arguments: orders)
    func everyOrderOfIDsGivesTheSameWarningsOnEveryPath(_ ids: [String]) {
        let bytes = Array(("id,value\n" + ids.map { "\($0),1\n" }.joined()).utf8)
        let careful = CSVLoader.load(bytes, file: "m.csv", schema: Schemas.metrics)
        let expected = Set(ids).count == ids.count ? 0 : min(ids.count - Set(ids).count, 10)
        #expect(careful.warnings.filter { $0.severity == .warning }.count == expected)
        for splitSize in [chunkSplitSize, 64, 1] {
            let fast = FastCSVLoader.load(bytes, file: "m.csv", schema: Schemas.metrics, splitSize: splitSize)
            #expect(fast?.warnings.map(rendered) == careful.warnings.map(rendered))
        }
    }

    @Test(arguments: [nil, ["value"]] as [Set<String>?])
    func aRowRepeatingTheIDOfAnotherFileOfTheDatasetIsReported(_ fields: Set<String>?) throws {
        let folder = try TemporaryFolder()
        try folder.write("metrics.csv", "id,value\nm1,1\nm2,2\n")
        try folder.write("metrics-2021.jsonl", #"{"id": "m3", "value": 3}"# + "\n" + #"{"id": "m2", "value": 4}"# + "\n")
        var catalog = Catalog()
        catalog.onlyFields = fields
        let report = try catalog.load(path: folder.url.path)
        // Files load in name order: metrics-2021.jsonl, then metrics.csv.
        #expect(report.warnings.map(\.message) == ["id 'm2' was already given to the row at \(folder.path("metrics-2021.jsonl")):2:1"])
        #expect(report.warnings.first?.place.map { ($0.file, $0.line) } ?? ("", 0) == (folder.path("metrics.csv"), 3))
        #expect(catalog.datasets["metrics"]?.rowCount == 4)
    }

    @Test func aLaterLoadIsComparedWithTheFilesLoadedBefore() throws {
        var catalog = Catalog()
        _ = try catalog.load(contents: Array("id,value\nm1,1\n".utf8), fileName: "metrics.csv")
        let report = try catalog.load(contents: Array("id,value\nm9,1\nm1,2\n".utf8), fileName: "metrics-2.csv")
        #expect(report.warnings.map(\.message) == ["id 'm1' was already given to the row at metrics.csv:2:1"])
        #expect(report.warnings.first?.place?.line == 3)
    }

    @Test func emptyIDsAreMissingNotRepeated() throws {
        #expect(try Self.warnings("metrics.csv", "id,value\n,1\n,2\n").isEmpty)
    }
}
