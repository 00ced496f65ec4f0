import TracuuValues

/// JSON Lines (jsonlines.org): one JSON object per row, one row per line, nothing around them:
///
///     {"district": "Triệu Phong", "kind": "target", "due": 2025}
///     {"district": "Hải Lăng", "kind": "goal", "due": null}
///
/// The objects are the ones the `json` format puts in its array, with the same value rules
/// (`JSONWriter`). Without the brackets and commas each line stands alone, so a reader can
/// take the rows one at a time and files of rows can be joined with `cat`. An empty result
/// is no lines at all.
enum JSONLinesWriter {
    static func write(_ table: ResultTable) -> String {
        JSONWriter.objects(of: table).map { $0 + "\n" }.joined()
    }
}
