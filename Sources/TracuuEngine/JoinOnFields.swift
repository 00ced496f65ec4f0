import TracuuData
import TracuuValues

/// `| join population on district`: each row paired with every row of the other dataset
/// whose key fields are equal, as SQL's inner join. Keys compare as `=` does (`Grouping.Key`:
/// text by its canonical key, so NFC and NFD, `hòa` and `hoà` meet; an integer equals the
/// same number). A missing key matches nothing, as no comparison with it holds. The other
/// dataset is indexed once; pairs come out in the rows' order, then the other's.
enum JoinOnFields {
    static func pairs(_ rows: [Int], keys: [Column], other: [Column], otherRows: Int,
                      cancellation: Cancellation) throws(QueryStop) -> [(Int, Int)] {
        var index: [Grouping.Key: [Int]] = [:]
        for r in 0..<otherRows {
            if r % Cancellation.chunk == Cancellation.chunk - 1 { try cancellation.check() }
            let values = other.map { $0.value(at: r) }
            if values.contains(where: \.isMissing) { continue }
            index[Grouping.Key(values), default: []].append(r)
        }
        var pairs: [(Int, Int)] = []
        for (offset, row) in rows.enumerated() {
            if offset % Cancellation.chunk == Cancellation.chunk - 1 { try cancellation.check() }
            let values = keys.map { $0.value(at: row) }
            if values.contains(where: \.isMissing) { continue }
            for match in index[Grouping.Key(values)] ?? [] {
                // A key most rows share makes pairs by the million: Ctrl-C is heard among them.
                if pairs.count % Cancellation.chunk == Cancellation.chunk - 1 { try cancellation.check() }
                pairs.append((row, match))
            }
        }
        return pairs
    }
}
