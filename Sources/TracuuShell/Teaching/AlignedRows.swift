import TracuuText

/// One cell of an aligned row: its text, and the colour it is shown in when colour is on.
struct Cell {
    /// The text without colour; its width decides the padding.
    let text: String
    /// The text as shown with colour.
    let painted: String

    init(_ text: String, _ style: ANSIStyle? = nil) {
        self.text = text
        self.painted = style.map { $0.paint(text) } ?? text
    }

    /// A cell already coloured in parts (a tree line, a highlighted query).
    init(text: String, painted: String) {
        self.text = text
        self.painted = painted
    }

    /// Cells side by side, as one.
    static func joined(_ cells: [Cell]) -> Cell {
        Cell(text: cells.map(\.text).joined(), painted: cells.map(\.painted).joined())
    }
}

/// Rows of cells laid out in columns for a projector: every column as wide as its widest
/// cell in terminal columns (`DisplayWidth`), so Vietnamese typed in NFD or NFC lines up.
struct AlignedRows {
    var rows: [[Cell]] = []
    /// Spaces between two columns.
    var gap = 2
    /// The widest a column grows. A longer cell (a 100 KB string in `.tokens`) runs over its
    /// column instead of widening it, so it cannot pad every other row with its width: the
    /// view stays as long as its cells, not rows × widest cell.
    var widestColumn = 60

    mutating func append(_ row: [Cell]) {
        rows.append(row)
    }

    /// One line a row. Empty cells at the end of a row are left out, and the last cell is
    /// not padded, so no line ends in spaces.
    func lines(useColor: Bool) -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (i, cell) in row.enumerated() {
                let width = min(DisplayWidth.columns(of: cell.text), widestColumn)
                if i < widths.count { widths[i] = max(widths[i], width) } else { widths.append(width) }
            }
        }
        return rows.map { row in
            var cells = row
            while let last = cells.last, last.text.isEmpty { cells.removeLast() }
            var line = ""
            for (i, cell) in cells.enumerated() {
                line += useColor ? cell.painted : cell.text
                if i < cells.count - 1 {
                    let padding = max(widths[i] - DisplayWidth.columns(of: cell.text), 0) + gap
                    line += String(repeating: " ", count: padding)
                }
            }
            return line
        }
    }
}
