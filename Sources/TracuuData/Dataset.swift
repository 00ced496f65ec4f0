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

/// Builds a dataset a row at a time. Texts are normalized and interned as they come.
public struct DatasetBuilder: Sendable {
    public let schema: Schema
    private var textCodes: [[Int32]]
    private var dictionaries: [TextDictionary]
    private var plain: [[Value]]
    /// Fields no row has a value for yet, stored as nothing (a file without that column).
    private var absent: Set<Int> = []
    private(set) public var rowCount = 0
    private(set) public var sources: [String] = []

    public init(schema: Schema) {
        self.schema = schema
        let n = schema.fields.count
        textCodes = Array(repeating: [], count: n)
        dictionaries = Array(repeating: TextDictionary(), count: n)
        plain = Array(repeating: [], count: n)
    }

    /// A builder holding columns read elsewhere (the fast CSV path).
    init(schema: Schema, textCodes: [[Int32]], dictionaries: [TextDictionary], plain: [[Value]], rowCount: Int, sources: [String],
         absent: Set<Int> = []) {
        self.schema = schema
        self.absent = absent
        self.textCodes = textCodes
        self.dictionaries = dictionaries
        self.plain = plain
        self.rowCount = rowCount
        self.sources = sources
    }

    /// Starts from the rows of a dataset already loaded, to add more files to it.
    public init(continuing dataset: Dataset) {
        self.init(schema: dataset.schema)
        for r in 0..<dataset.rowCount { append(dataset.row(r)) }
        sources = dataset.sources
    }

    public mutating func addSource(_ source: String) {
        sources.append(source)
    }

    /// Appends one row; `values` follow the schema's field order and types (or are missing).
    /// Text values are normalized here, so loaders need not do it.
    public mutating func append(_ values: [Value]) {
        materializeAbsent()
        for (i, field) in schema.fields.enumerated() {
            let v = i < values.count ? values[i] : .missing
            if field.type == .text {
                if case .text(let s) = v {
                    textCodes[i].append(dictionaries[i].intern(CanonicalText.normalize(s)))
                } else {
                    textCodes[i].append(TextDictionary.missing)
                }
            } else {
                plain[i].append(v)
            }
        }
        rowCount += 1
    }

    /// Gives the absent fields their missing values, before rows are added to them.
    private mutating func materializeAbsent() {
        guard !absent.isEmpty else { return }
        for i in absent {
            if schema.fields[i].type == .text {
                textCodes[i] = [Int32](repeating: TextDictionary.missing, count: rowCount)
            } else {
                plain[i] = [Value](repeating: .missing, count: rowCount)
            }
        }
        absent = []
    }

    public func build() -> Dataset {
        var columns: [Column] = []
        for (i, field) in schema.fields.enumerated() {
            if absent.contains(i) {
                columns.append(.absent(rowCount))
            } else if field.type == .text {
                columns.append(.text(codes: textCodes[i], dictionary: dictionaries[i]))
            } else {
                columns.append(.values(plain[i]))
            }
        }
        return Dataset(schema: schema, columns: columns, rowCount: rowCount, sources: sources)
    }
}

extension DatasetBuilder {
    /// Appends the rows of another builder of the same schema, as when a dataset's next
    /// file has loaded without error. Texts are re-coded once per distinct text, not per row,
    /// and are not normalized again.
    public mutating func append(contentsOf other: DatasetBuilder) {
        precondition(other.schema.dataset == schema.dataset, "rows of \(other.schema.dataset) appended to \(schema.dataset)")
        var other = other
        other.materializeAbsent()
        materializeAbsent()
        for (i, field) in schema.fields.enumerated() {
            if field.type == .text {
                let recode = other.dictionaries[i].displays.map { dictionaries[i].intern($0) }
                textCodes[i].append(contentsOf: other.textCodes[i].map {
                    $0 == TextDictionary.missing ? TextDictionary.missing : recode[Int($0)]
                })
            } else {
                plain[i].append(contentsOf: other.plain[i])
            }
        }
        rowCount += other.rowCount
        sources.append(contentsOf: other.sources)
    }
}
