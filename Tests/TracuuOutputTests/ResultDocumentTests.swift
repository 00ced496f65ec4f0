import Foundation
import Testing
import TracuuOutput
import TracuuValues

/// Several results, one document (issue 13, item 16).
@Suite("Result documents")
struct ResultDocumentTests {
    static let counts = ResultTable(columns: [Field("count", .integer)], rows: [[.integer(16)]])
    static let ids = ResultTable(columns: [Field("id", .text)], rows: [[.text("a \"b\"")], [.text("c")]])
    static let none = ResultTable(columns: [Field("id", .text)], rows: [])

    @Test func jsonIsOneValidArrayWithEachQueryAndItsRows() throws {
        let text = ResultDocument.json([("targets | count", Self.counts), ("x | select id", Self.ids), ("y", Self.none)])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(parsed.count == 3)
        #expect(parsed[0]["query"] as? String == "targets | count")
        #expect((parsed[1]["rows"] as? [[String: String]])?.map { $0["id"] } == ["a \"b\"", "c"])
        #expect((parsed[2]["rows"] as? [Any])?.isEmpty == true)
        #expect(ResultDocument.json([]) == "[]\n")
    }

    @Test func jsonLinesNumberTheQueryOfEachRow() {
        #expect(ResultDocument.jsonLines(Self.ids, index: 2) == "{\"query\": 2, \"id\": \"a \\\"b\\\"\"}\n{\"query\": 2, \"id\": \"c\"}\n")
        let own = ResultTable(columns: [Field("query", .text)], rows: [[.text("q")]])
        #expect(ResultDocument.jsonLines(own, index: 1) == "{\"query_index\": 1, \"query\": \"q\"}\n")
        let empty = ResultTable(columns: [], rows: [[]])
        #expect(ResultDocument.jsonLines(empty, index: 3) == "{\"query\": 3}\n")
    }
}
