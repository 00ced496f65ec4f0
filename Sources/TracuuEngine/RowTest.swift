import TracuuData

/// A condition made ready for the columns at hand: what `Predicates` compiles a `where`
/// to. Its shape tells a filter how to loop: a condition on a dictionary-encoded field is
/// a table lookup by code, one on numbers a test of plain doubles, and in `a and b and c`
/// each term is tested only on the rows the ones before it kept; anything else is a test
/// of one row at a time.
///
/// `and`/`or` chains are flat lists walked by loops, so a condition of 100,000 terms
/// neither overflows the stack when tested nor when freed.
indirect enum RowTest {
    /// Holds for the rows whose code has `matches[code]`; never for a missing value (-1).
    case byCode(codes: [Int32], matches: [Bool], TestLabel)
    /// Holds for the rows whose number passes `test`; never for a missing one (NaN).
    case byNumber(numbers: [Double], test: (Double) -> Bool, TestLabel)
    /// Every test holds (`and`).
    case all([RowTest])
    /// At least one test holds (`or`).
    case any([RowTest])
    /// The test does not hold (`not`).
    case not(RowTest)
    case byRow((Int) -> Bool, TestLabel)

    /// Whether the condition holds for one row.
    func holds(_ row: Int) -> Bool {
        switch self {
        case .byCode(let codes, let matches, _):
            let code = codes[row]
            return code >= 0 && matches[Int(code)]
        case .byNumber(let numbers, let test, _):
            let d = numbers[row]
            return !d.isNaN && test(d)
        case .all(let tests):
            for test in tests where !test.holds(row) { return false }
            return true
        case .any(let tests):
            for test in tests where test.holds(row) { return true }
            return false
        case .not(let test):
            return !test.holds(row)
        case .byRow(let test, _):
            return test(row)
        }
    }

    /// The rows for which the condition holds, in order, each shape in its own loop.
    /// Asks `cancellation` between chunks of rows.
    func filter(_ rows: [Int], _ cancellation: Cancellation) throws(QueryStop) -> [Int] {
        switch self {
        case .all(let tests):
            var kept = rows
            for test in tests { kept = try test.filter(kept, cancellation) }
            return kept
        case .byCode(let codes, let matches, _):
            return try RowTest.keep(rows, cancellation) { row in
                let code = codes[row]
                return code >= 0 && matches[Int(code)]
            }
        case .byNumber(let numbers, let test, _):
            return try RowTest.keep(rows, cancellation) { row in
                let d = numbers[row]
                return !d.isNaN && test(d)
            }
        case .any, .not:
            return try RowTest.keep(rows, cancellation) { holds($0) }
        case .byRow(let test, _):
            return try RowTest.keep(rows, cancellation, test)
        }
    }

    /// The loop every shape shares; `holds` is inlined into it for each shape.
    @inline(__always)
    private static func keep(_ rows: [Int], _ cancellation: Cancellation, _ holds: (Int) -> Bool) throws(QueryStop) -> [Int] {
        var kept: [Int] = []
        var start = 0
        while start < rows.count {
            try cancellation.check()
            let end = min(start + Cancellation.chunk, rows.count)
            for row in rows[start..<end] where holds(row) { kept.append(row) }
            start = end
        }
        return kept
    }
}
