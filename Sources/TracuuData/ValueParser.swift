import TracuuText
import TracuuValues

/// Reads the text of one cell as a value of a field's type.
///
/// CSV cells and JSON strings both come through here, so `"2021-Q1"` means the same in
/// either format. White space around a typed cell is ignored; an empty cell is missing.
///
///     text     as written (the dataset builder normalizes it)
///     integer  2025, -3
///     number   38.1, 38,1, 1.234,5, 38,1%   (the `%` is dropped: `change` is in percent)
///     date     2021-03-31, 30/7/2020, 2021-04-10T08:00:00+07:00, 2021-04-10 08:00 (`DateTimeText`)
///     term     2020-2025, 2020 – 2025
///     period   2021, 2021-H1, 2021-Q1, 2021-06
///     boolean  true/false, yes/no, 1/0, có/không, in any case
public enum ValueParser {
    /// How a cell reads.
    public enum Reading: Equatable, Sendable {
        /// A value (`.missing` for an empty cell); `showsDecimalComma` when it is a number
        /// only the Vietnamese convention reads (`38,1`), which settles ambiguous cells.
        case value(Value, showsDecimalComma: Bool)
        /// A number like `10,000` or `10.000` that its file must settle (`DecimalText`).
        case ambiguous(ifDecimalComma: Double, ifDecimalDot: Double)
        /// Not a value of the type.
        case invalid
    }

    /// The value the text stands for, `.missing` for an empty cell, or nil when the text
    /// is not a value of that type or is an ambiguous number.
    public static func parse<S: StringProtocol>(_ text: S, as type: FieldType) -> Value? {
        if case .value(let value, _) = read(text, as: type) { return value }
        return nil
    }

    /// How the text of a cell reads as a value of a type.
    public static func read<S: StringProtocol>(_ text: S, as type: FieldType) -> Reading {
        if type == .number {
            let cell = trimmed(text)
            if cell.isEmpty { return .value(.missing, showsDecimalComma: false) }
            let digits = cell.last == "%" ? trimmed(cell.dropLast()) : cell
            switch DecimalText.read(digits) {
            case .plain(let d): return .value(.number(d), showsDecimalComma: false)
            case .decimalComma(let d): return .value(.number(d), showsDecimalComma: true)
            case .ambiguous(let comma, let dot): return .ambiguous(ifDecimalComma: comma, ifDecimalDot: dot)
            case nil: return .invalid
            }
        }
        return other(text, as: type).map { .value($0, showsDecimalComma: false) } ?? .invalid
    }

    /// A value of any type but `number`.
    private static func other<S: StringProtocol>(_ text: S, as type: FieldType) -> Value? {
        if type == .text {
            return text.isEmpty ? .missing : .text(String(text))
        }
        let cell = trimmed(text)
        if cell.isEmpty { return .missing }
        switch type {
        case .text:
            return .text(String(cell))
        case .integer:
            return Int(cell).map(Value.integer)
        case .number:
            return nil // read by `read`
        case .date:
            return DateTimeText.split(cell).flatMap { Day(parsing: $0.date) }.map(Value.date)
        case .term:
            return Term(parsing: cell).map(Value.term)
        case .period:
            return Period(parsing: cell).map(Value.period)
        case .boolean:
            return boolean(cell).map(Value.boolean)
        }
    }

    /// "a number", "an integer": how messages name a type.
    public static func article(of type: FieldType) -> String {
        switch type {
        case .text: return "a text"
        case .integer: return "an integer"
        case .number: return "a number"
        case .date: return "a date"
        case .term: return "a term"
        case .period: return "a period"
        case .boolean: return "true or false"
        }
    }

    /// Examples of the written forms a type accepts, for hints.
    public static func example(of type: FieldType) -> String {
        switch type {
        case .text: return "any text"
        case .integer: return "a whole number like 2025"
        case .number: return "a number like 38.1 or 38,1"
        case .date: return "a date like 2021-03-31 or 30/7/2020"
        case .term: return "a term like 2020-2025"
        case .period: return "a period like 2021, 2021-H1, 2021-Q1 or 2021-06"
        case .boolean: return "true, false, yes, no, 1, 0, có or không"
        }
    }

    // Swift compares strings by canonical equivalence, so an NFD "có" finds the NFC entry.
    private static let booleans: [String: Bool] = [
        "true": true, "yes": true, "1": true, "có": true,
        "false": false, "no": false, "0": false, "không": false,
    ]

    private static func boolean(_ cell: Substring) -> Bool? {
        booleans[cell.lowercased()]
    }

    static func trimmed<S: StringProtocol>(_ text: S) -> Substring {
        var s = Substring(text)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
