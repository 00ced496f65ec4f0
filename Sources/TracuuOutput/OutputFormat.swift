/// The ways a result can be printed: one for reading in a terminal, the rest for other programs
/// and documents. The raw values are the names the shell's `.mode` and `--format` accept.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// A box-drawn table with aligned columns and a row count, for people at a terminal.
    case table
    /// Comma-separated values (RFC 4180), for spreadsheets and `csv` libraries.
    case csv
    /// Tab-separated values with backslash escapes, for `cut`, `awk` and `COPY`.
    case tsv
    /// An array of objects keyed by field name, for `jq` and scripts.
    case json
    /// A GitHub pipe table, for pasting into a README or an issue.
    case markdown
    /// One `name = value` per line, rows apart, for wide rows and long texts (SQLite's `.mode line`).
    case line
    /// JSON Lines: one object per line and nothing else, for streaming into `jq -c` or a loader.
    case jsonl
    /// A chart as an SVG document a browser opens: the chart a query ends with
    /// (`| chart total by district`), or else its first number by its first other field.
    case svg
}
