import TracuuDiagnostics
import TracuuText
import TracuuValues

/// The fast path for well-formed CSV files: fields read as byte ranges, never as a
/// `String` per cell. Text is interned by its bytes (`ByteInterner`), so a district is
/// decoded and normalized once however many rows name it; numbers are read from their
/// digits; dates, terms, periods and booleans are parsed once per distinct spelling.
///
/// It gives up (returns nil) at the first thing it is not sure of: a row longer than the
/// header, a cell that does not parse (in a column it stores or not), bytes that are not
/// UTF-8, a number like `10,000` the file does not settle. `CSVLoader` then reads
/// the file the careful way and reports each problem at its line and column, so the two
/// paths give the same rows and only the careful one speaks.
enum FastCSVLoader {
    static func load(_ bytes: [UInt8], file: String, schema: Schema, kept: [Bool]? = nil,
                     splitSize: Int = chunkSplitSize, meter: LoadMeter? = nil) -> FileLoad? {
        var reader = CSVReader(bytes: bytes, file: file)
        var discard = FileLoad(schema: schema, file: file)
        guard let header = try? reader.next(),
              let columns = CSVLoader.fieldIndices(of: header, reader: reader, schema: schema, into: &discard),
              discard.diagnostics.isEmpty else { return nil }
        let bodyStart = reader.offset

        // Columns of fields no query needs are scanned over, not stored; their cells are
        // still checked (`CellChecker`), so a broken file is reported whatever the query.
        let store = columns.map { kept?[$0] ?? true }
        let idColumn = schema.index(of: "id").flatMap { columns.firstIndex(of: $0) }
        var fresh = CSVRecordChunk(types: columns.map { schema.fields[$0].type }, store: store, idColumn: idColumn)
        if let date = FileLoad.timeOfDate(in: schema)?.date, let column = columns.firstIndex(of: date) {
            fresh.builders[column].leavesTimesToTheCarefulPath = true
            fresh.checkers[column].leavesTimesToTheCarefulPath = true
        }
        fresh.meter = meter
        guard let read = bytes.withUnsafeBufferPointer({ buffer in
            fresh.readAll(buffer, from: bodyStart, splitSize: splitSize)
        }) else { return nil }
        // `10,000` with nothing in the file to say which mark is decimal: the careful path says so.
        guard !NumberSigns.leaveUnsettled(read.builders.map(\.signs) + read.checkers.map(\.signs)) else { return nil }

        var load = FileLoad(schema: schema, file: file)
        load.rows = DatasetBuilder(schema: schema, file: file, rowCount: read.rows) { field in
            columns.firstIndex(of: field).flatMap { store[$0] ? read.builders[$0] : nil }
        }
        load.ids = read.ids
        if let idColumn, !read.ids.isEmpty {
            load.warnings = read.ids.warnings(file: file) {
                CSVLoader.cells(ofRows: $0, column: idColumn, in: bytes, file: file)
            }
        }
        return load
    }
}

/// The records of part of a CSV body, read into column builders.
struct CSVRecordChunk: RecordChunkReading {
    var builders: [ColumnBuilder]
    var checkers: [CellChecker]
    let store: [Bool]
    /// The file's column of ids, whose repeats are noted whether it is stored or not.
    let idColumn: Int?
    var ids = RepeatedIDs()
    var rows = 0
    /// Where reading stopped: the start of the first record not read, or the end.
    var end = 0
    /// Told of the bytes read, every `LoadMeter`-worth of records, for a progress line.
    var meter: LoadMeter?

    init(types: [FieldType], store: [Bool], idColumn: Int?) {
        self.idColumn = idColumn
        builders = types.map { ColumnBuilder(type: $0) }
        checkers = types.map { CellChecker(type: $0) }
        self.store = store
    }

    func reading(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, until limit: Int) -> CSVRecordChunk? {
        var chunk = self
        var scanner = FieldScanner(buffer: buffer, position: start)
        var told = start
        defer { meter?.advance(scanner.position - told) }
        while scanner.skipBlankLines(), scanner.position < limit {
            var column = 0
            while true {
                guard let field = scanner.nextField() else { return nil }
                guard column < chunk.builders.count else { return nil }    // more fields than the header
                let good = chunk.store[column] ? scanner.withBytes(of: field) { chunk.builders[column].add($0) }
                                               : scanner.withBytes(of: field) { chunk.checkers[column].add($0) }
                guard good else { return nil }
                if column == chunk.idColumn { scanner.withBytes(of: field) { chunk.ids.note($0, row: chunk.rows) } }
                column += 1
                if scanner.endOfRecord() { break }
            }
            // A short row: the rest of its cells are missing.
            while column < chunk.builders.count {
                if chunk.store[column] { chunk.builders[column].addMissing() }
                column += 1
            }
            chunk.rows += 1
            if let meter, chunk.rows % LoadMeter.recordsBetweenReports == 0 {
                meter.advance(scanner.position - told)
                told = scanner.position
                if meter.isCancelled { return nil }    // Ctrl-C: the catalog drops the load
            }
        }
        chunk.end = scanner.position
        return chunk
    }

    mutating func mergeChecks(with next: CSVRecordChunk) {
        for column in checkers.indices { checkers[column].merge(next.checkers[column]) }
        ids.merge(next.ids, rowOffset: rows)
    }

    static func recordStart(in buffer: UnsafeBufferPointer<UInt8>, from position: Int) -> Int {
        var scanner = FieldScanner(buffer: buffer, position: position)
        _ = scanner.skipBlankLines()
        return scanner.position
    }
}
