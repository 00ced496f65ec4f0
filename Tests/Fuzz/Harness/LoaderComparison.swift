import TracuuData
import TracuuValues

/// The bytes of one file through the fast and the careful reader of its format, for every
/// dataset's schema. The fast path may step aside (give nil) whenever it is unsure; where it
/// does not, it must give exactly the careful path's rows, and the careful path must accept
/// the file. Anything else is a finding: one line saying what differed.
///
/// Each fast read is done twice: as a real load reads a small file, and split into two
/// halves read at once (split size 1), as a large file is.
public enum LoaderComparison {
    public enum Format: String, Sendable {
        case csv = "CSV"
        case jsonLines = "JSON Lines"
    }

    public static func differences(_ bytes: [UInt8], as format: Format) -> [String] {
        var found: [String] = []
        for schema in Schemas.all {
            let careful = format == .csv
                ? LoaderPaths.carefulCSV(bytes, schema: schema)
                : LoaderPaths.carefulJSONLines(bytes, schema: schema)
            for split in [nil, 1] as [Int?] {
                let fast = format == .csv
                    ? LoaderPaths.fastCSV(bytes, schema: schema, splitSize: split)
                    : LoaderPaths.fastJSONLines(bytes, schema: schema, splitSize: split)
                guard let fast else { continue }
                let reading = "\(format.rawValue) as \(schema.dataset)\(split == nil ? "" : ", read in halves")"
                var difference: String?
                if let error = careful.errors.first {
                    difference = "\(reading): the fast path gave \(fast.count) rows, the careful one refused the file: \(error)"
                } else if fast != careful.rows {
                    difference = "\(reading): the fast path gave \(fast.count) rows, the careful one \(careful.rows.count)"
                        + firstDifference(fast, careful.rows)
                }
                guard let difference else { continue }
                found.append(difference)
            }
        }
        return found
    }

    /// `; row 3, field 1: text("m2") against text("\rm2")`, where two readings first part.
    static func firstDifference(_ a: [[Value]], _ b: [[Value]]) -> String {
        for i in 0..<min(a.count, b.count) where a[i] != b[i] {
            for j in 0..<min(a[i].count, b[i].count) where a[i][j] != b[i][j] {
                return "; row \(i + 1), field \(j + 1): \(exact(a[i][j])) against \(exact(b[i][j]))"
            }
            return "; row \(i + 1) has \(a[i].count) fields against \(b[i].count)"
        }
        return a.count == b.count ? "" : "; rows \(min(a.count, b.count) + 1)… are in one only"
    }

    /// A cell with its kind and every scalar of a text spelled out (`text("m2\u{13}")`):
    /// its description would hide the control characters and the kind that make the difference.
    static func exact(_ value: Value) -> String {
        let kind = Mirror(reflecting: value).children.first?.label ?? "\(value)"
        guard case .text(let text) = value else { return "\(kind)(\(value))" }
        return "text(\"" + text.unicodeScalars.map { $0.escaped(asASCII: true) }.joined() + "\")"
    }
}
