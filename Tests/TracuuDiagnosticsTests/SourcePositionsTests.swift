import Testing
import TracuuDiagnostics

/// Line and column from a table made in one pass (issue 10, item 25), the same as
/// `SourceFile.place` gives, with every kind of line end.
@Suite("Source positions")
struct SourcePositionsTests {
    static let texts = [
        "targets where district = \"Triệu Phong\"\n| sort due",
        "targets\r\nwhere due > 2020\r\n| count",
        "a\rb\r\nc\nd",
        "Trie\u{0323}\u{0302}u\r\n  Phong",
        "",
    ]

    @Test(arguments: texts) func agreesWithPlaceEverywhere(text: String) {
        let source = SourceFile(name: "q", text: text)
        let positions = SourcePositions(text)
        var index = text.startIndex
        while true {
            let place = source.place(of: index..<index)
            let position = positions.position(of: index)
            #expect(position.line == place.line && position.column == place.column, "at \(text.distance(from: text.startIndex, to: index))")
            guard index < text.endIndex else { break }
            index = text.index(after: index)
        }
        #expect(positions.charactersWalked == text.count)
    }

    @Test func crlfLinesHaveTheirOwnColumns() throws {
        let text = "targets\r\nwhere due > 2020"
        let source = SourceFile(name: "q", text: text)
        let due = try #require(text.range(of: "due"))
        let place = source.place(of: due)
        #expect(place.line == 2)
        #expect(place.column == 7)
        #expect(place.lineText == "where due > 2020")
    }

    @Test func theTableIsBuiltInOnePass() {
        let small = SourcePositions(String(repeating: "due > 1 and\r\n", count: 1_000))
        let large = SourcePositions(String(repeating: "due > 1 and\r\n", count: 10_000))
        #expect(large.charactersWalked == small.charactersWalked * 10)
    }
}
