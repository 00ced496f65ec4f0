import TracuuText
import TracuuValues

/// One column of a dataset, stored for scanning.
///
/// A loaded column is stored by what its type needs to be scanned fast:
/// - text is dictionary-encoded: each row holds a code into a `TextDictionary`, which
///   computes the keys that `=`, `~`, `contains` and sorting need once per distinct text;
/// - integers and numbers are unboxed doubles (`NumberColumn`), so a filter, a sort or a
///   sum reads plain numbers;
/// - dates, terms, periods and flags are codes into their few distinct values
///   (`ValueDictionary`), so a condition on them is decided once per distinct value.
/// Values a query computes (`select`, `group by`) are stored as they are.
public enum Column: Sendable {
    /// `codes[row]` indexes `dictionary`; `TextDictionary.missing` marks an empty cell.
    case text(codes: [Int32], dictionary: TextDictionary)
    case numbers(NumberColumn)
    /// `codes[row]` indexes `dictionary`; `ValueDictionary.missing` marks an empty cell.
    case coded(codes: [Int32], dictionary: ValueDictionary)
    /// One boxed value per row: what a query computed.
    case values([Value])
    /// A field the data does not have: every one of its rows is missing, and none is stored.
    case absent(Int)

    public var count: Int {
        switch self {
        case .text(let codes, _): return codes.count
        case .numbers(let n): return n.numbers.count
        case .coded(let codes, _): return codes.count
        case .values(let v): return v.count
        case .absent(let n): return n
        }
    }

    public func value(at row: Int) -> Value {
        switch self {
        case .text(let codes, let dictionary):
            let code = codes[row]
            return code == TextDictionary.missing ? .missing : .text(dictionary.displays[Int(code)])
        case .numbers(let n):
            return n.value(at: row)
        case .coded(let codes, let dictionary):
            let code = codes[row]
            return code == ValueDictionary.missing ? .missing : dictionary.values[Int(code)]
        case .values(let v):
            return v[row]
        case .absent:
            return .missing
        }
    }

    /// Every row's value, boxed.
    public var allValues: [Value] {
        (0..<count).map(value(at:))
    }
}

extension Column {
    /// Values of one field stored the way its type is scanned (see `Column`). Texts are
    /// normalized here. A value the stored form cannot hold exactly (an integer past 2^53)
    /// keeps the column boxed.
    public init(storing values: [Value], as type: FieldType) {
        switch type {
        case .text:
            var dictionary = TextDictionary()
            let codes = values.map { value -> Int32 in
                guard case .text(let s) = value else { return TextDictionary.missing }
                return dictionary.intern(CanonicalText.normalize(s))
            }
            self = .text(codes: codes, dictionary: dictionary)
        case .integer, .number:
            var numbers: [Double] = []
            numbers.reserveCapacity(values.count)
            for value in values {
                switch value {
                case .missing: numbers.append(NumberColumn.missing)
                case .number(let d) where d.isFinite: numbers.append(d)
                case .integer(let i) where NumberColumn.holdsExactly(i): numbers.append(Double(i))
                default: self = .values(values); return
                }
            }
            self = .numbers(NumberColumn(type: type, numbers: numbers))
        case .date, .term, .period, .boolean:
            var dictionary = ValueDictionary()
            self = .coded(codes: values.map { dictionary.intern($0) }, dictionary: dictionary)
        }
    }

    /// A column of `count` missing values stored like this one, so the two can be joined.
    /// Missing values need no texts or values: the dictionary is a new, empty one, so joining
    /// these rows to a column never re-codes (or, for a column of ids, copies) its dictionary.
    func missingRows(_ count: Int) -> Column {
        switch self {
        case .text: return .text(codes: Array(repeating: TextDictionary.missing, count: count), dictionary: TextDictionary())
        case .numbers(let n): return .numbers(NumberColumn(type: n.type, numbers: Array(repeating: NumberColumn.missing, count: count)))
        case .coded: return .coded(codes: Array(repeating: ValueDictionary.missing, count: count), dictionary: ValueDictionary())
        case .values: return .values(Array(repeating: .missing, count: count))
        case .absent: return .absent(count)
        }
    }

    /// Adds the rows of another column of the same field after these, as when a dataset's
    /// next file has loaded. Texts and values are re-coded once per distinct one, not per row.
    public mutating func append(contentsOf other: Column) {
        // A side without the field counts as missing values stored like the other side.
        if case .absent(let m) = other {
            guard m > 0 else { return }
            if case .absent(let n) = self { self = .absent(n + m) } else { append(contentsOf: missingRows(m)) }
            return
        }
        if case .absent(let n) = self { self = other.missingRows(n) }
        // Each case takes this column's arrays out and sets `self` aside before extending
        // them: they are then referenced once and grow in place, not copied per file.
        switch other {
        case .text(let more, let theirs):
            guard case .text(var codes, var dictionary) = self else { break }
            self = .absent(0)
            // A large column of mostly different texts (ids) takes the new ones without a
            // lookup, as `ColumnBuilder` does: indexing a million ids costs more than the load.
            let mostlyDistinct = dictionary.count > ColumnBuilder.distinctCheck && dictionary.count * 2 > codes.count
            let recode = mostlyDistinct ? theirs.displays.map { dictionary.appendNew($0) }
                                        : theirs.displays.map { dictionary.intern($0) }
            Column.append(more, recodedBy: recode, to: &codes)
            self = .text(codes: codes, dictionary: dictionary)
            return
        case .numbers(let theirs):
            guard case .numbers(var mine) = self, mine.type == theirs.type else { break }
            self = .absent(0)
            mine.numbers.append(contentsOf: theirs.numbers)
            self = .numbers(mine)
            return
        case .coded(let more, let theirs):
            guard case .coded(var codes, var dictionary) = self else { break }
            self = .absent(0)
            Column.append(more, recodedBy: theirs.values.map { dictionary.intern($0) }, to: &codes)
            self = .coded(codes: codes, dictionary: dictionary)
            return
        case .values(let more):
            guard case .values(var values) = self else { break }
            self = .absent(0)
            values.append(contentsOf: more)
            self = .values(values)
            return
        case .absent:
            return
        }
        // Two columns stored differently (a careful load kept one boxed): box both.
        self = .values(allValues + other.allValues)
    }

    /// Appends the codes of another dictionary, each turned into this one's by `recode`
    /// (its code here, by its code there); a missing value (-1, in both kinds) stays missing.
    /// (`append(contentsOf:)` grows the array geometrically; an exact `reserveCapacity`
    /// per file would copy it whole each time.)
    static func append(_ more: [Int32], recodedBy recode: [Int32], to codes: inout [Int32]) {
        codes.append(contentsOf: more.lazy.map { $0 < 0 ? $0 : recode[Int($0)] })
    }

    /// The values of these rows, in this order, as a new column: `rows[i]` becomes row `i`.
    /// A coded column keeps its dictionary, so its keys are not computed again; row -1 is
    /// a missing value.
    public func gather(_ rows: [Int]) -> Column {
        switch self {
        case .text(let codes, let dictionary):
            return .text(codes: rows.map { $0 < 0 ? TextDictionary.missing : codes[$0] }, dictionary: dictionary)
        case .numbers(let n):
            return .numbers(NumberColumn(type: n.type, numbers: rows.map { $0 < 0 ? NumberColumn.missing : n.numbers[$0] }))
        case .coded(let codes, let dictionary):
            return .coded(codes: rows.map { $0 < 0 ? ValueDictionary.missing : codes[$0] }, dictionary: dictionary)
        case .values(let values):
            return .values(rows.map { $0 < 0 ? .missing : values[$0] })
        case .absent:
            return .absent(rows.count)
        }
    }
}
