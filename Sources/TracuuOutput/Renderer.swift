import TracuuText
import TracuuValues

/// Turns a result into text in one of the output formats.
///
/// Every line of the text ends in `\n`, so the caller prints it as it is
/// (`print(text, terminator: "")`); a format with nothing to show gives "".
public enum Renderer {
    public static func render(_ table: ResultTable, as format: OutputFormat, options: RenderOptions = .init()) -> String {
        switch format {
        // Their cells are always made one-line and visible (`CellText.oneLine`).
        case .table: return TableRenderer.render(table, options: options)
        case .line: return LineRenderer.render(table, numbers: options.numbers)
        case .csv: return forTerminal(CSVWriter.write(table, options: options), options)
        case .tsv: return forTerminal(TSVWriter.write(table, options: options), options)
        case .markdown: return forTerminal(MarkdownWriter.write(table, options: options), options)
        case .json: return forTerminal(json: JSONWriter.write(table), options)
        case .jsonl: return forTerminal(json: JSONLinesWriter.write(table), options)
        case .svg:
            let (value, label) = chartColumns(table)
            return forTerminal(SVGChart.render(table, value: value, label: label, title: nil), options)
        }
    }

    /// A text format on a terminal: its line feeds and tabs are its own, everything else that
    /// would act on the terminal comes from the data and is shown as a mark.
    /// The width of `table` drawn as a table with these options (shrunk to the terminal
    /// where its text columns can give), to tell whether it fits before drawing it.
    public static func tableWidth(_ table: ResultTable, options: RenderOptions) -> Int {
        TableRenderer.width(of: table, options: options)
    }

    static func forTerminal(_ text: String, _ options: RenderOptions) -> String {
        options.forTerminal ? VisibleControls.visible(text, keepingLineFeedsAndTabs: true) : text
    }

    /// JSON on a terminal: the writer already escapes C0 controls in strings, and the only
    /// other characters that act (C1, bidirectional) can only be inside strings, where a
    /// `\u202e` escape keeps the document valid and means the same.
    static func forTerminal(json text: String, _ options: RenderOptions) -> String {
        guard options.forTerminal, VisibleControls.needed(in: text, keepingLineFeedsAndTabs: true) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if VisibleControls.acts(scalar), scalar != "\n", scalar != "\t" {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The columns a chart draws: those the query named, or its first number by its
    /// first field that is not a number.
    public static func chartColumns(_ table: ResultTable) -> (value: Int, label: Int) {
        if let chart = table.chart { return (chart.value, chart.label) }
        let value = table.columns.firstIndex { $0.type.isNumeric } ?? 0
        let label = table.columns.firstIndex { !$0.type.isNumeric } ?? 0
        return (value, label)
    }
}
