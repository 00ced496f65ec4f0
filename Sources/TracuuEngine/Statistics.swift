import TracuuValues

/// The order statistics and the spread of a group's numbers, for `median`, `percentile`
/// and `stddev`. Missing values are left out before; no numbers give no answer (missing),
/// as for `avg`.
enum Statistics {
    /// The middle number, or the mean of the two middle ones when there is an even count
    /// (what DuckDB's and PostgreSQL's continuous median give).
    static func median(_ numbers: [Double]) -> Double? {
        guard !numbers.isEmpty else { return nil }
        let sorted = numbers.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The `p`th percentile by nearest rank: the smallest number that at least `p`% of the
    /// numbers are at or below (`p` from 0 to 100; 0 gives the smallest). Always one of the
    /// numbers, never a value between two.
    static func percentile(_ numbers: [Double], _ p: Double) -> Double? {
        guard !numbers.isEmpty, (0...100).contains(p) else { return nil }
        let sorted = numbers.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// The sample standard deviation (divided by n − 1, as SQL's `stddev`); missing for
    /// fewer than two numbers. Welford's running mean keeps large figures exact enough.
    static func standardDeviation(_ numbers: [Double]) -> Double? {
        guard numbers.count > 1 else { return nil }
        var mean = 0.0, squares = 0.0
        for (i, x) in numbers.enumerated() {
            let delta = x - mean
            mean += delta / Double(i + 1)
            squares += delta * (x - mean)
        }
        return (squares / Double(numbers.count - 1)).squareRoot()
    }

    /// One of the three over these numbers; `parameter` is the percentile's `p`.
    static func of(_ function: AggregateFunction, _ numbers: [Double], parameter: Double?) -> Value {
        let result: Double?
        switch function {
        case .median: result = median(numbers)
        case .percentile: result = parameter.flatMap { percentile(numbers, $0) }
        case .stddev: result = standardDeviation(numbers)
        default: result = nil
        }
        return result.map(Value.number) ?? .missing
    }
}
