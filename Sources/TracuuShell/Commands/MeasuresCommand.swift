import TracuuData
import TracuuValues

extension DotCommands {
    /// `.measures`: the indicators of targets and metrics that no measure of the vocabulary
    /// names, most frequent first, so the table (`measures.tsv`) can grow where it matters.
    static let measuresCommand = DotCommand(name: "measures", usage: ".measures",
                                            summary: "the indicators no measure names, most frequent first") { session, _, _ in
        var counts: [String: (shown: String, datasets: Set<String>, rows: Int)] = [:]
        for name in ["metrics", "targets"] {
            guard let dataset = session.catalog.datasets[name], let indicator = dataset.schema.index(of: "indicator"),
                  let measure = dataset.schema.index(of: "measure") else { continue }
            for row in 0..<dataset.rowCount where dataset.value(row: row, column: measure).isMissing {
                guard case .text(let text) = dataset.value(row: row, column: indicator), !text.isEmpty else { continue }
                let key = text.lowercased()
                var entry = counts[key] ?? (text, [], 0)
                entry.datasets.insert(name)
                entry.rows += 1
                counts[key] = entry
            }
        }
        let rows: [[Value]] = counts.values
            .sorted { ($0.rows, $1.shown) > ($1.rows, $0.shown) }
            .map { [.text($0.shown), .text($0.datasets.sorted().joined(separator: ", ")), .integer($0.rows)] }
        session.show(ResultTable(columns: [Field("indicator", .text), Field("in", .text), Field("rows", .integer)], rows: rows))
        return true
    }
}
