import TracuuData
import TracuuValues

/// The rows between two steps of a plan: columns, and which of their rows are still in,
/// in order. Filtering and sorting only rewrite `rows`; no value is copied until output.
struct Frame {
    var fields: [Field]
    var columns: [Column]
    var rows: [Int]

    init(dataset: Dataset) {
        fields = dataset.schema.fields
        columns = dataset.columns
        rows = Array(0..<dataset.rowCount)
    }

    init(fields: [Field], columns: [Column], rows: [Int]) {
        self.fields = fields
        self.columns = columns
        self.rows = rows
    }

    /// The result, materialized at last.
    func table() -> ResultTable {
        ResultTable(columns: fields, rows: rows.map { row in columns.map { $0.value(at: row) } })
    }
}
