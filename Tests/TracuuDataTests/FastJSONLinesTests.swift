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
}
