import TracuuText
import TracuuValues

/// Charts of one column of a result against another, drawn in terminal text.
///
/// `value` and `label` are column indices: the column measured and the column that names
/// each row. `width` is the terminal width; every line fits it unless it is too narrow for
/// the labels and numbers themselves (8 columns of label, the widest value and two spaces;
/// a sparkline needs its first and last labels). Each line ends in `\n`; no rows (or a
/// column index that does not exist) give "".
public enum ChartRenderer {
    /// A series over time when the labels are periods or dates, else a bar chart.
    public static func chart(_ table: ResultTable, value: Int, label: Int, width: Int) -> String {
        let type = table.columns.indices.contains(label) ? table.columns[label].type : nil
        if type == .period || type == .date {
            return series(table, value: value, label: label, width: width)
        }
        return bars(table, value: value, label: label, width: width)
    }

    /// A horizontal bar chart, one line per row in row order (see `TextBarChart`).
    public static func bars(_ table: ResultTable, value: Int, label: Int, width: Int) -> String {
        let points = ChartPoint.points(of: table, value: value, label: label)
        return TextBarChart.lines(points, width: width).map { $0 + "\n" }.joined()
    }

    /// A series in label order (periods and dates by time): first a sparkline between the
    /// first and last labels, with the smallest and largest values, then the bar chart:
    ///
    ///     2021-Q1 ▁▂ ▄▆█ 2022-Q2  min 12  max 31
    ///     2021-Q1 ██████████████████▎ 12
    ///     2021-Q2 ██████████████████████▊ 15
    ///     2021-Q3
    ///     2021-Q4 ███████████████████████████████▏ 20.5
    ///     …
    ///
    /// When that first line does not fit, `min … max` goes on a line of its own, and if the
    /// sparkline is still too long it shows only the latest values that fit.
    public static func series(_ table: ResultTable, value: Int, label: Int, width: Int) -> String {
        let points = ChartPoint.inLabelOrder(ChartPoint.points(of: table, value: value, label: label))
        guard !points.isEmpty else { return "" }
        let lines = summary(points, width: width) + TextBarChart.lines(points, width: width)
        return lines.map { $0 + "\n" }.joined()
    }

    /// The sparkline line of a series, and the line of its range when that does not fit beside it.
    static func summary(_ points: [ChartPoint], width: Int) -> [String] {
        func name(_ p: ChartPoint) -> String {
            CellText.cut(CellText.oneLine(p.label.description), to: TextBarChart.maxLabelWidth)
        }
        // Keep the latest points whose sparkline fits between the widest first label and the last one.
        let lastName = points.last.map(name) ?? ""
        let widest = points.map { DisplayWidth.columns(of: name($0)) }.max() ?? 0
        let room = max(1, width - 2 - widest - DisplayWidth.columns(of: lastName))
        let shown = Array(points.suffix(room))

        let firstName = shown.first.map(name) ?? ""
        let spark = firstName + " " + Sparkline.line(shown.map(\.amount)) + " " + lastName

        let measured = shown.filter { $0.amount != nil }
        guard let low = measured.min(by: { ($0.amount ?? 0) < ($1.amount ?? 0) }),
              let high = measured.max(by: { ($0.amount ?? 0) < ($1.amount ?? 0) })
        else { return [spark] }
        let range = "min " + CellText.oneLine(low.value.description) + "  max " + CellText.oneLine(high.value.description)

        let together = spark + "  " + range
        if DisplayWidth.columns(of: together) <= width { return [together] }
        return [spark, range]
    }
}
