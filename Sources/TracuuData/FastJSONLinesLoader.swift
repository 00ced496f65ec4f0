import TracuuDiagnostics
import TracuuValues

/// The fast path for JSON Lines of flat objects (`{"id": "a1", "value": 12.5, …}` a line):
/// each object is read from its bytes into the columns (`ColumnBuilder`, as the fast CSV
/// path does), without building a dictionary of `Any` per line as `JSONSerialization` must.
///
/// Like the fast CSV path it steps aside (returns nil) at the first doubt — a nested value,
/// an unknown or repeated key, a number in an odd form, bytes that are not UTF-8 — and the
/// careful `JSONLoader` reads the file and reports each problem where it is.
enum FastJSONLinesLoader {
    static func load(_ bytes: [UInt8], file: String, schema: Schema, kept: [Bool]? = nil,
                     splitSize: Int = chunkSplitSize, meter: LoadMeter? = nil) -> FileLoad? {
        let store = kept ?? [Bool](repeating: true, count: schema.fields.count)
        var fresh = ObjectLinesChunk(schema: schema, store: store)
        if let date = FileLoad.timeOfDate(in: schema)?.date {
            fresh.builders[date].leavesTimesToTheCarefulPath = true
            fresh.checkers[date].leavesTimesToTheCarefulPath = true
        }
        fresh.meter = meter
        guard let read = bytes.withUnsafeBufferPointer({ buffer in
            let start = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            return fresh.readAll(buffer, from: start, splitSize: splitSize)
        }) else { return nil }
        // `"10,000"` with nothing in the file to say which mark is decimal: the careful path says so.
        guard !NumberSigns.leaveUnsettled(read.builders.map(\.signs) + read.checkers.map(\.signs)) else { return nil }
        var load = FileLoad(schema: schema, file: file)
        load.rows = DatasetBuilder(schema: schema, file: file, rowCount: read.rows) { store[$0] ? read.builders[$0] : nil }
        load.ids = read.ids
        if !read.ids.isEmpty {
            load.warnings = read.ids.warnings(file: file) { rows in
                JSONLoader.idCells(rows, JSONLoader.objectLines(bytes), text: ByteText(file: file, bytes: bytes))
            }
        }
        return load
    }
}

/// The objects of part of a JSON Lines file, read into column builders. A JSON string
/// cannot hold a raw line end, so every line start is an object's start.
struct ObjectLinesChunk: RecordChunkReading {
    var builders: [ColumnBuilder]
    /// For the fields not stored: their values checked all the same, so a file is valid
    /// or invalid whatever the query.
    var checkers: [CellChecker]
    let store: [Bool]
    /// The field of ids, whose repeats are noted whether it is stored or not.
    let idField: Int?
    var ids = RepeatedIDs()
    let matcher: ColumnMatcher
    /// The field each key names, as its bytes were written.
    var fieldOfKey: [[UInt8]: Int] = [:]
    var rows = 0
    var end = 0
    /// Told of the bytes read, every `LoadMeter`-worth of objects, for a progress line.
    var meter: LoadMeter?

    init(schema: Schema, store: [Bool]) {
        builders = schema.fields.map { ColumnBuilder(type: $0.type) }
        checkers = schema.fields.map { CellChecker(type: $0.type) }
        idField = schema.index(of: "id")
        matcher = ColumnMatcher(schema: schema)
        self.store = store
    }

    func reading(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, until limit: Int) -> ObjectLinesChunk? {
        var chunk = self
        var reader = JSONObjectScanner(buffer: buffer, position: start)
        var told = start
        defer { meter?.advance(reader.position - told) }
        var seen = [Bool](repeating: false, count: builders.count)
        while reader.skipSpaceAndLines(), reader.position < limit {
            guard reader.take(0x7B) else { return nil }                              // {
            for i in seen.indices { seen[i] = false }
            reader.skipSpace()
            if !reader.take(0x7D) {                                                  // } of an empty object
                while true {
                    reader.skipSpace()
                    guard let key = reader.string() else { return nil }
                    let field: Int
                    if let known = chunk.fieldOfKey[key] {
                        field = known
                    } else {
                        guard let name = String(validating: key, as: UTF8.self),
                              let index = chunk.matcher.fieldIndex(of: name) else { return nil }
                        chunk.fieldOfKey[key] = index
                        field = index
                    }
                    guard !seen[field] else { return nil }                     // two keys for one field
                    seen[field] = true
                    reader.skipSpace()
                    guard reader.take(0x3A) else { return nil }                      // :
                    reader.skipSpace()
                    if field == chunk.idField, reader.atString {
                        // An id is noted as the careful path notes it: a string's text.
                        guard let bytes = reader.string() else { return nil }
                        let good = bytes.withUnsafeBufferPointer {
                            chunk.ids.note($0, row: chunk.rows)
                            return chunk.store[field] ? chunk.builders[field].add($0) : chunk.checkers[field].add($0)
                        }
                        guard good else { return nil }
                    } else if chunk.store[field] {
                        guard reader.value(into: &chunk.builders[field]) else { return nil }
                    } else {
                        guard reader.value(into: &chunk.checkers[field]) else { return nil }
                    }
                    reader.skipSpace()
                    if reader.take(0x2C) { continue }                                // ,
                    guard reader.take(0x7D) else { return nil }                      // }
                    break
                }
            }
            for (i, was) in seen.enumerated() where !was { chunk.builders[i].addMissing() }
            chunk.rows += 1
            reader.skipSpace()
            guard reader.atLineEnd() else { return nil }
            if let meter, chunk.rows % LoadMeter.recordsBetweenReports == 0 {
                meter.advance(reader.position - told)
                told = reader.position
                if meter.isCancelled { return nil }    // Ctrl-C: the catalog drops the load
            }
        }
        chunk.end = reader.position
        return chunk
    }

    mutating func mergeChecks(with next: ObjectLinesChunk) {
        for field in checkers.indices { checkers[field].merge(next.checkers[field]) }
        ids.merge(next.ids, rowOffset: rows)
    }

    static func recordStart(in buffer: UnsafeBufferPointer<UInt8>, from position: Int) -> Int {
        var reader = JSONObjectScanner(buffer: buffer, position: position)
        _ = reader.skipSpaceAndLines()
        return reader.position
    }
}

/// Reads the parts of flat JSON objects from bytes.
struct JSONObjectScanner {
    let buffer: UnsafeBufferPointer<UInt8>
    var position: Int
    /// Scratch for strings with escapes.
    private var scratch: [UInt8] = []

    init(buffer: UnsafeBufferPointer<UInt8>, position: Int) {
        self.buffer = buffer
        self.position = position
    }

    /// Skips spaces and blank lines; false at the end of the input.
    mutating func skipSpaceAndLines() -> Bool {
        while position < buffer.count, [0x20, 0x09, 0x0A, 0x0D].contains(buffer[position]) { position += 1 }
        return position < buffer.count
    }

    mutating func skipSpace() {
        while position < buffer.count, buffer[position] == 0x20 || buffer[position] == 0x09 || buffer[position] == 0x0D { position += 1 }
    }

    /// After an object: the end of its line or of the input.
    func atLineEnd() -> Bool {
        position >= buffer.count || buffer[position] == 0x0A
    }

    /// Whether a string starts here.
    var atString: Bool { position < buffer.count && buffer[position] == 0x22 }

    mutating func take(_ byte: UInt8) -> Bool {
        guard position < buffer.count, buffer[position] == byte else { return false }
        position += 1
        return true
    }

    /// A string's bytes, escapes decoded; nil when it is not a well-formed string.
    mutating func string() -> [UInt8]? {
        guard take(0x22) else { return nil }
        let start = position
        while position < buffer.count {
            let b = buffer[position]
            if b == 0x22 {
                let bytes = Array(buffer[start..<position])
                position += 1
                return bytes
            }
            if b == 0x5C { return escapedString(from: start) }
            if b < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    /// The rest of a string that holds escapes, from its first byte.
    private mutating func escapedString(from start: Int) -> [UInt8]? {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: buffer[start..<position])
        while position < buffer.count {
            // Copy the run up to the next quote or backslash in one go.
            let run = position
            while position < buffer.count, buffer[position] != 0x22, buffer[position] != 0x5C, buffer[position] >= 0x20 {
                position += 1
            }
            if position > run { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<position])) }
            guard position < buffer.count else { return nil }
            let b = buffer[position]
            if b == 0x22 {
                position += 1
                return scratch
            }
            if b < 0x20 { return nil }
            position += 1
            guard position < buffer.count else { return nil }
            let e = buffer[position]
            position += 1
            switch e {
            case 0x22, 0x5C, 0x2F: scratch.append(e)
            case 0x62: scratch.append(0x08)
            case 0x66: scratch.append(0x0C)
            case 0x6E: scratch.append(0x0A)
            case 0x72: scratch.append(0x0D)
            case 0x74: scratch.append(0x09)
            case 0x75:
                guard var code = hex4() else { return nil }
                if (0xD800..<0xDC00).contains(code) {
                    guard take(0x5C), take(0x75), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { return nil }
                scratch.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                return nil
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= buffer.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = buffer[position]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: return nil
            }
            v = v * 16 + d
            position += 1
        }
        return v
    }

    /// A value into a column: a string, a number, true, false or null; false for anything
    /// else (a nested object or array) or a value the column cannot take.
    mutating func value(into sink: inout some CellSink) -> Bool {
        guard position < buffer.count else { return false }
        switch buffer[position] {
        case 0x22:
            guard let bytes = string() else { return false }
            return bytes.withUnsafeBufferPointer { sink.add($0) }
        case 0x6E:                                                                   // null
            guard literal("null") else { return false }
            sink.addMissing()
            return true
        case 0x74, 0x66:                                                             // true, false
            let start = position
            guard literal("true") || literal("false") else { return false }
            return sink.add(UnsafeBufferPointer(rebasing: buffer[start..<position]))
        case 0x2D, 0x30...0x39:
            return number(into: &sink)
        default:
            return false
        }
    }

    /// A number as JSON writes it (`-12`, `0.5`, `1e3`; never `07` or `1.`), the same
    /// grammar `JSONSerialization` holds the careful path to. Into a number field it is
    /// read as JSON means it (`1.234` is never grouping); into another, only a plain
    /// integer is taken here, anything else is left to the careful path, which spells
    /// it out first.
    private mutating func number(into sink: inout some CellSink) -> Bool {
        let start = position
        var integer = true
        _ = take(0x2D)
        if take(0x30) {
            // A leading zero stands alone.
        } else {
            guard digits() else { return false }
        }
        if take(0x2E) {
            integer = false
            guard digits() else { return false }
        }
        if take(0x65) || take(0x45) {
            integer = false
            if !take(0x2B) { _ = take(0x2D) }
            guard digits() else { return false }
        }
        let bytes = UnsafeBufferPointer(rebasing: buffer[start..<position])
        if let d = Double(String(decoding: bytes, as: UTF8.self)), d.isFinite, sink.addNumber(d) { return true }
        // `-0` and integers past 18 digits are spelt differently by the careful path: its call.
        let plainInteger = integer && FastNumber.parseInteger(bytes) != nil && !(bytes.count == 2 && bytes[0] == 0x2D && bytes[1] == 0x30)
        return plainInteger && sink.add(bytes)
    }

    /// One or more ASCII digits.
    private mutating func digits() -> Bool {
        let start = position
        while position < buffer.count, (0x30...0x39).contains(buffer[position]) { position += 1 }
        return position > start
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= buffer.count else { return false }
        for i in 0..<count where buffer[position + i] != word.utf8Start[i] { return false }
        position += count
        return true
    }
}
