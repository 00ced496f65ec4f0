import TracuuData
import TracuuText
import TracuuValues

/// Orders rows by sort keys. Text sorts in Vietnamese alphabetical order through the
/// ranks its dictionary computed at load; missing values go last, ascending or
/// descending (as DuckDB does); rows that tie keep their order.
enum Sorting {
    /// Above this many distinct texts a column is compared text by text, not ranked.
    static let rankedTexts = 100_000

    /// The first `limit` rows in sorted order, without sorting the rest: a `sort` followed
    /// by `limit` keeps a short sorted list and lets most rows go after one comparison.
    static func top(_ rows: [Int], limit: Int, columns: [Column], by keys: [CheckedSortKey], cancellation: Cancellation) throws(QueryStop) -> [Int] {
        guard limit > 0 else { return [] }
        let comparators = keys.map { comparator(columns[$0.field], descending: $0.descending) }
        var best: [(offset: Int, element: Int)] = []
        best.reserveCapacity(limit + 1)
        for (offset, row) in rows.enumerated() {
            if offset % (Cancellation.chunk * 16) == 0 { try cancellation.check() }
            let candidate = (offset: offset, element: row)
            if best.count == limit, let last = best.last, !precedes(candidate, last, comparators) { continue }
            // Insert in order (the list is short); ties keep their input order.
            var i = best.count
            while i > 0, precedes(candidate, best[i - 1], comparators) { i -= 1 }
            best.insert(candidate, at: i)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.element)
    }

    static func sorted(_ rows: [Int], columns: [Column], by keys: [CheckedSortKey], cancellation: Cancellation) throws(QueryStop) -> [Int] {
        let comparators = keys.map { comparator(columns[$0.field], descending: $0.descending) }
        var comparisons = 0
        do {
            return try rows.enumerated().sorted { a, b in
                comparisons += 1
                if comparisons % (Cancellation.chunk * 16) == 0 { try cancellation.check() }
                return precedes(a, b, comparators)
            }.map(\.element)
        } catch {
            // `sorted(by:)` throws untyped errors; the comparator throws only `.interrupted`.
            throw QueryStop.interrupted
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
            if dictionary.count > Sorting.rankedTexts {
                // A column of mostly distinct texts (ids): ranking them all would cost more
                // than the few comparisons a sort after other keys makes. Compare keys directly.
                let displays = dictionary.displays
                return { a, b in
                    let (x, y) = (codes[a], codes[b])
                    if x < 0 || y < 0 { return x < 0 ? (y < 0 ? 0 : 1) : -1 }
                    if x == y { return 0 }
                    let (kx, ky) = (VietnameseCollation.sortKey(displays[Int(x)]), VietnameseCollation.sortKey(displays[Int(y)]))
                    return kx == ky ? 0 : (kx.lexicographicallyPrecedes(ky) ? -direction : direction)
                }
            }
            return byRank(codes, dictionary.sortRanks, direction)
        case .numbers(let n):
            let numbers = n.numbers
            return { a, b in
                let (x, y) = (numbers[a], numbers[b])
                if x.isNaN || y.isNaN { return x.isNaN ? (y.isNaN ? 0 : 1) : -1 }
                return x == y ? 0 : (x < y ? -direction : direction)
            }
        case .coded(let codes, let dictionary):
            return byRank(codes, ranks(of: dictionary.values), direction)
        case .values(let values):
            return { a, b in
                let (x, y) = (values[a], values[b])
                if x.isMissing || y.isMissing { return x.isMissing ? (y.isMissing ? 0 : 1) : -1 }
                return (ValueComparison.order(x, y) ?? 0) * direction
            }
        case .absent:
            return { _, _ in 0 }        // all missing: every row ties
        }
    }

    /// Rows of a dictionary-encoded column compared by the ranks of their codes.
    private static func byRank(_ codes: [Int32], _ ranks: [Int32], _ direction: Int) -> (Int, Int) -> Int {
        return { a, b in
            let (x, y) = (codes[a], codes[b])
            if x < 0 || y < 0 { return x < 0 ? (y < 0 ? 0 : 1) : -1 }
            let (rx, ry) = (ranks[Int(x)], ranks[Int(y)])
            return rx == ry ? 0 : (rx < ry ? -direction : direction)
        }
    }

    /// The place of each of a coded column's few distinct values in their order; equal
    /// values, and values with no order (flags), share a place, as `comparator` ties them.
    static func ranks(of values: [Value]) -> [Int32] {
        let order = values.indices.sorted { (ValueComparison.order(values[$0], values[$1]) ?? 0) < 0 }
        var ranks = [Int32](repeating: 0, count: values.count)
        for (position, index) in order.enumerated() where position > 0 {
            let previous = order[position - 1]
            ranks[index] = ranks[previous] + ((ValueComparison.order(values[previous], values[index]) ?? 0) == 0 ? 0 : 1)
        }
        return ranks
    }
}
