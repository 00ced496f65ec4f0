import Testing
import TracuuValues
@testable import TracuuOutput

@Test func formatNamesAreTheModeNames() {
    #expect(OutputFormat.allCases.map(\.rawValue) == ["table", "csv", "tsv", "json", "markdown", "line", "jsonl", "svg"])
    #expect(OutputFormat(rawValue: "json") == .json)
    #expect(OutputFormat(rawValue: "html") == nil)
}

@Test(arguments: OutputFormat.allCases)
func everyLineEndsInANewline(format: OutputFormat) {
    let text = Renderer.render(Fixtures.targets, as: format)
    #expect(text.hasSuffix("\n"))
    #expect(!text.hasSuffix("\n\n"))
}

@Test(arguments: OutputFormat.allCases)
func shortAndLongRowsAreReadAsFullRows(format: OutputFormat) {
    // A row with too few values is filled with missing ones; extra values are not shown.
    let ragged = ResultTable(columns: [Field("a", .text), Field("b", .integer)], rows: [[.text("x")], [.text("y"), .integer(1), .integer(2)]])
    let filled = ResultTable(columns: ragged.columns, rows: [[.text("x"), .missing], [.text("y"), .integer(1)]])
    #expect(Renderer.render(ragged, as: format) == Renderer.render(filled, as: format))
}
