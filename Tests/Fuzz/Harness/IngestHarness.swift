import TracuuData

/// Bytes as a raw article, through the loader's whole article path: decoding (as text,
/// Markdown or HTML), the extractor, and the rows of all three datasets. A bad file ends in a
/// diagnostic; the only finding is a crash or a hang.
public enum IngestHarness {
    /// The first byte picks the kind of file, so the fuzzer can reach all three.
    static let names = ["fuzz.txt", "fuzz.md", "fuzz.html"]

    public static func run(_ bytes: [UInt8]) {
        let name = names[Int(bytes.first ?? 0) % names.count]
        var catalog = Catalog()
        _ = try? catalog.load(files: [(name: name, contents: bytes)])
    }
}
