import TracuuValues

/// Comma-separated values as RFC 4180 has them, with `\n` line ends:
///
///     district,kind,due,note
///     Triệu Phong,target,2025,"roads, schools"
///
/// A field is quoted when it holds a comma, a quote or a line break, or starts or ends
/// with white space (which spreadsheets would otherwise trim); a quote inside is doubled.
/// A missing value is an empty field and an empty text is `""`, as DuckDB and PostgreSQL
/// write them, so the two stay apart. Numbers are written with a decimal dot. With
/// `RenderOptions.byteOrderMark` the text starts with U+FEFF, for Excel.
enum CSVWriter {
    static func write(_ table: ResultTable, options: RenderOptions) -> String {
        var out = ""
        if options.header {
            out += record(table.columns.map { field($0.name) })
        }
        for row in table.rows {
            out += record(table.cells(of: row).map(field))
        }
        // Only before something: a format with nothing to show gives "".
        if options.byteOrderMark, !out.isEmpty { out = "\u{FEFF}" + out }
        return out
    }

    /// One line. A record of one empty field would be an empty line, which readers such as
    /// Python's `csv` skip; writing it as `""` keeps the row.
    private static func record(_ fields: [String]) -> String {
        if fields == [""] { return "\"\"\n" }
        return fields.joined(separator: ",") + "\n"
    }

    private static func field(_ value: Value) -> String {
        switch value {
        case .missing: return ""
        case .text(let s) where s.isEmpty: return "\"\""
        default: return field(value.description)
        }
    }

    /// Whether a field must be quoted. The four special characters are ASCII, so they are
    /// looked for in the UTF-8 bytes (a multi-byte letter never holds an ASCII byte); white
    /// space at an end is asked of the scalar there only when that byte is not ASCII.
    /// (Scalar by scalar this took a third of writing `tracuu ingest`'s CSV files.)
    static func needsQuotes(_ text: String) -> Bool {
        let utf8 = text.utf8
        let special = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        } ?? text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        if special { return true }
        guard let first = utf8.first, let last = utf8.last else { return false }
        func asciiSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        let startsWithSpace = first < 0x80 ? asciiSpace(first) : (text.unicodeScalars.first?.properties.isWhitespace ?? false)
        let endsWithSpace = last < 0x80 ? asciiSpace(last) : (text.unicodeScalars.last?.properties.isWhitespace ?? false)
        return startsWithSpace || endsWithSpace
    }

    /// The text as one CSV field, quoted only when it must be. Quotes are doubled byte by
    /// byte: `"` is ASCII, so it is never a byte of a longer scalar (and `\r\n`, a single
    /// Character, is two bytes that stay as they are).
    static func field(_ text: String) -> String {
        guard needsQuotes(text) else { return text }
        let utf8 = text.utf8
        var quoted: [UInt8] = []
        quoted.reserveCapacity(utf8.count + 8)
        quoted.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { quoted.append(byte) }
            quoted.append(byte)
        }
        quoted.append(UInt8(ascii: "\""))
        return String(decoding: quoted, as: UTF8.self)
    }
}
