import TracuuData

/// A condition made ready for the columns at hand: what `Predicates` compiles a `where`
/// to. Its shape tells a filter how to loop: a condition on a dictionary-encoded field is
/// a table lookup by code, one on numbers a test of plain doubles, and `a and b` tests `b`
/// only on the rows `a` kept; anything else is a test of one row at a time.
indirect enum RowTest {
    /// Holds for the rows whose code has `matches[code]`; never for a missing value (-1).
    case byCode(codes: [Int32], matches: [Bool])
    /// Holds for the rows whose number passes `test`; never for a missing one (NaN).
    case byNumber(numbers: [Double], test: (Double) -> Bool)
    case both(RowTest, RowTest)
    case byRow((Int) -> Bool)

    /// Whether the condition holds for one row.
    func holds(_ row: Int) -> Bool {
        switch self {
        case .byCode(let codes, let matches):
            let code = codes[row]
            return code >= 0 && matches[Int(code)]
        case .byNumber(let numbers, let test):
            let d = numbers[row]
            return !d.isNaN && test(d)
        case .both(let a, let b):
            return a.holds(row) && b.holds(row)
        case .byRow(let test):
            return test(row)
        }
    }

    /// The rows for which the condition holds, in order, each shape in its own loop.
    /// Asks `cancellation` between chunks of rows.
    func filter(_ rows: [Int], _ cancellation: Cancellation) throws(Interrupted) -> [Int] {
        switch self {
        case .both(let a, let b):
            return try b.filter(try a.filter(rows, cancellation), cancellation)
        case .byCode(let codes, let matches):
            return try RowTest.keep(rows, cancellation) { row in
                let code = codes[row]
                return code >= 0 && matches[Int(code)]
            }
        case .byNumber(let numbers, let test):
            return try RowTest.keep(rows, cancellation) { row in
                let d = numbers[row]
                return !d.isNaN && test(d)
            }
        case .byRow(let test):
            return try RowTest.keep(rows, cancellation, test)
        }
    }

    /// The loop every shape shares; `holds` is inlined into it for each shape.
    @inline(__always)
    private static func keep(_ rows: [Int], _ cancellation: Cancellation, _ holds: (Int) -> Bool) throws(Interrupted) -> [Int] {
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
