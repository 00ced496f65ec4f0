import TracuuValues

/// Charts of one column of a result against another as standalone SVG documents, for a web
/// page or a report: the picture `ChartRenderer` draws in the terminal.
///
/// `value` and `label` are column indices, as for `ChartRenderer`. Labels are written as
/// UTF-8 text, escaped for XML, in the reader's sans-serif font.
public enum SVGChart {
    /// A line chart when the labels are periods or dates (`SVGLineChart`), in time order;
    /// otherwise a horizontal bar chart in row order (`SVGBarChart`). `title` goes above the
    /// chart. A table without rows, or a column index that does not exist, gives an empty chart
    /// (the title alone).
    public static func render(_ table: ResultTable, value: Int, label: Int, title: String?) -> String {
        let points = ChartPoint.points(of: table, value: value, label: label)
        let type = table.columns.indices.contains(label) ? table.columns[label].type : nil
        if type == .period || type == .date {
            return SVGLineChart.render(ChartPoint.inLabelOrder(points), title: title)
        }
        return SVGBarChart.render(points, title: title)
    }

    /// Draws the title at the top left, if there is one, and gives where the chart below starts.
    static func drawTitle(_ title: String?, on canvas: inout SVGCanvas) -> Double {
        guard let title else { return SVGCanvas.margin }
        let baseline = SVGCanvas.margin + SVGCanvas.titleSize
        canvas.text(CellText.oneLine(title), x: SVGCanvas.margin, y: baseline, size: SVGCanvas.titleSize, bold: true)
        return baseline + 12
    }

    /// How wide the document must be for the title to fit.
    static func titleWidth(_ title: String?) -> Double {
        guard let title else { return 0 }
        // A tenth more than plain text: the title is bold.
        return 2 * SVGCanvas.margin + 1.1 * SVGCanvas.textWidth(CellText.oneLine(title), size: SVGCanvas.titleSize)
    }
}
