import Foundation
import Testing
import TracuuValues
@testable import TracuuOutput

@Test func jsonIsOneObjectPerRowInColumnOrder() {
    let expected = """
        [
        {"district": "Triệu Phong", "due": 956, "share": 38.1, "note": "roads, schools"},
        {"district": "Triệu Phong", "due": null, "share": -2.5, "note": "say \\"hi\\"\\nnow"},
        {"district": "Đông Hà", "due": 2025, "share": null, "note": "\(Fixtures.long)"}
        ]

        """
    #expect(Renderer.render(Fixtures.targets, as: .json) == expected)
}

@Test func jsonWritesDatesTermsAndPeriodsAsStrings() {
    let expected = """
        [
        {"day": "2021-03-31", "term": "2020-2025", "period": "2021-Q1", "done": true}
        ]

        """
    #expect(Renderer.render(Fixtures.kinds, as: .json) == expected)
}

@Test func emptyJsonIsAnEmptyArray() {
    #expect(Renderer.render(Fixtures.empty, as: .json) == "[]\n")
}

@Test(arguments: [
    ("plain", #""plain""#),
    ("Triệu Phong", #""Triệu Phong""#),
    ("say \"hi\"", #""say \"hi\"""#),
    (#"C:\tmp"#, #""C:\\tmp""#),
    ("a\nb\r\tc", #""a\nb\r\tc""#),
    ("\u{8}\u{C}", #""\b\f""#),
    ("\u{1B}[0m\u{0}", #""\u001b[0m\u0000""#),
    ("\u{7F}€", "\"\u{7F}€\""),
])
func jsonString(text: String, expected: String) {
    #expect(JSONWriter.string(text) == expected)
}

@Test(arguments: [
    (Value.number(.nan), "null"),
    (.number(.infinity), "null"),
    (.number(-.infinity), "null"),
    (.number(1e300), "1e+300"),
    (.number(-1e-7), "-0.0000001"),
    (.integer(Int.min), "-9223372036854775808"),
    (.boolean(false), "false"),
    (.missing, "null"),
])
func jsonValue(value: Value, expected: String) {
    #expect(JSONWriter.json(value) == expected)
}

@Test func jsonReadsBackExactly() throws {
    let table = ResultTable(
        columns: Fixtures.targets.columns + [Field("flag", .boolean)],
        rows: Fixtures.targets.rows.map { $0 + [.boolean(true)] } + [
            [.text("\u{1}\u{1F}\\\"\r\n"), .integer(Int.min), .number(0.1), .text(Fixtures.nfd), .boolean(false)],
            [.missing, .integer(0), .number(-1e-300), .text(""), .missing],
        ])
    let data = Data(Renderer.render(table, as: .json).utf8)
    let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(objects.count == table.rows.count)

    for (object, row) in zip(objects, table.rows) {
        #expect(object.count == table.columns.count)
        for (field, value) in zip(table.columns, row) {
            let read = object[field.name]
            switch value {
            case .missing: #expect(read is NSNull, "\(field.name)")
            case .text(let s): #expect((read as? String).map { Array($0.unicodeScalars) } == Array(s.unicodeScalars))
            case .integer(let i): #expect((read as? NSNumber)?.int64Value == Int64(i))
            case .number(let d): #expect((read as? NSNumber)?.doubleValue == d)
            case .boolean(let b): #expect((read as? Bool) == b)
            default: Issue.record("no \(value) in this table")
            }
        }
    }
}
