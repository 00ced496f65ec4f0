import TracuuValues

/// The rows of an integer or number field, unboxed: one `Double` each, so a filter, a
/// sort or a sum reads plain numbers and never a `Value`.
///
/// A missing row holds NaN. Data never does: both parsers read only finite numbers.
/// Integers are exact in a double up to 2^53; a field with a larger one stays boxed
/// (`Column.values`).
public struct NumberColumn: Sendable {
    /// `.integer` or `.number`: how a row reads back as a value.
    public let type: FieldType
    public var numbers: [Double]

    public static let missing = Double.nan

    public init(type: FieldType, numbers: [Double]) {
        self.type = type
        self.numbers = numbers
    }

    public func value(at row: Int) -> Value {
        let d = numbers[row]
        if d.isNaN { return .missing }
        return type == .integer ? .integer(Int(d)) : .number(d)
    }

    /// Whether a double holds this integer exactly, and so can give it back.
    public static func holdsExactly(_ i: Int) -> Bool {
        i.magnitude <= 1 << 53
    }
}
