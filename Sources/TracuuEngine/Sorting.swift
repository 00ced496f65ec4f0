import TracuuData
import TracuuValues

/// Orders rows by sort keys. Text sorts in Vietnamese alphabetical order through the
/// ranks its dictionary computed at load; missing values go last, ascending or
/// descending (as DuckDB does); rows that tie keep their order.
enum Sorting {
    static func sorted(_ rows: [Int], columns: [Column], by keys: [CheckedSortKey], cancellation: Cancellation) throws(Interrupted) -> [Int] {
        let comparators = keys.map { comparator(columns[$0.field], descending: $0.descending) }
        var comparisons = 0
        do {
            return try rows.enumerated().sorted { a, b in
                comparisons += 1
                if comparisons % (Cancellation.chunk * 16) == 0 { try cancellation.check() }
                return precedes(a, b, comparators)
            }.map(\.element)
        } catch {
            // `sorted(by:)` throws untyped errors; the comparator throws only `Interrupted`.
            throw Interrupted()
        }
    }

    private static func precedes(_ a: (offset: Int, element: Int), _ b: (offset: Int, element: Int), _ comparators: [(Int, Int) -> Int]) -> Bool {
        for compare in comparators {
            let order = compare(a.element, b.element)
            if order != 0 { return order < 0 }
        }
        return a.offset < b.offset
    }

    /// -1, 0 or 1 for two rows of one column, with missing last.
    static func comparator(_ column: Column, descending: Bool) -> (Int, Int) -> Int {
        let direction = descending ? -1 : 1
        switch column {
        case .text(let codes, let dictionary):
            let ranks = dictionary.sortRanks
            return { a, b in
                let (x, y) = (codes[a], codes[b])
                if x < 0 || y < 0 { return x < 0 ? (y < 0 ? 0 : 1) : -1 }
                let (rx, ry) = (ranks[Int(x)], ranks[Int(y)])
                return rx == ry ? 0 : (rx < ry ? -direction : direction)
            }
        case .values(let values):
            return { a, b in
                let (x, y) = (values[a], values[b])
                if x.isMissing || y.isMissing { return x.isMissing ? (y.isMissing ? 0 : 1) : -1 }
                return (ValueComparison.order(x, y) ?? 0) * direction
            }
        }
    }
}
