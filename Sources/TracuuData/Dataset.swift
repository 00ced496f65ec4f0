import TracuuText
import TracuuValues

/// A loaded dataset: its schema, its rows stored as columns, and the files they came from.
public struct Dataset: Sendable {
    public let schema: Schema
    public let columns: [Column]
    public let rowCount: Int
    /// The files (or "bundled sample") its rows were loaded from, in order.
    public let sources: [String]

    public init(schema: Schema, columns: [Column], rowCount: Int, sources: [String]) {
        self.schema = schema
        self.columns = columns
        self.rowCount = rowCount
        self.sources = sources
    }

    public var name: String { schema.dataset }

    public func value(row: Int, column: Int) -> Value {
        columns[column].value(at: row)
    }

    public func row(_ row: Int) -> [Value] {
        columns.map { $0.value(at: row) }
    }
}

/// Builds a dataset from whole files' columns and from rows added one at a time.
public struct DatasetBuilder: Sendable {
    public let schema: Schema
    /// The rows stored so far, a column per field.
    private var columns: [Column]
    /// Rows added one at a time since, field by field, as values; stored (texts
    /// normalized, numbers unboxed) when the dataset is built or more columns come.
    private var pending: [[Value]]
    private(set) public var rowCount = 0
    private(set) public var sources: [String] = []

    public init(schema: Schema) {
        self.schema = schema
        columns = schema.fields.map { _ in .absent(0) }
        pending = schema.fields.map { _ in [] }
    }

    /// A builder holding the columns a fast loader read, one per field of the schema.
    init(schema: Schema, columns: [Column], rowCount: Int, sources: [String]) {
        self.schema = schema
        self.columns = columns
        pending = schema.fields.map { _ in [] }
        self.rowCount = rowCount
        self.sources = sources
    }

    /// Starts from the rows of a dataset already loaded, to add more files to it.
    public init(continuing dataset: Dataset) {
        self.init(schema: dataset.schema, columns: dataset.columns, rowCount: dataset.rowCount, sources: dataset.sources)
    }

    public mutating func addSource(_ source: String) {
        sources.append(source)
    }

    /// Appends one row; `values` follow the schema's field order and types (or are missing).
    /// Text values are normalized when stored, so loaders need not do it.
    public mutating func append(_ values: [Value]) {
        for i in schema.fields.indices {
            pending[i].append(i < values.count ? values[i] : .missing)
        }
        rowCount += 1
    }

    /// Stores the rows added one at a time (texts normalized, numbers unboxed). A builder
    /// made on another thread does it there (`RawFile.extract`), so the thread that
    /// appends the files' builders together is left only the appending.
    mutating func storePending() {
        guard !(pending.first?.isEmpty ?? true) else { return }
        for (i, field) in schema.fields.enumerated() {
            columns[i].append(contentsOf: Column(storing: pending[i], as: field.type))
            pending[i] = []
        }
    }

    public func build() -> Dataset {
        var stored = self
        stored.storePending()
        return Dataset(schema: schema, columns: stored.columns, rowCount: rowCount, sources: sources)
    }
}

extension DatasetBuilder {
    /// Appends the rows of another builder of the same schema, as when a dataset's next
    /// file has loaded without error. Texts are re-coded once per distinct text, not per row,
    /// and are not normalized again.
    public mutating func append(contentsOf other: DatasetBuilder) {
        precondition(other.schema.dataset == schema.dataset, "rows of \(other.schema.dataset) appended to \(schema.dataset)")
        var other = other
        other.storePending()
        storePending()
        for i in schema.fields.indices {
            columns[i].append(contentsOf: other.columns[i])
        }
        rowCount += other.rowCount
        sources.append(contentsOf: other.sources)
    }
}
