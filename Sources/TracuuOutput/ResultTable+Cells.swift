import TracuuValues

extension ResultTable {
    /// The values of one row, exactly one per column: a short row is filled with `missing`
    /// and a long one cut, so a renderer never indexes past either end.
    func cells(of row: [Value]) -> [Value] {
        (0..<columns.count).map { $0 < row.count ? row[$0] : .missing }
    }
}
