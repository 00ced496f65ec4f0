import TracuuValues

/// One row of a result as a chart sees it: a label to name it and a value to measure.
struct ChartPoint {
    /// What the row is called: a district, a period, a date.
    let label: Value
    /// What is drawn: its `description` is printed next to the bar or point.
    let value: Value

    /// The value as a length to draw, or nil when there is nothing to draw: a missing value,
    /// a text, or a number that is not finite.
    var amount: Double? {
        guard let d = value.numeric, d.isFinite else { return nil }
        return d
    }

    /// The points of a table's rows, in row order; empty when either column does not exist.
    static func points(of table: ResultTable, value: Int, label: Int) -> [ChartPoint] {
        guard table.columns.indices.contains(value), table.columns.indices.contains(label) else { return [] }
        return table.rows.map { row in
            let cells = table.cells(of: row)
            return ChartPoint(label: cells[label], value: cells[value])
        }
    }

    /// The points sorted by label: periods and dates by time, numbers by size, texts as strings,
    /// rows with no label last. Points with equal labels keep their row order.
    static func inLabelOrder(_ points: [ChartPoint]) -> [ChartPoint] {
        points.indices.sorted { a, b in
            let x = points[a].label, y = points[b].label
            if LabelOrder.precedes(x, y) { return true }
            if LabelOrder.precedes(y, x) { return false }
            return a < b
        }.map { points[$0] }
    }
}
