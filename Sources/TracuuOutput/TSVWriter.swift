import TracuuValues

/// Tab-separated values in the text format of PostgreSQL's `COPY` and DuckDB:
///
///     district⇥kind⇥due
///     Triệu Phong⇥target⇥2025      (⇥ is a tab)
///
/// One row per line and one tab between fields, so `cut -f2` and `awk -F'\t'` work. A tab,
/// line break or backslash inside a value is written `\t`, `\n`, `\r` or `\\`, so it cannot
/// split a field or a row. A missing value is an empty field.
enum TSVWriter {
    static func write(_ table: ResultTable, options: RenderOptions) -> String {
        var out = ""
        if options.header {
            out += table.columns.map { escape($0.name) }.joined(separator: "\t") + "\n"
        }
        for row in table.rows {
            out += table.cells(of: row).map { escape($0.description) }.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// The text with its tabs, line breaks and backslashes written as backslash escapes.
    static func escape(_ text: String) -> String {
        // Scalars, not Characters: `\r\n` is one Character and must become `\r\n` escaped.
        guard text.unicodeScalars.contains(where: { "\t\n\r\\".unicodeScalars.contains($0) }) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
