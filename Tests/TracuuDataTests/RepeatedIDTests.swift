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
        #expect(warnings.last?.message == "49988 more rows repeat an id of this file")
    }

    @Test func emptyIDsAreMissingNotRepeated() throws {
        #expect(try Self.warnings("metrics.csv", "id,value\n,1\n,2\n").isEmpty)
    }
}
