import TracuuData
import TracuuSyntax
import TracuuText
import TracuuValues

/// Comparing two values the checker has said are comparable. A missing value makes every
/// comparison false — `due != 2025` does not list rows without a due year — while `not`
/// is plain negation, so `not (due = 2025)` does.
enum ValueComparison {
    static func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value, as type: FieldType) -> Bool {
        if a.isMissing || b.isMissing { return false }
        switch op {
        case .matches:
            guard case .text(let x) = a, case .text(let y) = b else { return false }
            return TextMatch.holds(.matches, x, y)
        case .contains:
            guard case .text(let x) = a, case .text(let y) = b else { return false }
            return TextMatch.holds(.contains, x, y)
        case .like:
            guard case .text(let x) = a, case .text(let y) = b else { return false }
            return TextMatch.holds(.like, x, y)
        case .startsWith:
            guard case .text(let x) = a, case .text(let y) = b else { return false }
            return TextMatch.holds(.startsWith, x, y)
        case .within:
            return within(a, b)
        case .equal, .notEqual:
            let same = equal(a, b)
            return op == .equal ? same : !same
        case .less, .lessEqual, .greater, .greaterEqual:
            if case .period(let x) = a, case .period(let y) = b { return periodsCompare(op, x, y) }
            guard let order = order(a, b) else { return false }
            switch op {
            case .less: return order < 0
            case .lessEqual: return order <= 0
            case .greater: return order > 0
            default: return order >= 0
            }
        }
    }

    static func equal(_ a: Value, _ b: Value) -> Bool {
        if let x = a.numeric, let y = b.numeric { return x == y }
        if case .text(let x) = a, case .text(let y) = b {
            return CanonicalText.equalityKey(x) == CanonicalText.equalityKey(y)
        }
        return a == b
    }

    /// -1, 0 or 1; nil when the two have no order.
    static func order(_ a: Value, _ b: Value) -> Int? {
        func sign<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        switch (a, b) {
        case (.text(let x), .text(let y)):
            let (kx, ky) = (VietnameseCollation.sortKey(x), VietnameseCollation.sortKey(y))
            return kx == ky ? 0 : (kx.lexicographicallyPrecedes(ky) ? -1 : 1)
        case (.date(let x), .date(let y)): return sign(x, y)
        case (.term(let x), .term(let y)): return sign(x, y)
        case (.period(let x), .period(let y)): return sign(x, y)
        default:
            if let x = a.numeric, let y = b.numeric { return sign(x, y) }
            return nil
        }
    }

    /// Periods of different lengths compare as spans of time: `<` is "ends before the other
    /// starts", `>` is "starts after the other ends", and `<=`, `>=` are their negations.
    /// So `period > 2021` is 2022 and later, not 2021-Q2, and `period >= 2021` takes the
    /// quarters of 2021 too. For periods of one length this is the usual order.
    static func periodsCompare(_ op: ComparisonOperator, _ a: Period, _ b: Period) -> Bool {
        switch op {
        case .less: return a.lastMonth < b.firstMonth
        case .greater: return a.firstMonth > b.lastMonth
        case .lessEqual: return a.firstMonth <= b.lastMonth
        default: return a.lastMonth >= b.firstMonth
        }
    }

    static func ordered(_ op: ComparisonOperator, _ a: [UInt8], _ b: [UInt8]) -> Bool {
        let order = a == b ? 0 : (a.lexicographicallyPrecedes(b) ? -1 : 1)
        switch op {
        case .less: return order < 0
        case .lessEqual: return order <= 0
        case .greater: return order > 0
        default: return order >= 0
        }
    }

    /// A date, a year or a period within a term or a period.
    static func within(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.date(let d), .term(let t)): return t.contains(d)
        case (.integer(let y), .term(let t)): return t.contains(year: y)
        case (.period(let p), .term(let t)): return t.contains(year: p.year)
        case (.term(let inner), .term(let outer)): return outer.start <= inner.start && inner.end <= outer.end
        case (.date(let d), .period(let p)): return p.contains(d)
        case (.period(let inner), .period(let outer)):
            return outer.firstMonth <= inner.firstMonth && inner.lastMonth <= outer.lastMonth
        default: return false
        }
    }
}
