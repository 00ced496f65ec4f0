import Foundation
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

    /// Numbers print as people write them: rounded to 15 significant digits (what a
    /// double holds for sure), then as short as that reads back: `956`, `38.1`, `0.25`,
    /// and `956 * 1.1` is `1051.6`, not `1051.6000000000001`; never `956.0` or `3.81e1`.
    /// Positional from 10⁻⁹ up to 10²¹, with an exponent (`1.5e-12`, `2e+25`) outside.
    public static func format(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        var rounded = d
        var shortest = "\(d)"
        // Most figures (`38.1`) are short already; only a long one is rounded (`%.15g` is slow).
        if significantDigits(shortest) > 15 {
            rounded = Double(String(format: "%.15g", d)) ?? d
            if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
            shortest = "\(rounded)"
        }
        guard abs(rounded) >= 1e-9, abs(rounded) < 1e21, let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }),
              let exponent = Int(shortest[shortest.index(after: e)...]) else { return shortest }
        return positional(mantissa: String(shortest[..<e]), exponent: exponent)
    }

    /// How many significant digits a number written by Swift has: `1051.6000000000001` 17.
    static func significantDigits(_ written: String) -> Int {
        var count = 0, leading = true
        for byte in written.utf8 {
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { continue }
            if leading, byte == UInt8(ascii: "0") { continue }
            leading = false
            count += 1
        }
        return count
    }

    /// `9.56` and -6 as `0.00000956`; `1.5` and 16 as `15000000000000000`.
    static func positional(mantissa: String, exponent: Int) -> String {
        let negative = mantissa.hasPrefix("-")
        let unsigned = negative ? String(mantissa.dropFirst()) : mantissa
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        var digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        // Where the point goes, counted in digits from the left.
        var point = parts[0].count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        var whole = String(digits.prefix(point))
        var fraction = String(digits.dropFirst(point))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if whole.isEmpty { whole = "0" }
        return (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }
}
