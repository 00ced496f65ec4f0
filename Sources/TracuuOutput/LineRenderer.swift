import TracuuText
import TracuuValues

/// One field per line, as SQLite's `.mode line` prints: the names right-aligned so the
/// `=` signs line up, and a blank line between rows.
///
///     district = Triệu Phong
///         kind = target
///          due = 2025
///
///     district = Hải Lăng
///         kind = goal
///          due =
///
/// Good for rows too wide for a table and for long texts, which are never cut here; line
/// breaks inside a value still become `↵` so that each line is one field. A missing value
/// leaves nothing after the `=` (not even a trailing space).
enum LineRenderer {
    static func render(_ table: ResultTable, numbers: NumberStyle = .plain) -> String {
        let names = table.columns.map { CellText.oneLine($0.name) }
        let width = names.map { DisplayWidth.columns(of: $0) }.max() ?? 0
        let labels = names.map { CellText.pad($0, to: width, .right) + " =" }

        let blocks = table.rows.map { row in
            zip(labels, table.cells(of: row)).map { label, value in
                let text = CellText.oneLine(numbers.text(of: value))
                return (text.isEmpty ? label : label + " " + text) + "\n"
            }.joined()
        }
        return blocks.joined(separator: "\n")
    }
}
