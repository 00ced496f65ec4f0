import Foundation
import Testing
import TracuuValues
@testable import TracuuOutput

@Test func jsonLinesIsTheJsonObjectsOnePerLine() {
    let expected = """
        {"district": "Triệu Phong", "due": 956, "share": 38.1, "note": "roads, schools"}
        {"district": "Triệu Phong", "due": null, "share": -2.5, "note": "say \\"hi\\"\\nnow"}
        {"district": "Đông Hà", "due": 2025, "share": null, "note": "\(Fixtures.long)"}

        """
    #expect(Renderer.render(Fixtures.targets, as: .jsonl) == expected)
    #expect(Renderer.render(Fixtures.kinds, as: .jsonl)
        == #"{"day": "2021-03-31", "term": "2020-2025", "period": "2021-Q1", "done": true}"# + "\n")
}

@Test func emptyJsonLinesIsNothing() {
    #expect(Renderer.render(Fixtures.empty, as: .jsonl) == "")
}

@Test func everyJsonLineParsesOnItsOwn() throws {
    let table = ResultTable(
        columns: Fixtures.targets.columns,
        rows: Fixtures.targets.rows + [[.text("a\u{2028}b\r\n\u{1}"), .integer(Int.min), .number(.nan), .missing]])
    let lines = Renderer.render(table, as: .jsonl).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "", "the last line ends in a newline too")
    #expect(lines.count == table.rows.count + 1)

    for (line, row) in zip(lines, table.rows) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object.count == table.columns.count)
        for (field, value) in zip(table.columns, row) {
            let read = object[field.name]
            switch value {
            case .missing: #expect(read is NSNull, "\(field.name)")
            case .number(let d) where !d.isFinite: #expect(read is NSNull, "\(field.name)")
            case .text(let s): #expect((read as? String).map { Array($0.unicodeScalars) } == Array(s.unicodeScalars))
            case .integer(let i): #expect((read as? NSNumber)?.int64Value == Int64(i))
            case .number(let d): #expect((read as? NSNumber)?.doubleValue == d)
            default: Issue.record("no \(value) in this table")
            }
        }
    }
}
