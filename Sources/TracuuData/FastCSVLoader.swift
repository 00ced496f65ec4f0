import TracuuDiagnostics
import TracuuText
import TracuuValues

/// The fast path for well-formed CSV files: fields read as byte ranges, never as a
/// `String` per cell. Text is interned by its bytes (`ByteInterner`), so a district is
/// decoded and normalized once however many rows name it; numbers are read from their
/// digits; dates, terms, periods and booleans are parsed once per distinct spelling.
///
/// It gives up (returns nil) at the first thing it is not sure of: a row longer than the
/// header, a cell that does not parse, bytes that are not UTF-8. `CSVLoader` then reads
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

        // Columns of fields no query needs are scanned over, not stored; their bytes are
        // still checked to be UTF-8, so a broken file is reported whatever the query.
        let store = columns.map { kept?[$0] ?? true }
        var fresh = CSVRecordChunk(types: columns.map { schema.fields[$0].type }, store: store)
        fresh.meter = meter
        guard let read = bytes.withUnsafeBufferPointer({ buffer in
            fresh.readAll(buffer, from: bodyStart, splitSize: splitSize)
        }) else { return nil }

        var load = FileLoad(schema: schema, file: file)
        load.rows = DatasetBuilder(schema: schema, file: file, rowCount: read.rows) { field in
            columns.firstIndex(of: field).flatMap { store[$0] ? read.builders[$0] : nil }
        }
        return load
    }
}

/// The records of part of a CSV body, read into column builders.
struct CSVRecordChunk: RecordChunkReading {
    var builders: [ColumnBuilder]
    var checkers: [UTF8Checker]
    let store: [Bool]
    var rows = 0
    /// Where reading stopped: the start of the first record not read, or the end.
    var end = 0
    /// Told of the bytes read, every `LoadMeter`-worth of records, for a progress line.
    var meter: LoadMeter?

    init(types: [FieldType], store: [Bool]) {
        builders = types.map { ColumnBuilder(type: $0) }
        checkers = types.map { _ in UTF8Checker() }
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
                                               : scanner.withBytes(of: field) { chunk.checkers[column].check($0) }
                guard good else { return nil }
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

    static func recordStart(in buffer: UnsafeBufferPointer<UInt8>, from position: Int) -> Int {
        var scanner = FieldScanner(buffer: buffer, position: position)
        _ = scanner.skipBlankLines()
        return scanner.position
    }
}

/// Checks that the cells of a column not stored are UTF-8: ASCII at once, anything else
/// once per distinct spelling (through an interner), so the check stays cheap.
struct UTF8Checker {
    private var seen = ByteInterner()

    mutating func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        let (_, isNew) = seen.intern(bytes)
        return !isNew || String(validating: bytes, as: UTF8.self) != nil
    }
}

/// Where a field's bytes are: a range of the file or, when it was quoted with doubled
/// quotes or CR LF inside, the scanner's copy with those made single. Plain data, so the
/// scanner's loop moves no reference counts.
struct ScannedField {
    let range: Range<Int>
    let copied: Bool
}

/// Walks the records of a CSV body, a field at a time.
struct FieldScanner {
    let buffer: UnsafeBufferPointer<UInt8>
    var position: Int
    /// The last quoted field that had to be unescaped.
    private var copy: [UInt8] = []

    init(buffer: UnsafeBufferPointer<UInt8>, position: Int) {
        self.buffer = buffer
        self.position = position
    }

    static let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

    /// Skips empty lines; false at the end of the file.
    mutating func skipBlankLines() -> Bool {
        while position < buffer.count, buffer[position] == FieldScanner.lf || buffer[position] == FieldScanner.cr {
            position += 1
        }
        return position < buffer.count
    }

    /// The next field; nil when a quoted field is not closed properly.
    mutating func nextField() -> ScannedField? {
        guard position < buffer.count, buffer[position] == FieldScanner.quote else {
            let start = position
            while position < buffer.count {
                let b = buffer[position]
                if b == FieldScanner.comma || b == FieldScanner.lf || b == FieldScanner.cr { break }
                position += 1
            }
            return ScannedField(range: start..<position, copied: false)
        }
        position += 1
        let start = position
        var copying = false
        while position < buffer.count {
            let b = buffer[position]
            if b == FieldScanner.quote {
                if position + 1 < buffer.count, buffer[position + 1] == FieldScanner.quote {
                    startCopy(from: start, if: !copying)
                    copying = true
                    copy.append(FieldScanner.quote)
                    position += 2
                    continue
                }
                let end = position
                position += 1
                // Only a comma or a line end may follow a closing quote.
                if position < buffer.count, buffer[position] != FieldScanner.comma,
                   buffer[position] != FieldScanner.lf, buffer[position] != FieldScanner.cr { return nil }
                return ScannedField(range: start..<end, copied: copying)
            }
            // CR LF inside a quoted field is read as LF, as the careful reader does.
            if b == FieldScanner.cr, position + 1 < buffer.count, buffer[position + 1] == FieldScanner.lf {
                startCopy(from: start, if: !copying)
                copying = true
                position += 1
                continue
            }
            if copying { copy.append(b) }
            position += 1
        }
        return nil
    }

    /// Starts the copy of a quoted field with its bytes so far.
    private mutating func startCopy(from start: Int, if needed: Bool) {
        guard needed else { return }
        copy.removeAll(keepingCapacity: true)
        copy.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<position]))
    }

    /// The bytes of a field this scanner just read.
    func withBytes<R>(of field: ScannedField, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        field.copied ? copy.withUnsafeBufferPointer(body) : body(UnsafeBufferPointer(rebasing: buffer[field.range]))
    }

    /// After a field: true at the end of a record (taking its line end), false after a comma.
    mutating func endOfRecord() -> Bool {
        if position < buffer.count, buffer[position] == FieldScanner.comma {
            position += 1
            // A comma at the very end of the file leaves one empty field; let the next call see it.
            return false
        }
        if position < buffer.count, buffer[position] == FieldScanner.cr { position += 1 }
        if position < buffer.count, buffer[position] == FieldScanner.lf { position += 1 }
        return true
    }
}
