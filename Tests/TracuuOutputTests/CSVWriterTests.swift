import Testing
import TracuuValues
@testable import TracuuOutput

@Test func csvQuotesOnlyWhatItMust() {
    let expected = """
        district,due,share,note
        Triệu Phong,956,38.1,"roads, schools"
        Triệu Phong,,-2.5,"say ""hi""
        now"
        Đông Hà,2025,,\(Fixtures.long)

        """
    #expect(Renderer.render(Fixtures.targets, as: .csv) == expected)
}

@Test func csvHeaderToggleAndEmptyResult() {
    #expect(Renderer.render(Fixtures.empty, as: .csv) == "district,due\n")
    #expect(Renderer.render(Fixtures.empty, as: .csv, options: RenderOptions(header: false)) == "")
    #expect(Renderer.render(Fixtures.kinds, as: .csv, options: RenderOptions(header: false))
        == "2021-03-31,2020-2025,2021-Q1,true\n")
}

@Test(arguments: [
    ("plain", "plain"),
    ("Triệu Phong", "Triệu Phong"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("a\nb", "\"a\nb\""),
    ("a\r\nb", "\"a\r\nb\""),
    (" lead", "\" lead\""),
    ("trail ", "\"trail \""),
    ("a;b\tc", "a;b\tc"),
])
func csvField(text: String, expected: String) {
    #expect(CSVWriter.field(text) == expected)
}

@Test func csvKeepsEmptyTextApartFromMissing() {
    let table = ResultTable(columns: [Field("a", .text), Field("b", .text)], rows: [[.text(""), .missing]])
    #expect(Renderer.render(table, as: .csv) == "a,b\n\"\",\n")
}

@Test func csvNeverWritesABlankLineForARow() {
    // A blank line is no row at all to most readers.
    let table = ResultTable(columns: [Field("a", .text)], rows: [[.missing], [.text("x")]])
    #expect(Renderer.render(table, as: .csv) == "a\n\"\"\nx\n")
}

@Test func csvReadsBackExactly() {
    let table = ResultTable(
        columns: [Field("tên, \"quận\"", .text), Field("n", .number), Field("note", .text)],
        rows: Fixtures.targets.rows.map { [$0[0], $0[2], $0[3]] } + [
            [.text(" lề "), .number(0.1), .text("dòng một\r\ndòng hai\rba")],
            [.text("\"\""), .number(-1e-7), .text(",")],
        ])
    let expected = ([table.columns.map(\.name)] + table.rows.map { $0.map(\.description) })
    let read = TinyCSV.parse(Renderer.render(table, as: .csv))
    #expect(read.map { $0.map { Array($0.unicodeScalars) } } == expected.map { $0.map { Array($0.unicodeScalars) } })
}

@Test func csvStartsWithAByteOrderMarkOnlyWhenAsked() {
    let plain = Renderer.render(Fixtures.targets, as: .csv)
    let marked = Renderer.render(Fixtures.targets, as: .csv, options: RenderOptions(byteOrderMark: true))
    #expect(Array(marked.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(Array(marked.utf8.dropFirst(3)) == Array(plain.utf8))
    #expect(plain.unicodeScalars.first == "d")
    // Other formats ignore it, and nothing to show stays nothing.
    #expect(Renderer.render(Fixtures.targets, as: .tsv, options: RenderOptions(byteOrderMark: true))
        == Renderer.render(Fixtures.targets, as: .tsv))
    #expect(Renderer.render(Fixtures.empty, as: .csv, options: RenderOptions(header: false, byteOrderMark: true)) == "")
}

/// The byte test of which fields need quotes agrees with the scalar one it replaced.
@Suite("CSV quoting by bytes")
struct CSVQuotingTests {
    static func byScalars(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return scalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || (scalars.first?.properties.isWhitespace ?? false)
            || (scalars.last?.properties.isWhitespace ?? false)
    }

    @Test func agreesWithTheScalarTestOnTrickyAndRandomTexts() {
        let pieces = ["a", "Triệu", "ệ", " ", "\t", "\u{00A0}", "\u{2003}", "\u{0085}", ",", "\"", "\n", "\r", "\r\n",
                      "e\u{0301}", "Ð", "38,1", "", "\u{1F600}", "\u{3000}"]
        var texts = pieces + [""]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            texts.append((0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined())
        }
        for text in texts {
            #expect(CSVWriter.needsQuotes(text) == Self.byScalars(text), "\(text.debugDescription)")
        }
    }

    /// The field as it was written scalar by scalar, before quotes were doubled by bytes.
    static func quotedByScalars(_ text: String) -> String {
        guard byScalars(text) else { return text }
        var quoted = "\""
        for s in text.unicodeScalars {
            if s == "\"" { quoted.unicodeScalars.append("\"") }
            quoted.unicodeScalars.append(s)
        }
        return quoted + "\""
    }

    @Test func quotesAreDoubledAsScalarByScalar() {
        let pieces = ["a", "Triệu", " ", "\"", "\"\"", ",", "\r\n", "e\u{0301}", "\u{00A0}", "Ð", "\u{1F600}", ""]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            #expect(CSVWriter.field(text) == Self.quotedByScalars(text), "\(text.debugDescription)")
        }
        #expect(CSVWriter.field("nói \"đạt\", vượt") == "\"nói \"\"đạt\"\", vượt\"")
    }
}
