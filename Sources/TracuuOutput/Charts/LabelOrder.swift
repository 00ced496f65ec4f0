import TracuuValues

/// The order a series runs in: values of one type by their own order, and values of
/// different types grouped by type, so that any column of labels can be sorted.
enum LabelOrder {
    /// Whether `a` comes before `b`.
    static func precedes(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.period(let x), .period(let y)): return x < y
        case (.date(let x), .date(let y)): return x < y
        case (.term(let x), .term(let y)): return x < y
        case (.text(let x), .text(let y)): return x < y
        case (.boolean(let x), .boolean(let y)): return !x && y
        default:
            if let x = a.numeric, let y = b.numeric { return x < y }
            return rank(a) < rank(b)
        }
    }

    /// Which group a type sorts in when two labels are of different types; missing ones go last.
    private static func rank(_ value: Value) -> Int {
        switch value {
        case .period: return 0
        case .date: return 1
        case .term: return 2
        case .integer, .number: return 3
        case .text: return 4
        case .boolean: return 5
        case .missing: return 6
        }
    }
}
