import TracuuData
import TracuuValues

/// `| growth value by district, indicator`: for each row, the value of its group in the
/// period before and a year before, so that a reported change can be checked against the
/// figures (`| where abs(yoy - change) > 1`).
///
/// A row is compared only with rows of its group (the keys, and the same `unit` when the
/// rows have one) in *like* periods: of the same kind and length (a quarter with quarters,
/// `2021-YTD07` with the first seven months of other years, a year with years).
/// - `previous`: the value of the latest like period that ends before this one starts;
/// - `growth`: the change from it in % (`(value − previous) / |previous| × 100`);
/// - `yoy`: the change in % from the like period one year earlier (2021-Q1 from 2020-Q1).
/// Of several rows of a group in one period, the first one's value counts. A missing
/// value, or one to compare with that is missing or 0, gives a missing result.
enum PeriodComparison {
    static let fields = ["previous", "growth", "yoy"]

    /// The three values for each row of `rows`, in that order.
    static func compare(groups: [[Int]], period: (Int) -> Period?, value: (Int) -> Double?)
        -> (previous: [Int: Double], growth: [Int: Double], yoy: [Int: Double]) {
        var previous: [Int: Double] = [:], growth: [Int: Double] = [:], yoy: [Int: Double] = [:]
        for group in groups {
            // The first value of each period of the group.
            var valueOf: [Period: Double] = [:]
            var periods: [Period] = []
            for row in group {
                guard let p = period(row), valueOf[p] == nil, let v = value(row) else { continue }
                valueOf[p] = v
                periods.append(p)
            }
            periods.sort { ($0.lastMonth, $0.firstMonth) < ($1.lastMonth, $1.firstMonth) }
            for row in group {
                guard let p = period(row), let v = value(row) else { continue }
                let length = p.lastMonth - p.firstMonth
                if let before = periods.last(where: { $0.kind == p.kind && $0.lastMonth - $0.firstMonth == length && $0.lastMonth < p.firstMonth }),
                   let b = valueOf[before] {
                    previous[row] = b
                    if b != 0 { growth[row] = (v - b) / Swift.abs(b) * 100 }
                }
                if let lastYear = Period(kind: p.kind, year: p.year - 1, index: p.index), let b = valueOf[lastYear], b != 0 {
                    yoy[row] = (v - b) / Swift.abs(b) * 100
                }
            }
        }
        return (previous, growth, yoy)
    }
}
