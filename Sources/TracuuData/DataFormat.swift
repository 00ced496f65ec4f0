/// The ways a data file can be written, told apart by the file's extension.
public enum DataFormat: String, Sendable, CaseIterable {
    /// Comma-separated values with a header line (RFC 4180): `.csv`.
    case csv
    /// JSON Lines, one object a line: `.jsonl` or `.ndjson`.
    case jsonl
    /// One JSON array of objects: `.json`.
    case json

    /// The format an extension names, ignoring case: `csv`, `jsonl`, `ndjson`, `json`.
    public init?(extension ext: String) {
        switch ext.lowercased() {
        case "csv": self = .csv
        case "jsonl", "ndjson": self = .jsonl
        case "json": self = .json
        default: return nil
        }
    }
}

/// What a data file's name says: which dataset its rows belong to, and how it is written.
///
/// The base name is the dataset's name (`metrics.csv`), or starts with it and a `-`, `_`,
/// space, `(` or `.` (`metrics-2021.csv`, `metrics_quang_tri.csv`, `metrics 2022.csv`), so
/// that a dataset can be split over several files, by year or by province; and a copy named
/// as browsers and file managers name copies (`metrics (1).csv`, `targets (copy).csv`,
/// `metrics - Copy.csv`) loads as the file it copies. Case is ignored. Any other name
/// belongs to no dataset.
public struct DataFileName: Sendable, Equatable {
    public let dataset: String?
    public let format: DataFormat?

    /// What may stand between a dataset's name and the rest of a file's base name.
    private static let separators = ["-", "_", " ", "(", "."]

    public init(_ fileName: String) {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            dataset = nil
            format = nil
            return
        }
        format = DataFormat(extension: String(name[name.index(after: dot)...]))
        let base = name[..<dot].lowercased()
        dataset = Schemas.all.map(\.dataset).first { dataset in
            base == dataset || Self.separators.contains { base.hasPrefix(dataset + $0) }
        }
    }
}
