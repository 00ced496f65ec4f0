/// `| pivot district using sum(value) by period`: rows grouped by their keys (`by`) and
/// by the pivoted field at once; the groups become rows, the pivoted values columns.
///
/// Both come out in the order of their first row, and text is equal under `=` (NFC and
/// NFD `Vĩnh Linh` make one column), as `group by` does. A cell no row falls in is empty
/// (0 for a count).
enum Pivoting {
    struct Result {
        /// The first row of each group: where its keys are read.
        var groups: [Int] = []
        /// The first row of each column: where its name is read.
        var columns: [Int] = []
        /// For each group, for each column, the rows of both (nil: none).
        var cells: [[[Int]?]] = []
    }

    static func pivot(rows: [Int], keyParts: [(Int) -> Grouping.Part], columnPart: (Int) -> Grouping.Part,
                      cancellation: Cancellation) throws(QueryStop) -> Result {
        var result = Result()
        var groupIndex: [[Grouping.Part]: Int] = [:]
        var columnIndex: [Grouping.Part: Int] = [:]
        for (offset, row) in rows.enumerated() {
            if offset % Cancellation.chunk == Cancellation.chunk - 1 { try cancellation.check() }
            let key = keyParts.map { $0(row) }
            let g: Int
            if let known = groupIndex[key] { g = known } else {
                g = result.groups.count
                groupIndex[key] = g
                result.groups.append(row)
                result.cells.append([[Int]?](repeating: nil, count: result.columns.count))
            }
            let part = columnPart(row)
            let c: Int
            if let known = columnIndex[part] { c = known } else {
                c = result.columns.count
                columnIndex[part] = c
                result.columns.append(row)
                for i in result.cells.indices { result.cells[i].append(nil) }
            }
            if result.cells[g][c] == nil { result.cells[g][c] = [row] } else { result.cells[g][c]?.append(row) }
        }
        return result
    }
}
