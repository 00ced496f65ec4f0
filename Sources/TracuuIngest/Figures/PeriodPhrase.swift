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

    /// The period, when there is one.
    public var period: Period? {
        if case .period(let p) = self { return p }
        return nil
    }
}
