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
    static func groups(_ rows: [Int], keys: [(Int) -> Value]) -> [(first: Int, rows: [Int])] {
        groups(rows, keyParts: keys.map { read in { row in Part.value(Key([read(row)]).parts[0]) } })
    }

    /// One part of a group's key: a value, or for a dictionary-encoded text column the
    /// code of the first text with the same `=` key (computed once per distinct text).
    enum Part: Hashable {
        case value(Value)
        case code(Int32)
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
        case .values, .absent:
            return { row in .value(Key([column.value(at: row)]).parts[0]) }
        }
    }

    static func groups(_ rows: [Int], keyParts keys: [(Int) -> Part]) -> [(first: Int, rows: [Int])] {
        var index: [[Part]: Int] = [:]
        var result: [(first: Int, rows: [Int])] = []
        for row in rows {
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
    static func aggregate(_ function: AggregateFunction, _ values: [Value], rows: Int) -> Value {
        switch function {
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
}
