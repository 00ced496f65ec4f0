import Testing
import TracuuText
import TracuuValues
@testable import TracuuOutput

/// Every line of a rendered table, footer aside, is as wide as every other.
private func lineWidths(_ text: String) -> Set<Int> {
    Set(text.split(separator: "\n").dropLast().map { DisplayWidth.columns(of: $0) })
}

@Test func tableAlignsVietnameseAndNumbers() {
    let expected = """
        ┌─────────────┬──────┬───────┬──────────────────────────────────────────┐
        │ district    │  due │ share │ note                                     │
        ├─────────────┼──────┼───────┼──────────────────────────────────────────┤
        │ Triệu Phong │  956 │  38.1 │ roads, schools                           │
        │ Triệu Phong │      │  -2.5 │ say "hi"↵now                             │
        │ Đông Hà     │ 2025 │       │ Nâng cao chất lượng nguồn nhân lực và p… │
        └─────────────┴──────┴───────┴──────────────────────────────────────────┘
        3 rows

        """
    let rendered = Renderer.render(Fixtures.targets, as: .table)
    #expect(rendered == expected)
    // String equality ignores normal forms; the widths and scalars do not.
    #expect(lineWidths(rendered) == [73])
    #expect(rendered.unicodeScalars.contains("\u{323}"), "the NFD text is printed as it came")
}

@Test func emptyTableShowsTheHeaderAndZeroRows() {
    let expected = """
        ┌──────────┬─────┐
        │ district │ due │
        └──────────┴─────┘
        0 rows

        """
    #expect(Renderer.render(Fixtures.empty, as: .table) == expected)
}

@Test func tableWithoutHeader() {
    let expected = """
        ┌────────────┬───────────┬─────────┬──────┐
        │ 2021-03-31 │ 2020-2025 │ 2021-Q1 │ true │
        └────────────┴───────────┴─────────┴──────┘
        1 row

        """
    #expect(Renderer.render(Fixtures.kinds, as: .table, options: RenderOptions(header: false)) == expected)
}

@Test func tableWithNoColumnsIsOnlyTheCount() {
    #expect(Renderer.render(ResultTable(columns: [], rows: [[], []]), as: .table) == "2 rows\n")
}

@Test func narrowColumnsCutTextButNeverNumbers() {
    let table = ResultTable(
        columns: [Field("district", .text), Field("population", .integer)],
        rows: [[.text(Fixtures.nfd), .integer(1_234_567)]])
    let expected = """
        ┌──────┬────────────┐
        │ dis… │ population │
        ├──────┼────────────┤
        │ Tri… │    1234567 │
        └──────┴────────────┘
        1 row

        """
    #expect(Renderer.render(table, as: .table, options: RenderOptions(maxColumnWidth: 4)) == expected)
}

@Test func tableShrinksTheWidestTextColumnToFitTheTerminal() {
    let rendered = Renderer.render(Fixtures.targets, as: .table, options: RenderOptions(terminalWidth: 60))
    // 73 wide at first: `note` alone gives up the 13 columns.
    let expected = """
        ┌─────────────┬──────┬───────┬─────────────────────────────┐
        │ district    │  due │ share │ note                        │
        ├─────────────┼──────┼───────┼─────────────────────────────┤
        │ Triệu Phong │  956 │  38.1 │ roads, schools              │
        │ Triệu Phong │      │  -2.5 │ say "hi"↵now                │
        │ Đông Hà     │ 2025 │       │ Nâng cao chất lượng nguồn … │
        └─────────────┴──────┴───────┴─────────────────────────────┘
        3 rows

        """
    #expect(rendered == expected)
    #expect(lineWidths(rendered) == [60])
}

@Test func tableStopsShrinkingAtEightColumns() {
    // 30 cannot be reached: the two text columns stop at 8 and the numbers keep their width.
    let rendered = Renderer.render(Fixtures.targets, as: .table, options: RenderOptions(terminalWidth: 30))
    let expected = """
        ┌──────────┬──────┬───────┬──────────┐
        │ district │  due │ share │ note     │
        ├──────────┼──────┼───────┼──────────┤
        │ Triệu P… │  956 │  38.1 │ roads, … │
        │ Triệu P… │      │  -2.5 │ say "hi… │
        │ Đông Hà  │ 2025 │       │ Nâng ca… │
        └──────────┴──────┴───────┴──────────┘
        3 rows

        """
    #expect(rendered == expected)
    #expect(lineWidths(rendered) == [38])
}

@Test func tableKeepsEscapeSequencesOutOfTheTerminal() {
    let table = ResultTable(columns: [Field("note", .text)], rows: [[.text("\u{1B}[2Jgone\ttab")]])
    let expected = """
        ┌──────────────┐
        │ note         │
        ├──────────────┤
        │ ␛[2Jgone tab │
        └──────────────┘
        1 row

        """
    #expect(Renderer.render(table, as: .table) == expected)
}

/// `Renderer.tableWidth` tells the width the table is drawn at, with or without a terminal to shrink to.
@Test func tableWidthIsTheWidthOfTheDrawnLines() {
    let table = ResultTable(columns: [Field("district", .text), Field("value", .number)],
                            rows: [[.text("Triệu Phong và các xã lân cận của huyện"), .number(1051.6)], [.text("Gio Linh"), .missing]])
    for terminal in [nil, 30, 200] as [Int?] {
        let options = RenderOptions(terminalWidth: terminal)
        let first = Renderer.render(table, as: .table, options: options).prefix { $0 != "\n" }
        #expect(Renderer.tableWidth(table, options: options) == DisplayWidth.columns(of: String(first)), "\(String(describing: terminal))")
    }
}
