import Testing
@testable import TracuuShell

/// The teaching views' columns: as wide as their widest cell, up to a limit.
@Suite("Aligned rows")
struct AlignedRowsTests {
    @Test func columnsAreAsWideAsTheirWidestCell() {
        var table = AlignedRows()
        table.append([Cell("kind"), Cell("text")])
        table.append([Cell("identifier"), Cell("Triệu")])
        #expect(table.lines(useColor: false) == ["kind        text", "identifier  Triệu"])
    }

    /// Found by fuzzing: a 100 KB string in `.tokens` padded each of 40,000 rows to its width.
    @Test func aCellPastTheLimitRunsOverInsteadOfWideningItsColumn() {
        var table = AlignedRows()
        let long = String(repeating: "x", count: 5_000)
        table.append([Cell(long), Cell("a")])
        table.append([Cell("short"), Cell("b")])
        let lines = table.lines(useColor: false)
        #expect(lines[0] == long + "  a")
        #expect(lines[1] == "short" + String(repeating: " ", count: table.widestColumn - 5 + 2) + "b")
    }
}
