import TracuuData
import TracuuDiagnostics

/// The bytes of a text, for readers that take bytes.
func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// Every record of a CSV text, or the error that stopped the reader.
func readCSV(_ text: String) -> Result<[[String]], Diagnostic> {
    readCSV(bytes(text))
}

func readCSV(_ data: [UInt8]) -> Result<[[String]], Diagnostic> {
    var reader = CSVReader(bytes: data, file: "t.csv")
    do {
        return .success(try reader.readAll())
    } catch {
        return .failure(error)
    }
}

/// The diagnostics a load throws, or none when it succeeds.
func loadErrors(_ files: [(String, String)], into catalog: inout Catalog) -> [Diagnostic] {
    do {
        _ = try catalog.load(files: files.map { (name: $0.0, contents: bytes($0.1)) })
        return []
    } catch {
        return error.all
    }
}

func loadErrors(_ name: String, _ text: String) -> [Diagnostic] {
    var catalog = Catalog()
    return loadErrors([(name, text)], into: &catalog)
}

/// A catalog of in-memory files that must load without error.
func loaded(_ files: [(String, String)]) throws -> Catalog {
    var catalog = Catalog()
    _ = try catalog.load(files: files.map { (name: $0.0, contents: bytes($0.1)) })
    return catalog
}

/// A diagnostic as the user sees it, without colour.
func rendered(_ d: Diagnostic) -> String {
    DiagnosticRenderer().render(d)
}

/// The rows of a dataset as their written forms, `|` between fields, for compact expectations.
func rows(_ catalog: Catalog, _ dataset: String, _ fields: [String]) -> [String] {
    guard let d = catalog.datasets[dataset] else { return [] }
    let columns = fields.compactMap { d.schema.index(of: $0) }
    return (0..<d.rowCount).map { r in columns.map { d.value(row: r, column: $0).description }.joined(separator: "|") }
}
