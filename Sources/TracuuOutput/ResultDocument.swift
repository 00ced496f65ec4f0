import TracuuValues

/// Several results of one run (`-c 'a; b'`, a script) as one document a program can read:
/// JSON as one array with an object per query, its text and its rows; JSON Lines with the
/// query's number (from 1) first in each row, so the lines of two results stay apart.
///
///     [
///     {"query": "targets | count", "rows": [
///     {"count": 16}
///     ]},
///     {"query": "metrics | select id | limit 1", "rows": [
///     {"id": "thi-xa-quang-tri-2021/metric-1"}
///     ]}
///     ]
public enum ResultDocument {
    /// The JSON array of every result, in the order they ran; `[]` for none.
    public static func json(_ results: [(query: String, table: ResultTable)], options: RenderOptions = .init()) -> String {
        guard !results.isEmpty else { return "[]\n" }
        let entries = results.map { result in
            let rows = JSONWriter.objects(of: result.table)
            let body = rows.isEmpty ? "[]" : "[\n" + rows.joined(separator: ",\n") + "\n]"
            return "{\"query\": \(JSONWriter.string(result.query)), \"rows\": \(body)}"
        }
        return Renderer.forTerminal(json: "[\n" + entries.joined(separator: ",\n") + "\n]\n", options)
    }

    /// The rows of result number `index` as JSON Lines, each starting with `"query": index`
    /// (`"query_index"` when the result has a field `query` of its own).
    public static func jsonLines(_ table: ResultTable, index: Int, options: RenderOptions = .init()) -> String {
        let key = table.columns.contains { $0.name == "query" } ? "query_index" : "query"
        let lines = JSONWriter.objects(of: table, leading: (key, .integer(index))).map { $0 + "\n" }.joined()
        return Renderer.forTerminal(json: lines, options)
    }
}
