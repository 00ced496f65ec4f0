/// A reporting period: a year `2021`, a half `2021-H1`, a quarter `2021-Q1` or a month `2021-06`.
///
/// Periods compare by time: first by the month they start, then by the month they end,
/// so `2021-01` < `2021-Q1` < `2021-H1` < `2021` < `2021-Q2` (of two periods that start
/// together, the one that ends first comes first).
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case year, half, quarter, month
    }

    public let kind: Kind
    // Stored small, as `Day` is, to keep `Value` narrow.
    private let y: Int16
    private let i: UInt8
    public var year: Int { Int(y) }
    /// 1 for a year; 1–2 for a half; 1–4 for a quarter; 1–12 for a month.
    public var index: Int { Int(i) }

    public init?(kind: Kind, year: Int, index: Int = 1) {
        let most: Int
        switch kind {
        case .year: most = 1
        case .half: most = 2
        case .quarter: most = 4
        case .month: most = 12
        }
        guard (1...9999).contains(year), (1...most).contains(index) else { return nil }
        self.kind = kind
        self.y = Int16(year)
        self.i = UInt8(index)
    }

    public static func year(_ y: Int) -> Period? { Period(kind: .year, year: y) }
    public static func quarter(_ y: Int, _ q: Int) -> Period? { Period(kind: .quarter, year: y, index: q) }

    /// Reads `2021`, `2021-H1`, `2021-Q1`, `2021-06` (the `H` and `Q` in either case).
    public init?(parsing text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearText = parts.first, yearText.count == 4, let y = Int(yearText) else { return nil }
        if parts.count == 1 { self.init(kind: .year, year: y); return }
        guard parts.count == 2 else { return nil }
        let rest = parts[1]
        guard let first = rest.first else { return nil }
        switch first {
        case "Q", "q":
            guard rest.count == 2, let q = Int(rest.dropFirst()) else { return nil }
            self.init(kind: .quarter, year: y, index: q)
        case "H", "h":
            guard rest.count == 2, let h = Int(rest.dropFirst()) else { return nil }
            self.init(kind: .half, year: y, index: h)
        default:
            guard rest.count == 2, let m = Int(rest) else { return nil }
            self.init(kind: .month, year: y, index: m)
        }
    }

    public init?(parsing text: String) { self.init(parsing: Substring(text)) }

    /// Months counted from year 0, so periods of any kind line up on one axis.
    public var firstMonth: Int { year * 12 + monthsPerStep * (index - 1) }
    public var lastMonth: Int { firstMonth + monthsPerStep - 1 }

    private var monthsPerStep: Int {
        switch kind {
        case .year: return 12
        case .half: return 6
        case .quarter: return 3
        case .month: return 1
        }
    }

    /// Whether a day falls within this period.
    public func contains(_ day: Day) -> Bool {
        let m = day.year * 12 + day.month - 1
        return (firstMonth...lastMonth).contains(m)
    }

    public static func < (a: Period, b: Period) -> Bool {
        (a.firstMonth, a.lastMonth) < (b.firstMonth, b.lastMonth)
    }

    public var description: String {
        switch kind {
        case .year: return "\(year)"
        case .half: return "\(year)-H\(index)"
        case .quarter: return "\(year)-Q\(index)"
        case .month: return index < 10 ? "\(year)-0\(index)" : "\(year)-\(index)"
        }
    }
}
