import TracuuData
import TracuuText
import TracuuValues

/// `group by` and aggregates: rows with equal keys become one row of the keys (as the
/// first row of the group has them) and of each aggregate over the group's rows.
///
/// Text keys are equal under `=`: NFC and NFD spellings, and old and new tone placement,
/// fall into one group. Groups come out in the order their first row came in.
enum Grouping {
    /// A key that compares text by its `=` key and everything else by value.
    struct Key: Hashable {
        let parts: [Value]

        init(_ values: [Value]) {
            parts = values.map { value in
                if case .text(let s) = value { return .text(CanonicalText.equalityKey(s)) }
                if case .integer(let i) = value { return .number(Double(i)) }
                return value
            }
        }
    }

    /// The rows of each group, in order of first appearance.
    static func groups(_ rows: [Int], keys: [(Int) -> Value], _ cancellation: Cancellation) throws(QueryStop) -> [(first: Int, rows: [Int])] {
        try groups(rows, keyParts: keys.map { read in { row in Part.value(Key([read(row)]).parts[0]) } }, cancellation)
    }

    /// One part of a group's key: a value, or for a dictionary-encoded text column the
    /// code of the first text with the same `=` key (computed once per distinct text).
    enum Part: Hashable {
        case value(Value)
        case code(Int32)
    }

    /// The part readers of computed keys (`group by`, `pivot … by`, `growth … by`): a key
    /// that is a stored field groups by its column's codes (a text by its dictionary, not
    /// by its text per row); any other by its value.
    static func keyParts(_ keys: [CheckedItem], _ readers: [(Int) -> Value], columns: [Column]) -> [(Int) -> Part] {
        zip(keys, readers).map { item, read in
            if case .field(let i, _) = item.expr { return partReader(columns[i]) }
            return { row in .value(Key([read(row)]).parts[0]) }
        }
    }

    /// How to read a key part from a column, fast for dictionary-encoded text.
    static func partReader(_ column: Column) -> (Int) -> Part {
        switch column {
        case .text(let codes, let dictionary):
            var firstOfKey: [String: Int32] = [:]
            let canonical = dictionary.keys(.equality).enumerated().map { code, key -> Int32 in
                if let first = firstOfKey[key] { return first }
                firstOfKey[key] = Int32(code)
                return Int32(code)
            }
            return { row in
                let code = codes[row]
                return .code(code < 0 ? -1 : canonical[Int(code)])
            }
        case .coded(let codes, _):
            // Distinct values have distinct codes.
            return { row in .code(codes[row]) }
        case .numbers(let n):
            let numbers = n.numbers
            return { row in
                let d = numbers[row]
                return .value(d.isNaN ? .missing : .number(d))
            }
        case .values, .absent:
            return { row in .value(Key([column.value(at: row)]).parts[0]) }
        }
    }

    /// Asks `cancellation` between chunks of rows.
    static func groups(_ rows: [Int], keyParts keys: [(Int) -> Part], _ cancellation: Cancellation) throws(QueryStop) -> [(first: Int, rows: [Int])] {
        var index: [[Part]: Int] = [:]
        var result: [(first: Int, rows: [Int])] = []
        for (offset, row) in rows.enumerated() {
            if offset % Cancellation.chunk == Cancellation.chunk - 1 { try cancellation.check() }
            let key = keys.map { $0(row) }
            if let g = index[key] {
                result[g].rows.append(row)
            } else {
                index[key] = result.count
                result.append((row, [row]))
            }
        }
        return result
    }

    /// One aggregate over the rows of a group. Missing values are left out; a sum, an
    /// average, a minimum or a maximum over no values is missing.
    static func aggregate(_ function: AggregateFunction, _ values: [Value], rows: Int, parameter: Double? = nil) -> Value {
        switch function {
        case .median, .percentile, .stddev:
            return Statistics.of(function, values.compactMap(\.numeric), parameter: parameter)
        case .count:
            return .integer(values.isEmpty && rows > 0 ? rows : values.filter { !$0.isMissing }.count)
        case .countDistinct:
            return .integer(Set(values.filter { !$0.isMissing }.map { Key([$0]) }).count)
        case .sum:
            let present = values.filter { !$0.isMissing }
            guard !present.isEmpty else { return .missing }
            if present.allSatisfy({ if case .integer = $0 { return true }; return false }) {
                var total = 0
                for case .integer(let i) in present {
                    let (t, overflow) = total.addingReportingOverflow(i)
                    if overflow { return .number(present.compactMap(\.numeric).reduce(0, +)) }
                    total = t
                }
                return .integer(total)
            }
            return .number(present.compactMap(\.numeric).reduce(0, +))
        case .avg:
            let numbers = values.compactMap(\.numeric)
            return numbers.isEmpty ? .missing : .number(numbers.reduce(0, +) / Double(numbers.count))
        case .min, .max:
            var best: Value?
            for v in values where !v.isMissing {
                guard let current = best else { best = v; continue }
                let order = ValueComparison.order(v, current) ?? 0
                if function == .min ? order < 0 : order > 0 { best = v }
            }
            return best ?? .missing
        }
    }

    /// An aggregate of a numbers field over a group's rows, read as plain doubles; the
    /// same value `aggregate` gives from boxed values (the same sums in the same order).
    static func aggregate(_ function: AggregateFunction, _ column: NumberColumn, rows: [Int], parameter: Double? = nil) -> Value {
        let numbers = column.numbers
        switch function {
        case .median, .percentile, .stddev:
            return Statistics.of(function, rows.map { numbers[$0] }.filter { !$0.isNaN }, parameter: parameter)
        case .count:
            var count = 0
            for row in rows where !numbers[row].isNaN { count += 1 }
            return .integer(count)
        case .countDistinct:
            return .integer(Set(rows.lazy.map { numbers[$0] }.filter { !$0.isNaN }).count)
        case .sum, .avg:
            var total = 0.0, count = 0
            // Integers sum exactly as integers, as `aggregate` does, unless they overflow.
            var exact = 0, overflowed = false
            for row in rows {
                let d = numbers[row]
                if d.isNaN { continue }
                total += d
                count += 1
                if column.type == .integer, !overflowed {
                    let (t, overflow) = exact.addingReportingOverflow(Int(d))
                    (exact, overflowed) = (t, overflow)
                }
            }
            guard count > 0 else { return .missing }
            if function == .avg { return .number(total / Double(count)) }
            return column.type == .integer && !overflowed ? .integer(exact) : .number(total)
        case .min, .max:
            var best: Double?
            for row in rows {
                let d = numbers[row]
                if d.isNaN { continue }
                if let current = best, function == .min ? d >= current : d <= current { continue }
                best = d
            }
            guard let best else { return .missing }
            return column.type == .integer ? .integer(Int(best)) : .number(best)
        }
    }
}
