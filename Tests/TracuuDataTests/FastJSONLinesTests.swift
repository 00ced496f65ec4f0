import Testing
@testable import TracuuData
import TracuuValues

/// The fast JSON Lines path gives the careful path's rows, or steps aside.
@Suite("Fast JSON Lines path")
struct FastJSONLinesTests {
    static func rows(_ load: FileLoad) -> [[Value]] {
        let d = load.rows.build()
        return (0..<d.rowCount).map(d.row)
    }

    static let files = [
        #"{"id": 1, "title": "Triệu Phong \"đạt\" chuẩn", "date": "2020-10-05", "district": "Trie\u0323\u0302u Phong", "term": "2020-2025", "text": "dòng 1\ndòng 2\t\u1ec7 \ud83d\ude00 \/", "congress": 20}"# + "\n"
            + #"{"id": "a2", "title": null, "district": "Đông Hà", "congress": null}"# + "\n\n"
            + #"  {"text": "Ðại hội", "id": "a3"}  "# + "\n",
        #"{"id":"x","congress":"20"}"# + "\r\n" + #"{"id":"y","congress":7}"#,
    ]

    @Test(arguments: 0..<2)
    func fastAndCarefulPathsAgree(_ index: Int) throws {
        let bytes = Array(Self.files[index].utf8)
        let careful = JSONLoader.loadLines(bytes, file: "a.jsonl", schema: Schemas.articles)
        #expect(!careful.failed)
        let fast = try #require(FastJSONLinesLoader.load(bytes, file: "a.jsonl", schema: Schemas.articles))
        #expect(Self.rows(fast) == Self.rows(careful))
    }

    @Test(arguments: [
        #"{"id": "a", "nested": {"x": 1}}"#,     // an unknown key
        #"{"id": ["a"]}"#,                        // an array
        #"{"id": "a", "id": "b"}"#,               // a key twice
        #"{"id": "a" "title": "b"}"#,             // a missing comma
        #"{"id": "a"} trailing"#,                 // text after the object
        #"{"congress": "twenty"}"#,               // a value the field cannot take
        #"{"id": "\ud83d"}"#,                     // half a surrogate pair
    ])
    func theFastPathStepsAside(_ line: String) {
        #expect(FastJSONLinesLoader.load(Array(line.utf8), file: "a.jsonl", schema: Schemas.articles) == nil)
    }

    /// A file larger than `splitSize` is read as two halves at once: the same rows, in
    /// order, with one code for a district read in both halves.
    @Test func halvesJoinInOrder() throws {
        var text = ""
        let districts = ["Triệu Phong", "Trie\u{0323}\u{0302}u Phong", "Đông Hà"]
        for i in 0..<3000 {
            let body = String(repeating: "nông thôn mới \(i) ", count: i % 3 == 0 ? 60 : 1)
            text += #"{"id": "a\#(i)", "district": "\#(districts[i % 3])", "text": "\#(body)", "congress": \#(i % 30)}"# + "\n"
            if i % 100 == 0 { text += "\n  \n" }
        }
        let bytes = Array(text.utf8)
        let careful = JSONLoader.loadLines(bytes, file: "a.jsonl", schema: Schemas.articles)
        let fast = try #require(FastJSONLinesLoader.load(bytes, file: "a.jsonl", schema: Schemas.articles, splitSize: 1))
        #expect(Self.rows(fast) == Self.rows(careful))
        #expect(fast.rows.rowCount == 3000)
        guard case .text(_, let dictionary) = fast.rows.build().columns[Schemas.articles.fields.firstIndex { $0.name == "district" } ?? 0] else {
            Issue.record("district is a text column")
            return
        }
        #expect(dictionary.count == 2)
    }

    /// An object over two lines is not JSON Lines for the fast path, wherever the middle falls.
    @Test func anObjectAcrossTheMiddleStepsAside() {
        var text = ""
        for i in 0..<200 { text += #"{"id": "a\#(i)"}"# + "\n" }
        text += "{\"id\":\n\"split\"}\n"
        for i in 0..<200 { text += #"{"id": "b\#(i)"}"# + "\n" }
        #expect(FastJSONLinesLoader.load(Array(text.utf8), file: "a.jsonl", schema: Schemas.articles, splitSize: 1) == nil)
    }
}
