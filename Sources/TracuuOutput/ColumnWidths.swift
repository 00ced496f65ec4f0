import TracuuText
import TracuuValues

/// How wide each column of a box-drawn table is, in terminal columns.
///
/// A column is as wide as its widest cell (the header included), capped at
/// `maxColumnWidth` for everything but numbers: a cut number would read as a
/// different number, so numbers are never cut. When the table is still wider than
/// the terminal, the widest text columns give up one column at a time.
enum ColumnWidths {
    /// No text column is shrunk below this to fit a terminal; narrower ones keep their width.
    static let narrowest = 8

    /// The widths for cells already made one-line (`CellText.oneLine`); `rows` includes the header row when shown.
    static func widths(of rows: [[String]], types: [FieldType], options: RenderOptions) -> [Int] {
        var widths = types.indices.map { column in
            // At least 1, so a column of empty cells still shows between its borders.
            let natural = rows.map { DisplayWidth.columns(of: $0[column]) }.max() ?? 0
            let cap = types[column].isNumeric ? Int.max : max(1, options.maxColumnWidth)
            return max(1, min(natural, cap))
        }
        if let terminal = options.terminalWidth {
            shrink(&widths, types: types, toFit: terminal)
        }
        return widths
    }

    /// The width of one printed line: `│ a │ b │` has one border plus, per column,
    /// a space on each side of the cell and the border after it.
    static func lineWidth(_ widths: [Int]) -> Int {
        1 + widths.reduce(0) { $0 + $1 + 3 }
    }

    /// Takes columns from the widest text column, again and again, until the line fits the
    /// terminal or every text column is down to `narrowest`; then the table stays too wide,
    /// which is better than cutting numbers, dates and names to nothing.
    static func shrink(_ widths: inout [Int], types: [FieldType], toFit terminal: Int) {
        var excess = lineWidth(widths) - terminal
        while excess > 0 {
            let shrinkable = widths.indices.filter { types[$0] == .text && widths[$0] > narrowest }
            // On a tie the leftmost widest column gives first.
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] || (widths[$0] == widths[$1] && $0 > $1) })
            else { return }
            widths[widest] -= 1
            excess -= 1
        }
    }
}
