import TracuuValues

/// Turns a result into text in one of the output formats.
///
/// Every line of the text ends in `\n`, so the caller prints it as it is
/// (`print(text, terminator: "")`); a format with nothing to show gives "".
public enum Renderer {
    public static func render(_ table: ResultTable, as format: OutputFormat, options: RenderOptions = .init()) -> String {
        switch format {
        case .table: return TableRenderer.render(table, options: options)
        case .csv: return CSVWriter.write(table, options: options)
        case .tsv: return TSVWriter.write(table, options: options)
        case .json: return JSONWriter.write(table)
        case .markdown: return MarkdownWriter.write(table, options: options)
        case .line: return LineRenderer.render(table)
        case .jsonl: return JSONLinesWriter.write(table)
        case .svg:
            let (value, label) = chartColumns(table)
            return SVGChart.render(table, value: value, label: label, title: nil)
        }
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
