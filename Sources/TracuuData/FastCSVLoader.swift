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
                     splitSize: Int = chunkSplitSize) -> FileLoad? {
        var reader = CSVReader(bytes: bytes, file: file)
        var discard = FileLoad(schema: schema, file: file)
        guard let header = try? reader.next(),
              let columns = CSVLoader.fieldIndices(of: header, reader: reader, schema: schema, into: &discard),
              discard.diagnostics.isEmpty else { return nil }
        let bodyStart = reader.offset

        // Columns of fields no query needs are scanned over, not stored; their bytes are
        // still checked to be UTF-8, so a broken file is reported whatever the query.
        let store = columns.map { kept?[$0] ?? true }
        let fresh = CSVRecordChunk(types: columns.map { schema.fields[$0].type }, store: store)
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

    init(types: [FieldType], store: [Bool]) {
        builders = types.map { ColumnBuilder(type: $0) }
        checkers = types.map { _ in UTF8Checker() }
        self.store = store
    }

    func reading(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, until limit: Int) -> CSVRecordChunk? {
        var chunk = self
        var scanner = FieldScanner(buffer: buffer, position: start)
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

/// One column being read: codes into a dictionary for text, values for the rest.
struct ColumnBuilder {
    let type: FieldType
    private var interner = ByteInterner()
    /// For text: the dictionary code of each interned byte string. For other types: its value.
    private var codeOfInterned: [Int32] = []
    private var valueOfInterned: [Value] = []
    private var dictionary = TextDictionary()
    private var sawChangedText = false
    /// Set once the column has shown itself to hold mostly different texts.
    private var mostlyDistinct = false
    /// How many texts were added without interning (long ones, or past `mostlyDistinct`).
    private var uninterned = 0
    private var codes: [Int32] = []
    private var values: [Value] = []

    /// Texts longer than this many bytes skip the interner.
    static let longText = 512
    /// After this many distinct texts, a column more than half of whose rows were new
    /// stops interning.
    static let distinctCheck = 20_000

    init(type: FieldType) {
        self.type = type
    }

    /// Adds a cell; false when the fast path cannot read it.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch type {
        case .text:
            if bytes.isEmpty {
                codes.append(TextDictionary.missing)
                return true
            }
            // A long text (an article's body) is almost never repeated, and a column whose
            // texts are mostly new (ids) gains nothing from a table of them: interning
            // would only copy the bytes and miss the cache.
            if bytes.count > ColumnBuilder.longText || mostlyDistinct {
                // (Two equal long texts get two codes: they compare equal all the same.)
                guard let raw = String(validating: bytes, as: UTF8.self) else { return false }
                codes.append(dictionary.appendNew(CanonicalText.normalize(raw)))
                uninterned += 1
                return true
            }
            let (id, isNew) = interner.intern(bytes)
            if interner.count > ColumnBuilder.distinctCheck, interner.count * 2 > codes.count { mostlyDistinct = true }
            if isNew {
                guard let raw = String(validating: bytes, as: UTF8.self) else { return false }
                let normalized = CanonicalText.normalize(raw)
                // New bytes that normalizing left alone are a new text: no lookup needed.
                // Bytes it changed (NFD, Ð) may spell a text already there.
                // Once a text came in changed, a later unchanged one may equal it: look up from then on.
                let same = normalized.utf8.elementsEqual(bytes)
                if !same { sawChangedText = true }
                codeOfInterned.append(same && !sawChangedText ? dictionary.appendNew(normalized) : dictionary.intern(normalized))
            }
            codes.append(codeOfInterned[Int(id)])
            return true
        case .number:
            if let d = FastNumber.parse(bytes) {
                values.append(.number(d))
                return true
            }
            return addParsed(bytes)
        case .integer:
            if let i = FastNumber.parseInteger(bytes) {
                values.append(.integer(i))
                return true
            }
            return addParsed(bytes)
        default:
            return addParsed(bytes)
        }
    }

    /// A cell the careful parser reads, once per distinct spelling.
    private mutating func addParsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (id, isNew) = interner.intern(bytes)
        if isNew {
            guard let raw = String(validating: bytes, as: UTF8.self),
                  let value = ValueParser.parse(raw, as: type) else { return false }
            valueOfInterned.append(value)
        }
        values.append(valueOfInterned[Int(id)])
        return true
    }

    mutating func addMissing() {
        if type == .text { codes.append(TextDictionary.missing) } else { values.append(.missing) }
    }

    func finish() -> Column {
        type == .text ? .text(codes: codes, dictionary: dictionary) : .values(values)
    }

    /// Adds the cells another builder read after this one's; only `finish` may follow.
    /// Texts of a column of mostly different or long ones (ids, article bodies) are
    /// appended as they are, as they were added; the others looked up, so a district read
    /// in both halves keeps one code.
    mutating func append(_ next: ColumnBuilder) {
        guard type == .text else {
            values.append(contentsOf: next.values)
            return
        }
        let recode: [Int32]
        if mostlyDistinct || next.mostlyDistinct || next.uninterned * 2 > next.dictionary.count {
            recode = next.dictionary.displays.map { dictionary.appendNew($0) }
        } else {
            recode = next.dictionary.displays.map { dictionary.intern($0) }
        }
        codes.reserveCapacity(codes.count + next.codes.count)
        for code in next.codes { codes.append(code == TextDictionary.missing ? code : recode[Int(code)]) }
    }
}

extension DatasetBuilder {
    /// The rows a fast loader read: each field's builder finished into its column. A field
    /// with no builder (the file lacks it, or no query needs it) is absent: nothing stored.
    init(schema: Schema, file: String, rowCount: Int, builder: (Int) -> ColumnBuilder?) {
        var textCodes = [[Int32]](repeating: [], count: schema.fields.count)
        var dictionaries = [TextDictionary](repeating: TextDictionary(), count: schema.fields.count)
        var plain = [[Value]](repeating: [], count: schema.fields.count)
        var absent: Set<Int> = []
        for i in schema.fields.indices {
            switch builder(i)?.finish() ?? .absent(rowCount) {
            case .text(let codes, let dictionary):
                textCodes[i] = codes
                dictionaries[i] = dictionary
            case .values(let values):
                plain[i] = values
            case .absent:
                absent.insert(i)
            }
        }
        self.init(schema: schema, textCodes: textCodes, dictionaries: dictionaries, plain: plain,
                  rowCount: rowCount, sources: [file], absent: absent)
    }
}

/// Numbers as data files mostly write them — `956`, `-2.5`, `38.1` — read straight from
/// their ASCII digits. Anything else (`38,1`, `1e6`, spaces, `%`) returns nil and goes to
/// the careful parser.
enum FastNumber {
    static func parseInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == 0x2D { negative = true; i += 1 }
        guard i < bytes.count, bytes.count - i <= 18 else { return nil }
        var value = 0
        while i < bytes.count {
            let d = Int(bytes[i]) - 0x30
            guard d >= 0, d <= 9 else { return nil }
            value = value * 10 + d
            i += 1
        }
        return negative ? -value : value
    }

    /// Up to 15 significant digits and a point: the mantissa is exact in a Double and so is
    /// the power of ten, so one division gives the correctly rounded value.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == 0x2D { negative = true; i += 1 }
        var mantissa: Int64 = 0
        var digits = 0
        var fraction = 0
        var seenPoint = false
        guard i < bytes.count else { return nil }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x2E {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else {
                let d = Int64(b) - 0x30
                guard d >= 0, d <= 9 else { return nil }
                mantissa = mantissa * 10 + d
                digits += 1
                if seenPoint { fraction += 1 }
                guard digits <= 15 else { return nil }
            }
            i += 1
        }
        guard digits > 0, fraction <= 22 else { return nil }
        // `1.234` may be a thousand written the Vietnamese way: the careful parser decides.
        if seenPoint, fraction == 3, digits - fraction <= 3 { return nil }
        let value = Double(mantissa) / powersOfTen[fraction]
        return negative ? -value : value
    }

    static let powersOfTen: [Double] = (0...22).map { n in (0..<n).reduce(1.0) { r, _ in r * 10 } }
}
