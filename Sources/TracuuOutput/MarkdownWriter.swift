import TracuuText
import TracuuValues

/// A GitHub pipe table, for a README or an issue:
///
///     | district    | kind   |  due |
///     | ----------- | ------ | ---: |
///     | Triệu Phong | goal   |      |
///     | Triệu Phong | target | 2025 |
///
/// Numbers are right-aligned (`---:`). Cells are padded to line up in the source too, but
/// only up to `maxColumnWidth`: a longer text runs past the others instead of being cut, since
/// a document should hold the whole value. The header is always written: without it the
/// lines are not a table.
enum MarkdownWriter {
    static func write(_ table: ResultTable, options: RenderOptions) -> String {
        guard !table.columns.isEmpty else { return "" }
        let alignments = table.columns.map { Alignment(for: $0.type) }
        let header = table.columns.map { escape($0.name) }
        let body = table.rows.map { row in table.cells(of: row).map { escape(options.numbers.text(of: $0)) } }

        let widths = table.columns.indices.map { column in
            let natural = ([header] + body).map { DisplayWidth.columns(of: $0[column]) }.max() ?? 0
            // Three dashes is the shortest delimiter every Markdown renderer takes.
            return max(3, min(natural, options.maxColumnWidth))
        }

        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map { CellText.pad(cells[$0], to: widths[$0], alignments[$0]) }
            return "| " + padded.joined(separator: " | ") + " |\n"
        }
        let delimiters = widths.indices.map { i in
            switch alignments[i] {
            case .left: return String(repeating: "-", count: widths[i])
            case .right: return String(repeating: "-", count: widths[i] - 1) + ":"
            }
        }

        return line(header) + line(delimiters) + body.map(line).joined()
    }

    /// The text as one cell: `|` is escaped so it does not end the cell, a line break becomes
    /// `<br>` so the row stays one line, and a tab a space. A backslash is doubled, so a
    /// backslash that comes before a `|` in the data does not escape the escape.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            if ch.isNewline {
                out += "<br>"
                continue
            }
            for s in ch.unicodeScalars {
                switch s {
                case "|": out += "\\|"
                case "\\": out += "\\\\"
                case "\t": out += " "
                default: out.unicodeScalars.append(s)
                }
            }
        }
        return out
    }
}
