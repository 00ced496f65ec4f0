/// A reporting period: a year `2021`, a half `2021-H1`, a quarter `2021-Q1`, a month `2021-06`,
/// the first months of a year `2021-YTD07` (January to July), the year so far `2024-YTD`
/// (`từ đầu năm đến nay`: its end is the time of writing) or a span of years `2015-2020`.
///
/// Periods compare by time: first by the month they start, then by the month they end,
/// so `2021-01` < `2021-Q1` < `2021-H1` < `2021` < `2021-Q2` (of two periods that start
/// together, the one that ends first comes first). `2021-YTD` is taken to run to December.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case year, half, quarter, month
        /// The first `index` months of the year.
        case firstMonths
        /// From January to the time of writing.
        case yearToDate
        /// From `year` to `year + index`, whole years.
        case span
    }

    public let kind: Kind
    // Stored small, as `Day` is, to keep `Value` narrow.
    private let y: Int16
    private let i: UInt8
    public var year: Int { Int(y) }
    /// 1 for a year and the year so far; 1–2 for a half; 1–4 for a quarter; 1–12 for a month or
    /// the first months; the years after the first for a span (1–99).
    public var index: Int { Int(i) }
    /// The last year the period touches.
    public var endYear: Int { kind == .span ? year + index : year }

    public init?(kind: Kind, year: Int, index: Int = 1) {
        let most: Int
        switch kind {
        case .year, .yearToDate: most = 1
        case .half: most = 2
        case .quarter: most = 4
        case .month, .firstMonths: most = 12
        case .span: most = 99
        }
        guard (1...9999).contains(year), (1...most).contains(index), year + (kind == .span ? index : 0) <= 9999 else {
            return nil
        }
        self.kind = kind
        self.y = Int16(year)
        self.i = UInt8(index)
    }

    public static func year(_ y: Int) -> Period? { Period(kind: .year, year: y) }
    public static func quarter(_ y: Int, _ q: Int) -> Period? { Period(kind: .quarter, year: y, index: q) }
    /// `2021-YTD07`.
    public static func firstMonths(_ y: Int, _ count: Int) -> Period? { Period(kind: .firstMonths, year: y, index: count) }
    /// `2024-YTD`.
    public static func yearToDate(_ y: Int) -> Period? { Period(kind: .yearToDate, year: y) }
    /// `2015-2020`; nil unless `last` comes after `first`.
    public static func span(_ first: Int, _ last: Int) -> Period? { Period(kind: .span, year: first, index: last - first) }

    /// Reads `2021`, `2021-H1`, `2021-Q1`, `2021-06`, `2021-YTD07`, `2021-YTD`, `2015-2020`
    /// (the letters in either case).
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
        case "Y", "y":
            guard rest.uppercased().hasPrefix("YTD") else { return nil }
            let months = rest.dropFirst(3)
            if months.isEmpty { self.init(kind: .yearToDate, year: y); return }
            guard months.count == 2, let n = Int(months) else { return nil }
            self.init(kind: .firstMonths, year: y, index: n)
        default:
            if rest.count == 4, let last = Int(rest) {
                self.init(kind: .span, year: y, index: last - y)
                return
            }
            guard rest.count == 2, let m = Int(rest) else { return nil }
            self.init(kind: .month, year: y, index: m)
        }
    }

    public init?(parsing text: String) { self.init(parsing: Substring(text)) }

    /// Months counted from year 0, so periods of any kind line up on one axis.
    public var firstMonth: Int {
        switch kind {
        case .year, .firstMonths, .yearToDate, .span: return year * 12
        case .half, .quarter, .month: return year * 12 + monthsPerStep * (index - 1)
        }
    }

    public var lastMonth: Int {
        switch kind {
        case .firstMonths: return firstMonth + index - 1
        case .yearToDate: return firstMonth + 11
        case .span: return endYear * 12 + 11
        case .year, .half, .quarter, .month: return firstMonth + monthsPerStep - 1
        }
    }

    private var monthsPerStep: Int {
        switch kind {
        case .year, .firstMonths, .yearToDate, .span: return 12
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
        // `2021` and `2021-YTD` cover the same months: the one whose end is known comes first.
        (a.firstMonth, a.lastMonth, a.kind == .yearToDate ? 1 : 0) < (b.firstMonth, b.lastMonth, b.kind == .yearToDate ? 1 : 0)
    }

    public var description: String {
        switch kind {
        case .year: return "\(year)"
        case .half: return "\(year)-H\(index)"
        case .quarter: return "\(year)-Q\(index)"
        case .month: return index < 10 ? "\(year)-0\(index)" : "\(year)-\(index)"
        case .firstMonths: return index < 10 ? "\(year)-YTD0\(index)" : "\(year)-YTD\(index)"
        case .yearToDate: return "\(year)-YTD"
        case .span: return "\(year)-\(endYear)"
        }
    }
}
