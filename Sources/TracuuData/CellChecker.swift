import TracuuValues

/// Where a fast loader puts the cells of one column: a `ColumnBuilder` stores them, a
/// `CellChecker` only checks them.
protocol CellSink {
    /// Adds a cell from its bytes; false when the fast path cannot read it.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool
    /// Adds a number a JSON file wrote as a number; false when the column cannot take it.
    mutating func addNumber(_ d: Double) -> Bool
    mutating func addMissing()
    /// What the column's numbers said about the file's decimal mark.
    var signs: NumberSigns { get }
}

/// Checks the cells of a column no query needs, so that it need not be stored: each
/// distinct spelling is read once as the column's type, as a builder would, so a file
/// is valid or invalid whatever the query (a bad cell in a column left out is still
/// reported, by the careful path the fast one steps aside for).
struct CellChecker: CellSink {
    let type: FieldType
    private var seen = ByteInterner()
    private(set) var signs = NumberSigns()
    /// As `ColumnBuilder`'s: a date with a time is left to the careful path.
    var leavesTimesToTheCarefulPath = false

    init(type: FieldType) {
        self.type = type
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch type {
        case .text:
            // Any UTF-8 is text: ASCII at once, a long text (an article's body, hardly ever
            // repeated) as it is, anything else once per spelling.
            if bytes.allSatisfy({ $0 < 0x80 }) { return true }
            if bytes.count > ColumnBuilder.longText { return String(validating: bytes, as: UTF8.self) != nil }
            return !seen.intern(bytes).isNew || String(validating: bytes, as: UTF8.self) != nil
        case .number where FastNumber.parse(bytes) != nil:
            return true
        case .integer where FastNumber.parseInteger(bytes).map(NumberColumn.holdsExactly) == true:
            return true
        case .number, .integer:
            return !seen.intern(bytes).isNew || signs.read(bytes, as: type) != nil
        case .date, .term, .period, .boolean:
            return !seen.intern(bytes).isNew
                || (String(validating: bytes, as: UTF8.self).flatMap { ValueParser.parse($0, as: type) } != nil
                    && !(leavesTimesToTheCarefulPath && DateTimeText.hasTime(bytes)))
        }
    }

    func addNumber(_ d: Double) -> Bool { type == .number }

    /// Takes in what the checker of a later part of the same column saw. (Spellings are
    /// checked again there: each part's checker has its own table.)
    mutating func merge(_ next: CellChecker) {
        signs.merge(next.signs)
    }

    func addMissing() {}
}

/// What the number cells of a column said about the file's decimal mark, and how one
/// reads that the fast path's own digits could not (`38,1`, ` 7 `, `10,000`).
struct NumberSigns: Sendable {
    private(set) var showsDecimalComma = false
    private(set) var sawAmbiguous = false

    /// The number (or `NumberColumn.missing`) of a cell, nil when it is not one. An
    /// ambiguous cell gives its decimal-comma reading, noted so the loader can check
    /// the file settles it.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, as type: FieldType) -> Double? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        switch ValueParser.read(text, as: type) {
        case .value(let value, let showsComma):
            if showsComma { showsDecimalComma = true }
            switch value {
            case .missing: return NumberColumn.missing
            case .number(let d): return d
            case .integer(let i) where NumberColumn.holdsExactly(i): return Double(i)
            default: return nil
            }
        case .ambiguous(let comma, _):
            sawAmbiguous = true
            return comma
        case .invalid:
            return nil
        }
    }

    mutating func merge(_ other: NumberSigns) {
        showsDecimalComma = showsDecimalComma || other.showsDecimalComma
        sawAmbiguous = sawAmbiguous || other.sawAmbiguous
    }

    /// Whether the columns of a file, taken together, leave an ambiguous cell unsettled:
    /// then the fast path steps aside and the careful one reports it.
    static func leaveUnsettled(_ all: [NumberSigns]) -> Bool {
        all.contains(where: \.sawAmbiguous) && !all.contains(where: \.showsDecimalComma)
    }
}
