import TracuuData
import TracuuDiagnostics
import TracuuText
import TracuuValues

/// Figures in different units do not add up: `sum(value)` over 120 tỉ đồng and 1,602.9 tấn
/// is no number at all, so an aggregate of a figure over rows of more than one unit is an
/// error that names the units, not a silent total.
///
/// The checker marks the aggregates this applies to (`CheckedAggregate.units`): a sum, an
/// average, a minimum or a maximum whose argument reads `value` or `value_high`, in rows
/// that have a `unit` field. Rows whose figure is missing do not count.
enum UnitCheck {
    /// The fields that say a figure's size.
    static let figureFields: Set<String> = ["value", "value_high"]

    /// The `unit` field to check for an aggregate of `argument` over rows of `fields`, or nil.
    static func unitField(for function: AggregateFunction, _ argument: CheckedExpr, fields: [Field]) -> Int? {
        guard [.sum, .avg, .min, .max, .median, .percentile, .stddev].contains(function),
              let unit = fields.firstIndex(where: { $0.name == "unit" }) else { return nil }
        let read = fieldsRead(by: argument)
        return read.contains(where: { fields.indices.contains($0) && figureFields.contains(fields[$0].name) }) ? unit : nil
    }

    /// The fields an expression reads, walked with a stack (a generated query can nest deep).
    static func fieldsRead(by expr: CheckedExpr) -> Set<Int> {
        var found: Set<Int> = []
        var pending = [expr]
        while let next = pending.popLast() {
            switch next {
            case .field(let i, _): found.insert(i)
            case .lookup, .literal: break
            case .not(let e), .negate(let e, _), .oneOf(let e, _, _), .between(let e, _, _, _), .isMissing(let e): pending.append(e)
            case .all(let list), .any(let list), .function(_, let list, _): pending += list
            case .compare(_, let a, let b, _), .within(let a, let b), .arithmetic(_, let a, let b, _): pending += [a, b]
            }
        }
        return found
    }

    /// Fails when the rows of one group whose figure is present hold more than one unit.
    /// Units are compared by their `=` key through the column's dictionary codes
    /// (`Grouping.partReader`), so a million rows cost a code comparison each.
    static func check(_ aggregate: CheckedAggregate, units: (field: Int, place: Place), groups: [[Int]],
                      figure: CheckedExpr, compiled: ([Column]) -> (Int) -> Value, columns: [Column]) throws(QueryStop) {
        let unitOf = Grouping.partReader(columns[units.field])
        let isPresent: (Int) -> Bool
        if case .field(let i, _) = figure, case .numbers(let n) = columns[i] {
            let numbers = n.numbers
            isPresent = { !numbers[$0].isNaN }
        } else {
            let read = compiled(columns)
            isPresent = { !read($0).isMissing }
        }
        for rows in groups {
            var first: (part: Grouping.Part, row: Int)?
            for row in rows where isPresent(row) {
                let part = unitOf(row)
                if case .value(.missing) = part { continue }
                if case .code(-1) = part { continue }
                guard let seen = first else { first = (part, row); continue }
                if part != seen.part {
                    throw QueryStop.failed(mixedUnits(aggregate, units: units, rows: rows, isPresent: isPresent, columns: columns))
                }
            }
        }
    }

    /// The error, naming the group's units in the order they first appear.
    private static func mixedUnits(_ aggregate: CheckedAggregate, units: (field: Int, place: Place), rows: [Int],
                                   isPresent: (Int) -> Bool, columns: [Column]) -> Diagnostic {
        var seen: Set<String> = []
        var order: [String] = []
        for row in rows where isPresent(row) {
            guard case .text(let written) = columns[units.field].value(at: row) else { continue }
            if seen.insert(CanonicalText.equalityKey(written)).inserted { order.append(written) }
        }
        let names = order.prefix(4).joined(separator: ", ") + (order.count > 4 ? " …" : "")
        return Diagnostic(
            .error, "\(aggregate.function.rawValue)() over figures in \(order.count) units (\(names)) gives no true number",
            at: units.place,
            hints: ["group by unit, or keep one unit: where unit = \"\(order.first ?? "")\""])
    }
}
