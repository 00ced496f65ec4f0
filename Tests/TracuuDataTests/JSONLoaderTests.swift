import Testing
import TracuuData
import TracuuDiagnostics
import TracuuValues

@Suite struct JSONLoaderTests {
    @Test(arguments: ["articles.jsonl", "articles.ndjson"])
    func loadsJSONLines(_ name: String) throws {
        let catalog = try loaded([(name, """
            {"id": "a1", "title": "Triệu Phong", "date": "05/10/2020", "term": "2020 – 2025", "congress": 20}

            {"id": "a2", "date": null, "congress": "7"}\r
            """)])
        #expect(rows(catalog, "articles", ["id", "title", "date", "term", "congress"]) == [
            "a1|Triệu Phong|2020-10-05|2020-2025|20",
            "a2||||7",
        ])
    }

    @Test func loadsAJSONArray() throws {
        let catalog = try loaded([("metrics.json", """
            [
              {"id": "m1", "period": "2021-Q1", "value": 956, "change": 38.1, "estimated": true},
              {"id": "m2", "period": 2021, "value": "139", "estimated": 0}
            ]
            """)])
        #expect(rows(catalog, "metrics", ["id", "period", "value", "change", "estimated"]) == [
            "m1|2021-Q1|956|38.1|true",
            "m2|2021|139||false",
        ])
    }

    @Test func numbersAndBooleansReadByTheirWrittenForm() throws {
        let catalog = try loaded([("targets.jsonl", #"{"id": 7, "due": 2025.0, "count": 3, "kind": true}"#)])
        #expect(rows(catalog, "targets", ["id", "due", "count", "kind"]) == ["7|2025|3|true"])
    }

    @Test func anEmptyArrayAndAnEmptyFileHaveNoRows() throws {
        let catalog = try loaded([("metrics.json", " [ ] \n"), ("targets.json", ""), ("articles.jsonl", "\n\n")])
        #expect(catalog.datasets.values.allSatisfy { $0.rowCount == 0 })
    }

    @Test func aBadValueInJSONLinesPointsAtTheValue() {
        let errors = loadErrors("metrics.jsonl", """
            {"id": "m1", "value": 1}
            {"id": "m2", "value": "abc"}
            """)
        #expect(errors.map(rendered) == [#"""
            metrics.jsonl:2:23: error: 'abc' is not a number (field 'value' of metrics)
             2 │ {"id": "m2", "value": "abc"}
               │                       ^~~~~
               = hint: write a number like 38.1 or 38,1, or leave the cell empty

            """#])
    }

    @Test func aBadValueInAnArrayNamesItsLine() {
        let errors = loadErrors("targets.json", """
            [{"id": "t1", "due": 2025},
             {"id": "t2",
              "due": 2025.5}]
            """)
        #expect(errors.map(\.message) == ["'2025.5' is not an integer (field 'due' of targets)"])
        #expect(errors.first?.place?.line == 3)
        #expect(errors.first?.place?.column == 10)
    }

    @Test func anUnknownKeySuggestsTheClosestField() {
        let errors = loadErrors("articles.jsonl", #"{"id": "a", "titel": "x"}"# + "\n" + #"{"id": "b", "titel": "y"}"#)
        // Reported once, at its first use.
        #expect(errors.map(rendered) == [#"""
            articles.jsonl:1:13: error: unknown column 'titel' in articles
             1 │ {"id": "a", "titel": "x"}
               │             ^~~~~~~
               = hint: did you mean 'title'?

            """#])
    }

    @Test func twoKeysForOneFieldAreAnError() {
        let errors = loadErrors("articles.jsonl", #"{"id": "a", "Title": "x", "title": "y"}"#)
        #expect(errors.map(\.message) == ["column 'title' repeats column 'Title'"])
        #expect(errors.first?.place?.column == 27)
    }

    @Test func aNestedValueIsAnError() {
        let errors = loadErrors("articles.jsonl", #"{"id": "a", "author": ["x", "y"]}"#)
        #expect(errors.map(\.message) == ["'author' holds a list or an object, not a text"])
        #expect(errors.first?.place?.column == 23)
    }

    @Test(arguments: [
        ("articles.jsonl", "{\"id\": \"a\"}\n{\"id\": tru}\n", 2, 1, "invalid JSON"),
        ("articles.jsonl", "{\"id\": \"a\"}\n  [1, 2]\n", 2, 3, "each line must be one JSON object"),
        ("articles.json", "{\"id\": \"a\"}", 1, 1, "a .json file must hold an array of objects"),
        ("articles.json", "[{\"id\": \"a\"},\n 42]", 2, 2, "each element of the array must be a JSON object"),
        ("articles.json", "\n[{\"id\": \"a\"},\n", 2, 1, "the array is never closed with ']'"),
        ("articles.json", "[{\"id\": \"a\"}] x", 1, 15, "unexpected text after the array"),
        ("articles.json", "[{\"id\": \"a\"},\n {\"id\" \"b\"}]", 2, 8, "invalid JSON"),
    ])
    func structuralErrors(_ name: String, _ text: String, _ line: Int, _ column: Int, _ message: String) {
        let errors = loadErrors(name, text)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix(message) == true)
        #expect(errors.first?.place?.line == line)
        #expect(errors.first?.place?.column == column)
    }

    @Test(arguments: ["articles.jsonl", "articles.json"])
    func invalidUTF8NamesLineAndColumn(_ name: String) {
        let before = name.hasSuffix(".json") ? "[{\"id\": \"a\"},\n" : "{\"id\": \"a\"}\n"
        let after = name.hasSuffix(".json") ? "\"}]" : "\"}"
        let data = bytes(before + "{\"id\": \"Trị") + [0xC0, 0x80] + bytes(after)
        var catalog = Catalog()
        var errors: [Diagnostic] = []
        do { _ = try catalog.load(contents: data, fileName: name) } catch { errors = error.all }
        #expect(errors.map(\.message) == ["invalid UTF-8: byte 0xC0 cannot start or continue a character"])
        #expect(errors.first?.place?.line == 2)
        #expect(errors.first?.place?.column == 12)
    }
}
