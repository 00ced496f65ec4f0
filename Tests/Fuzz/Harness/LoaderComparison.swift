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
                let where_ = "\(format.rawValue) as \(schema.dataset)\(split == nil ? "" : ", read in halves")"
                if let error = careful.errors.first {
                    found.append("\(where_): the fast path gave \(fast.count) rows, the careful one refused the file: \(error)")
                } else if fast != careful.rows {
                    found.append("\(where_): the fast path gave \(fast.count) rows, the careful one \(careful.rows.count)"
                                 + firstDifference(fast, careful.rows))
                }
            }
        }
        return found
    }

    /// `; row 3: [...] against [...]`, the first row where two readings part.
    static func firstDifference(_ a: [[Value]], _ b: [[Value]]) -> String {
        for i in 0..<min(a.count, b.count) where a[i] != b[i] {
            return "; row \(i + 1): \(a[i]) against \(b[i])"
        }
        return a.count == b.count ? "" : "; rows \(min(a.count, b.count) + 1)… are in one only"
    }
}
