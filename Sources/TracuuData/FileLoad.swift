import TracuuDiagnostics
import TracuuValues

/// What reading one data file gives: its rows and what went wrong in it.
///
/// The rows are built apart from the dataset they belong to, so that a file with an
/// error adds nothing: a dataset never holds half a file.
struct FileLoad: Sendable {
    /// The file's rows, in a builder of their own.
    var rows: DatasetBuilder
    /// The file's errors, in the order they were found, at most `errorLimit` of them.
    private(set) var diagnostics: [Diagnostic] = []

    /// Past this many errors in one file the rest is probably wrong the same way.
    static let errorLimit = 10

    init(schema: Schema, file: String) {
        rows = DatasetBuilder(schema: schema)
        rows.addSource(file)
    }

    var failed: Bool { !diagnostics.isEmpty }

    /// Records an error; false when the file has had enough and reading should stop.
    @discardableResult
    mutating func add(_ diagnostic: Diagnostic) -> Bool {
        diagnostics.append(diagnostic)
        if diagnostics.count < FileLoad.errorLimit { return true }
        diagnostics.append(LoadError.tooManyErrors(limit: FileLoad.errorLimit).diagnostic(at: nil))
        return false
    }

    /// Reads a file of a format into the rows of a schema.
    /// `keep` names the fields to store (nil: all); the fast paths leave the others out,
    /// the careful ones store everything.
    /// `meter`, when given, is told of the bytes read as the fast paths go.
    static func read(_ bytes: [UInt8], file: String, format: DataFormat, schema: Schema, keep: Set<String>? = nil,
                     meter: LoadMeter? = nil) -> FileLoad {
        let kept = schema.fields.map { keep?.contains($0.name.lowercased()) ?? true }
        switch format {
        case .csv:
            return FastCSVLoader.load(bytes, file: file, schema: schema, kept: kept, meter: meter)
                ?? (meter?.isCancelled == true ? FileLoad(schema: schema, file: file) : CSVLoader.load(bytes, file: file, schema: schema))
        case .jsonl:
            return FastJSONLinesLoader.load(bytes, file: file, schema: schema, kept: kept, meter: meter)
                ?? (meter?.isCancelled == true ? FileLoad(schema: schema, file: file) : JSONLoader.loadLines(bytes, file: file, schema: schema))
        case .json: return JSONLoader.loadArray(bytes, file: file, schema: schema)
        }
    }
}
