/// One typed value in a row: what a field holds, what a literal means, what a result cell shows.
///
/// `missing` is the empty cell of a CSV file or `null` in JSON. It is its own case rather
/// than an optional so that a row is a plain `[Value]` and rendering needs no unwrapping.
public enum Value: Sendable, Hashable {
    case missing
    case text(String)
    case integer(Int)
    case number(Double)
    case date(Day)
    case term(Term)
    case period(Period)
    case boolean(Bool)

    /// The type of this value, or nil for `missing`, which fits every type.
    public var type: FieldType? {
        switch self {
        case .missing: return nil
        case .text: return .text
        case .integer: return .integer
        case .number: return .number
        case .date: return .date
        case .term: return .term
        case .period: return .period
        case .boolean: return .boolean
        }
    }

    public var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }

    /// The value as a number, for integers and numbers alike.
    public var numeric: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }
}

extension Value: CustomStringConvertible {
    /// The plain written form: what a CSV cell or a table cell holds. `missing` is empty.
    public var description: String {
        switch self {
        case .missing: return ""
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return Value.format(d)
        case .date(let d): return d.description
        case .term(let t): return t.description
        case .period(let p): return p.description
        case .boolean(let b): return b ? "true" : "false"
        }
    }

    /// Numbers print as short as they can and still read back the same:
    /// `956`, `38.1`, `0.25`; never `956.0` or `3.81e1`.
    public static func format(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }
}
