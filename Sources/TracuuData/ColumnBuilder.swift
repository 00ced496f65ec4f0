import TracuuText
import TracuuValues

/// One column being read by a fast loader, cell by cell from bytes, into the form it is
/// stored in (`Column`): text codes into a `TextDictionary`, unboxed numbers, or codes
/// into a `ValueDictionary` for dates, terms, periods and booleans.
///
/// Every cell's bytes are interned (`ByteInterner`) except numbers read straight from
/// their digits, so a district is decoded and normalized, and a period parsed, once
/// however many rows hold it.
struct ColumnBuilder: CellSink {
    let type: FieldType
    /// What the column's numbers said about the file's decimal mark (`DecimalConvention`):
    /// an ambiguous cell (`10,000`) is stored read the Vietnamese way, and the loader
    /// steps aside unless some cell of the file shows that reading is right.
    private(set) var signs = NumberSigns()
    private var interner = ByteInterner()
    /// For text and coded values: the dictionary code of each interned byte string.
    private var codeOfInterned: [Int32] = []
    /// For numbers the careful parser read: the number of each interned byte string.
    private var numberOfInterned: [Double] = []
    private var dictionary = TextDictionary()
    private var values = ValueDictionary()
    private var sawChangedText = false
    /// Set once the column has shown itself to hold mostly different texts.
    private var mostlyDistinct = false
    /// How many texts were added without interning (long ones, or past `mostlyDistinct`).
    private var uninterned = 0
    /// Each row's code (text, coded values) or number.
    private var codes: [Int32] = []
    private var numbers: [Double] = []

    /// Texts longer than this many bytes skip the interner.
    static let longText = 512
    /// After this many distinct texts, a column more than half of whose rows were new
    /// stops interning.
    static let distinctCheck = 20_000

    /// For a `date` column whose times of day go to another field (the articles' `time`):
    /// a date with a time is left to the careful path, which puts the time there.
    var leavesTimesToTheCarefulPath = false

    init(type: FieldType) {
        self.type = type
    }

    /// Adds a cell; false when the fast path cannot read it.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch type {
        case .text:
            return addText(bytes)
        case .number:
            if let d = FastNumber.parse(bytes) {
                numbers.append(d)
                return true
            }
            return addParsedNumber(bytes)
        case .integer:
            if let i = FastNumber.parseInteger(bytes), NumberColumn.holdsExactly(i) {
                numbers.append(Double(i))
                return true
            }
            return addParsedNumber(bytes)
        case .date, .term, .period, .boolean:
            return addParsedValue(bytes)
        }
    }

    private mutating func addText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
    }

    /// A number the careful parser reads (`38,1`, ` 7 `, an empty cell), once per distinct spelling.
    private mutating func addParsedNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (id, isNew) = interner.intern(bytes)
        if isNew {
            guard let number = signs.read(bytes, as: type) else { return false }
            numberOfInterned.append(number)
        }
        numbers.append(numberOfInterned[Int(id)])
        return true
    }

    /// A date, term, period or boolean, parsed once per distinct spelling.
    private mutating func addParsedValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (id, isNew) = interner.intern(bytes)
        if isNew {
            guard let value = parsed(bytes), !(leavesTimesToTheCarefulPath && DateTimeText.hasTime(bytes)) else { return false }
            codeOfInterned.append(values.intern(value))
        }
        codes.append(codeOfInterned[Int(id)])
        return true
    }

    private func parsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        String(validating: bytes, as: UTF8.self).flatMap { ValueParser.parse($0, as: type) }
    }

    /// A number a JSON file wrote as a number: `1.234` there is one point two three four, never grouping.
    mutating func addNumber(_ d: Double) -> Bool {
        switch type {
        case .number:
            numbers.append(d)
            return true
        default:
            return false
        }
    }

    mutating func addMissing() {
        switch type {
        case .integer, .number: numbers.append(NumberColumn.missing)
        default: codes.append(TextDictionary.missing)
        }
    }

    func finish() -> Column {
        switch type {
        case .text: return .text(codes: codes, dictionary: dictionary)
        case .integer, .number: return .numbers(NumberColumn(type: type, numbers: numbers))
        case .date, .term, .period, .boolean: return .coded(codes: codes, dictionary: values)
        }
    }

    /// Adds the cells another builder read after this one's; only `finish` may follow.
    /// Texts of a column of mostly different or long ones (ids, article bodies) are
    /// appended as they are, as they were added; the others looked up, so a district read
    /// in both halves keeps one code.
    mutating func append(_ next: ColumnBuilder) {
        switch type {
        case .integer, .number:
            numbers.append(contentsOf: next.numbers)
            signs.merge(next.signs)
            return
        case .date, .term, .period, .boolean:
            Column.append(next.codes, recodedBy: next.values.values.map { values.intern($0) }, to: &codes)
            return
        case .text:
            break
        }
        let recode: [Int32]
        if mostlyDistinct || next.mostlyDistinct || next.uninterned * 2 > next.dictionary.count {
            recode = next.dictionary.displays.map { dictionary.appendNew($0) }
        } else {
            recode = next.dictionary.displays.map { dictionary.intern($0) }
        }
        Column.append(next.codes, recodedBy: recode, to: &codes)
    }
}

extension DatasetBuilder {
    /// The rows a fast loader read: each field's builder finished into its column. A field
    /// with no builder (the file lacks it, or no query needs it) is absent: nothing stored.
    init(schema: Schema, file: String, rowCount: Int, builder: (Int) -> ColumnBuilder?) {
        self.init(schema: schema, columns: schema.fields.indices.map { builder($0)?.finish() ?? .absent(rowCount) },
                  rowCount: rowCount, sources: [file])
    }
}
