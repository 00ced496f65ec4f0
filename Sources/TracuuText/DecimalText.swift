/// Numbers as they are written in data files and Vietnamese text.
///
/// Two conventions meet in tracuu's data: Vietnamese `1.234.567,8` (dots group thousands,
/// the comma is the decimal mark) and the plain `38.1` of generated files. `parse` accepts
/// every spelling that can mean only one number, and refuses the rest rather than guess:
/// a misread separator changes a value a thousandfold (VIETNAMESE.md §3).
public enum DecimalText {
    /// How a number cell reads, and what it says about its file's convention.
    public enum Reading: Equatable, Sendable {
        /// The same number whichever mark the file uses for decimals: `956`, `38.1`, `0.125`, `1e6`.
        case plain(Double)
        /// A number only the Vietnamese convention reads (`38,1`, `1.234,5`, `1.234.567`):
        /// it shows that its file writes the comma as the decimal mark.
        case decimalComma(Double)
        /// A dot or a comma before exactly three digits (`10.000`, `10,000`, `2,500`): a
        /// decimal mark in one convention and a thousands separator in the other. Only
        /// the rest of the file can settle which.
        case ambiguous(ifDecimalComma: Double, ifDecimalDot: Double)
    }

    /// The value of a number cell, or nil when the text is not a number or is ambiguous.
    ///
    /// | Written       | Value     | Why                                                    |
    /// |---------------|-----------|--------------------------------------------------------|
    /// | `956`, `-2.5` | 956, −2.5 | plain                                                  |
    /// | `38,1`        | 38.1      | a comma before other than three digits is a decimal mark |
    /// | `1.234.567`   | 1234567   | several dots: grouping, exactly 3 digits a group       |
    /// | `1.234,5`     | 1234.5    | grouping dots, then the decimal comma                  |
    /// | `0.125`       | 0.125     | `0` cannot start a group, so the dot is a decimal mark |
    /// | `1e6`         | 1000000   | exponent (a plain mantissa only)                       |
    /// | `1.234`       | nil       | grouped 1234 or decimal 1.234? (`read`: ambiguous)     |
    /// | `10,000`      | nil       | decimal 10 or grouped 10000? (`read`: ambiguous)       |
    /// | `1,234.5`     | nil       | English grouping: the comma would be misread           |
    ///
    /// White space around the number is allowed; a sign is `-`, `+` or `−` (U+2212).
    public static func parse<S: StringProtocol>(_ s: S) -> Double? {
        switch read(s) {
        case .plain(let d), .decimalComma(let d): return d
        case .ambiguous, nil: return nil
        }
    }

    /// How a number cell reads (see `Reading`), or nil when it is not a number.
    public static func read<S: StringProtocol>(_ s: S) -> Reading? {
        guard let (negative, body) = splitSign(trimmed(Substring(s))) else { return nil }
        let sign: Double = negative ? -1 : 1
        if isUnambiguousPlainDecimal(body) {
            // Most cells of generated files (`201.23`, `12345`): no rewriting needed.
            guard let value = Double(body), value.isFinite else { return nil }
            return .plain(sign * value)
        }
        guard let reading = plainNumber(body) else { return nil }
        func value(_ plain: String) -> Double? {
            guard let v = Double(plain), v.isFinite else { return nil }
            return sign * v
        }
        switch reading {
        case .plain(let p): return value(p).map(Reading.plain)
        case .decimalComma(let p): return value(p).map(Reading.decimalComma)
        case .ambiguous(let comma, let dot):
            guard let c = value(comma), let d = value(dot) else { return nil }
            return .ambiguous(ifDecimalComma: c, ifDecimalDot: d)
        }
    }

    /// Whether the text is digits with at most one decimal dot that cannot be a grouping dot,
    /// so Swift's own `Double` reads it as it is meant.
    private static func isUnambiguousPlainDecimal(_ text: Substring) -> Bool {
        var wholeDigits = 0
        var fractionDigits = 0
        var seenDot = false
        var leadingZero = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenDot {
                    fractionDigits += 1
                } else {
                    if wholeDigits == 0 { leadingZero = byte == UInt8(ascii: "0") }
                    wholeDigits += 1
                }
            case UInt8(ascii: "."):
                if seenDot { return false }
                seenDot = true
            default:
                return false
            }
        }
        guard wholeDigits > 0 else { return false }
        guard seenDot else { return true }
        let couldBeGrouping = fractionDigits == 3 && wholeDigits <= 3 && !leadingZero
        return fractionDigits > 0 && !couldBeGrouping
    }

    /// A reading whose numbers are still in Swift's own syntax (`1234.5`, `1e6`).
    private enum Spelled {
        case plain(String)
        case decimalComma(String)
        case ambiguous(ifDecimalComma: String, ifDecimalDot: String)
    }

    /// The number in Swift's own syntax (`1234.5`, `1e6`), or nil.
    private static func plainNumber(_ body: Substring) -> Spelled? {
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            // An ambiguous mantissa (`1,234e3`) is refused: nothing in an exponent settles it.
            guard let mantissa = decimal(body[..<e]), let exponent = exponent(body[body.index(after: e)...])
            else { return nil }
            switch mantissa {
            case .plain(let m): return .plain(m + "e" + exponent)
            case .decimalComma(let m): return .decimalComma(m + "e" + exponent)
            case .ambiguous: return nil
            }
        }
        let dots = body.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ".") ? 1 : 0) }
        let commas = body.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
        switch (dots, commas) {
        case (0, _), (1, 0):
            return decimal(body)
        case (_, 0):
            return grouped(body).map(Spelled.decimalComma)
        case (_, 1):
            // Grouping dots, then the decimal comma: `1.234,5`; a comma first is English style.
            guard let comma = body.firstIndex(of: ","),
                  let whole = grouped(body[..<comma]),
                  let fraction = digits(body[body.index(after: comma)...]) else { return nil }
            return .decimalComma(whole + "." + fraction)
        default:
            return nil
        }
    }

    /// Digits with at most one decimal mark, `.` or `,`: `38`, `38,1`, `38.1`.
    /// A mark before exactly three digits could also be grouping (`1.234`, `10,000`), so
    /// it is ambiguous unless the part before it cannot be a group (`0.125`, `1234,567`).
    private static func decimal(_ text: Substring) -> Spelled? {
        guard let mark = text.firstIndex(where: { $0 == "." || $0 == "," }) else {
            return digits(text).map(Spelled.plain)
        }
        guard let whole = digits(text[..<mark]),
              let fraction = digits(text[text.index(after: mark)...]) else { return nil }
        let asDecimal = whole + "." + fraction
        if fraction.count == 3, whole.count <= 3, whole.first != "0" {
            let asGrouped = whole + fraction
            return text[mark] == "."
                ? .ambiguous(ifDecimalComma: asGrouped, ifDecimalDot: asDecimal)
                : .ambiguous(ifDecimalComma: asDecimal, ifDecimalDot: asGrouped)
        }
        return text[mark] == "," ? .decimalComma(asDecimal) : .plain(asDecimal)
    }

    /// Digits in groups of three after a first group of one to three: `1.234.567` → `1234567`.
    private static func grouped(_ text: Substring) -> String? {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count), first.first != "0",
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return digits(Substring(groups.joined()))
    }

    /// An exponent: optional sign, then digits.
    private static func exponent(_ text: Substring) -> String? {
        if let sign = text.first, sign == "-" || sign == "+" {
            return digits(text.dropFirst()).map { String(sign) + $0 }
        }
        return digits(text)
    }

    /// One or more ASCII digits, as they are; nil for anything else.
    private static func digits(_ text: Substring) -> String? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return String(text)
    }

    private static func splitSign(_ text: Substring) -> (negative: Bool, body: Substring)? {
        guard let first = text.first else { return nil }
        switch first {
        case "-", "\u{2212}": return (true, text.dropFirst())
        case "+": return (false, text.dropFirst())
        default: return (false, text)
        }
    }

    private static func trimmed(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !TextRepairs.isWhiteSpace($0) }),
              let end = scalars.lastIndex(where: { !TextRepairs.isWhiteSpace($0) }) else {
            return text[text.endIndex...]
        }
        return text[start...end]
    }
}
