import TracuuValues

/// One column of a dataset, stored for scanning.
///
/// Text is dictionary-encoded: each row holds a code into a `TextDictionary`, which
/// computes the keys that `=`, `~`, `contains` and sorting need once per distinct value,
/// at load. Other types are stored as values.
public enum Column: Sendable {
    /// `codes[row]` indexes `dictionary`; `TextDictionary.missing` marks an empty cell.
    case text(codes: [Int32], dictionary: TextDictionary)
    case values([Value])
    /// A field the data does not have: every one of its rows is missing, and none is stored.
    case absent(Int)

    public var count: Int {
        switch self {
        case .text(let codes, _): return codes.count
        case .values(let v): return v.count
        case .absent(let n): return n
        }
    }

    public func value(at row: Int) -> Value {
        switch self {
        case .text(let codes, let dictionary):
            let code = codes[row]
            return code == TextDictionary.missing ? .missing : .text(dictionary.displays[Int(code)])
        case .values(let v):
            return v[row]
        case .absent:
            return .missing
        }
    }
}

extension Column {
    /// The values of these rows, in this order, as a new column: `rows[i]` becomes row `i`.
    /// A text column keeps its dictionary, so its keys are not computed again; row -1 is
    /// a missing value.
    public func gather(_ rows: [Int]) -> Column {
        switch self {
        case .text(let codes, let dictionary):
            return .text(codes: rows.map { $0 < 0 ? TextDictionary.missing : codes[$0] }, dictionary: dictionary)
        case .values(let values):
            return .values(rows.map { $0 < 0 ? .missing : values[$0] })
        case .absent:
            return .absent(rows.count)
        }
    }
}
