import TracuuValues

/// The distinct values of a date, term, period or boolean column. Such a column has few
/// of them (a million metrics fall in a few dozen periods), so its rows are codes into
/// this list, and a condition on the field is decided once per distinct value.
public struct ValueDictionary: Sendable {
    public static let missing: Int32 = -1

    /// The distinct values; a code is an index here.
    public private(set) var values: [Value] = []
    private var codeOf: [Value: Int32] = [:]

    public init() {}

    public var count: Int { values.count }

    /// The code of a value, adding it when it is new; `missing` for a missing value.
    public mutating func intern(_ value: Value) -> Int32 {
        if value.isMissing { return ValueDictionary.missing }
        if let code = codeOf[value] { return code }
        let code = Int32(values.count)
        values.append(value)
        codeOf[value] = code
        return code
    }
}
