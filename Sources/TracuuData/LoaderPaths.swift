import TracuuValues

/// The fast and the careful reader of a CSV or JSON Lines file, side by side, for the fuzz
/// targets (Tests/Fuzz) that check the two give the same rows.
///
/// `FileLoad.read` tries the fast path and falls back to the careful one; a user only ever
/// sees one of them. Here each is called on its own, so a disagreement can be seen at all.
package enum LoaderPaths {
    /// What the careful path made of a file: its rows, or the messages of its errors.
    package struct Careful: Sendable {
        package let rows: [[Value]]
        package let errors: [String]
    }

    /// The fast CSV path's rows, or nil where it steps aside. `splitSize` 1 makes it read
    /// any body as two halves at once (nil: the split size of real loads, 8 MiB).
    package static func fastCSV(_ bytes: [UInt8], schema: Schema, splitSize: Int? = nil) -> [[Value]]? {
        FastCSVLoader.load(bytes, file: "fuzz.csv", schema: schema, splitSize: splitSize ?? chunkSplitSize).map(rows)
    }

    package static func carefulCSV(_ bytes: [UInt8], schema: Schema) -> Careful {
        careful(CSVLoader.load(bytes, file: "fuzz.csv", schema: schema))
    }

    /// The fast JSON Lines path's rows, or nil where it steps aside.
    package static func fastJSONLines(_ bytes: [UInt8], schema: Schema, splitSize: Int? = nil) -> [[Value]]? {
        FastJSONLinesLoader.load(bytes, file: "fuzz.jsonl", schema: schema, splitSize: splitSize ?? chunkSplitSize).map(rows)
    }

    package static func carefulJSONLines(_ bytes: [UInt8], schema: Schema) -> Careful {
        careful(JSONLoader.loadLines(bytes, file: "fuzz.jsonl", schema: schema))
    }

    private static func careful(_ load: FileLoad) -> Careful {
        Careful(rows: load.failed ? [] : rows(load), errors: load.diagnostics.map(\.message))
    }

    private static func rows(_ load: FileLoad) -> [[Value]] {
        let dataset = load.rows.build()
        return (0..<dataset.rowCount).map(dataset.row)
    }
}
