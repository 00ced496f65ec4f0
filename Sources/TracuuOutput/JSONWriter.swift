import TracuuValues

/// A JSON array with one object per row, keys in column order, one row per line:
///
///     [
///     {"district": "Triệu Phong", "kind": "target", "due": 2025, "share": 38.1},
///     {"district": "Hải Lăng", "kind": "goal", "due": null, "share": null}
///     ]
///
/// One row per line keeps it readable and greppable, and `jq` takes it as it is.
/// Integers and numbers are JSON numbers, booleans `true`/`false`, a missing value `null`;
/// dates, terms and periods are strings in their written form (`"2021-03-31"`, `"2020-2025"`,
/// `"2021-Q1"`). An empty result is `[]`.
///
/// Written by hand rather than with `JSONSerialization`, which orders keys as it likes:
/// the columns must come out in the order the query named them.
enum JSONWriter {
    static func write(_ table: ResultTable) -> String {
        guard !table.rows.isEmpty else { return "[]\n" }
        return "[\n" + objects(of: table).joined(separator: ",\n") + "\n]\n"
    }

    /// Each row as a one-line JSON object, `{"district": "Triệu Phong", "due": 2025}`:
    /// the rows of the array here and the lines of JSON Lines.
    /// `leading` is a member put first in every object (`ResultDocument`'s query number).
    static func objects(of table: ResultTable, leading: (key: String, value: Value)? = nil) -> [String] {
        let keys = table.columns.map { string($0.name) + ": " }
        let first = leading.map { [string($0.key) + ": " + json($0.value)] } ?? []
        return table.rows.map { row in
            let members = zip(keys, table.cells(of: row)).map { key, value in key + json(value) }
            return "{" + (first + members).joined(separator: ", ") + "}"
        }
    }

    /// The value as a JSON value.
    static func json(_ value: Value) -> String {
        switch value {
        case .missing: return "null"
        case .integer(let i): return String(i)
        // JSON has no NaN or infinity; `null` is what JavaScript's JSON.stringify writes for them.
        case .number(let d): return d.isFinite ? Value.format(d) : "null"
        case .boolean(let b): return b ? "true" : "false"
        case .text, .date, .term, .period: return string(value.description)
        }
    }

    /// The text as a JSON string (RFC 8259): quote, backslash and control characters escaped,
    /// everything else, Vietnamese letters included, left as UTF-8.
    static func string(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "\u{0}"..."\u{1F}": out += "\\u" + hex4(s.value)
            default: out.unicodeScalars.append(s)
            }
        }
        return out + "\""
    }

    /// `\u001b` needs four hex digits, lower case as most writers use.
    private static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
