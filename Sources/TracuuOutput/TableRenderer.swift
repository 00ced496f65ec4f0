import TracuuValues

/// The box-drawn table people read at the terminal, in the style of DuckDB and psql:
///
///     ┌─────────────┬────────┬──────┐
///     │ district    │ kind   │  due │
///     ├─────────────┼────────┼──────┤
///     │ Triệu Phong │ goal   │      │
///     │ Triệu Phong │ target │ 2025 │
///     └─────────────┴────────┴──────┘
///     2 rows
///
/// Columns line up by terminal width; numbers and their headers sit right, everything else
/// left; a missing value is an empty cell; a long text ends in `…`. The row count comes
/// last, even for an empty result, so "no rows" is never confused with "no output".
enum TableRenderer {
    /// The cells as shown and each column's width, shrunk to the terminal where it can be.
    static func layout(_ table: ResultTable, options: RenderOptions) -> (header: [String], body: [[String]], widths: [Int]) {
        let header = table.columns.map { CellText.oneLine($0.name) }
        let body = table.rows.map { row in table.cells(of: row).map { CellText.oneLine(options.numbers.text(of: $0)) } }
        let widths = ColumnWidths.widths(of: options.header ? [header] + body : body, types: table.columns.map(\.type), options: options)
        return (header, body, widths)
    }

    /// How wide the table's lines are, in terminal columns, without drawing it.
    static func width(of table: ResultTable, options: RenderOptions) -> Int {
        table.columns.isEmpty ? 0 : ColumnWidths.lineWidth(layout(table, options: options).widths)
    }

    static func render(_ table: ResultTable, options: RenderOptions) -> String {
        let footer = rowCount(table.rows.count) + "\n"
        guard !table.columns.isEmpty else { return footer }

        let types = table.columns.map(\.type)
        let alignments = types.map(Alignment.init(for:))
        let (header, body, widths) = layout(table, options: options)

        /// One line of cells between vertical borders, each cut and padded to its column.
        func line(_ cells: [String]) -> String {
            let inner = cells.indices.map { i in
                " " + CellText.pad(CellText.cut(cells[i], to: widths[i]), to: widths[i], alignments[i]) + " "
            }
            return "│" + inner.joined(separator: "│") + "│\n"
        }
        /// A horizontal rule with the given corners and crossing.
        func rule(_ left: String, _ cross: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: cross) + right + "\n"
        }

        var out = rule("┌", "┬", "┐")
        if options.header {
            out += line(header)
            // Without rows the rule under the header would sit right on the bottom border.
            if !body.isEmpty { out += rule("├", "┼", "┤") }
        }
        for cells in body { out += line(cells) }
        out += rule("└", "┴", "┘")
        return out + footer
    }

    /// `0 rows`, `1 row`, `2 rows`.
    static func rowCount(_ n: Int) -> String {
        n == 1 ? "1 row" : "\(n) rows"
    }
}
