import TracuuValues

/// What a period phrase names: a `Period`, or a stretch that no `Period` can hold.
///
/// `quý I năm 2021` → `.period(2021-Q1)`; `9 tháng đầu năm 2021` → `.firstMonths(9, year: 2021)`;
/// `từ đầu năm đến nay` → `.yearToDate(year: nil)`.
public enum PeriodPhrase: Equatable, Sendable {
    case period(Period)
    /// The first `count` months of a year (`2 tháng đầu năm`, `9 tháng năm 2021`), or a bare
    /// `9 tháng`, which may also be a plain duration (`sau 6 tháng triển khai`).
    case firstMonths(Int, year: Int?)
    /// From the start of the year to the time of writing.
    case yearToDate(year: Int?)

    /// The period, when it has a year: `9 tháng đầu năm 2021` → `2021-YTD09`,
    /// `từ đầu năm 2024 đến nay` → `2024-YTD`.
    public var period: Period? {
        switch self {
        case .period(let p): return p
        case .firstMonths(let count, let year?): return .firstMonths(year, count)
        case .yearToDate(let year?): return .yearToDate(year)
        case .firstMonths, .yearToDate: return nil
        }
    }
}
