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
        timeOfDate = FileLoad.timeOfDate(in: schema)
    }

    static func timeOfDate(in schema: Schema) -> (date: Int, time: Int)? {
        guard let date = schema.index(of: "date"), schema.fields[date].type == .date,
              let time = schema.index(of: "time"), schema.fields[time].type == .text else { return nil }
        return (date, time)
    }

    /// Warnings about a file that loads all the same (an id given to two rows).
    var warnings: [Diagnostic] = []
    /// The ids of the file's rows, to find repeats across the files of a dataset.
    var ids = RepeatedIDs()

    /// What the file's number cells said about its decimal mark.
    var decimals = DecimalConvention()

    var failed: Bool { !diagnostics.isEmpty }

    /// Whether a bad row is left out (`--skip-bad-rows`) instead of failing the file.
    /// What is wrong with the file as a whole (its header, a quote never closed, a
    /// decimal mark never settled) fails it all the same.
    var skipsBadRows = false
    /// With `skipsBadRows`: how many rows were left out, and what was wrong with the
    /// first of them (at most `errorLimit`), as warnings at their places.
    private(set) var skippedRows = 0
    private(set) var skipped: [Diagnostic] = []
    /// Without `skipsBadRows`: whether some errors are bad rows', which skipping would
    /// leave out, and whether others are the file's, which skipping would not mend.
    private(set) var hasBadRows = false
    private(set) var hasFileErrors = false

    /// Records what is wrong with one row: an error, or with `skipsBadRows` a warning;
    /// false when reading should stop.
    @discardableResult
    mutating func addRowError(_ diagnostic: Diagnostic) -> Bool {
        guard skipsBadRows else {
            hasBadRows = true
            return add(diagnostic, ofARow: true)
        }
        if skipped.count < FileLoad.errorLimit {
            var warning = diagnostic
            warning.severity = .warning
            skipped.append(warning)
        }
        return true
    }

    /// Counts a bad row left out.
    mutating func skipRow() {
        if skipsBadRows { skippedRows += 1 }
    }

    /// The schema's `date` field and its `time` field (the articles'), where a date's
    /// time of day goes when the row's own time is empty.
    let timeOfDate: (date: Int, time: Int)?

    /// A careful reader's row, before it is appended: the time of its date cell
    /// (`2021-04-10T08:00:00+07:00`) kept, as written, in an empty `time`.
    func keepTime(ofDate cell: String?, in row: inout [Value]) {
        guard let (date, time) = timeOfDate, let cell, case .date = row[date], row[time].isMissing,
              let written = DateTimeText.split(ValueParser.trimmed(cell))?.time else { return }
        row[time] = .text(String(written))
    }

    /// At the end of a careful reading: an error for each ambiguous number the file never
    /// settled. (Its rows hold the decimal-comma reading, kept only when it is settled.)
    mutating func settleDecimals() {
        for error in decimals.unsettled {
            guard add(error) else { return }
        }
    }

    /// Records an error; false when the file has had enough and reading should stop.
    @discardableResult
    mutating func add(_ diagnostic: Diagnostic, ofARow: Bool = false) -> Bool {
        if !ofARow { hasFileErrors = true }
        // Past the limit the note is already there: a loader that reads on adds nothing more.
        guard diagnostics.count < FileLoad.errorLimit else { return false }
        diagnostics.append(diagnostic)
        if diagnostics.count < FileLoad.errorLimit { return true }
        diagnostics.append(LoadError.tooManyErrors(limit: FileLoad.errorLimit).diagnostic(at: nil))
        return false
    }

    /// Reads a file of a format into the rows of a schema.
    /// `keep` names the fields to store (nil: all); the fast paths leave the others out,
    /// the careful ones store everything.
    /// `meter`, when given, is told of the bytes read as the fast paths go.
    /// `skipBadRows`: a bad row is left out and said (`skipsBadRows`); the fast paths, which
    /// step aside at the first bad row, never meet one.
    static func read(_ bytes: [UInt8], file: String, format: DataFormat, schema: Schema, keep: Set<String>? = nil,
                     meter: LoadMeter? = nil, skipBadRows: Bool = false) -> FileLoad {
        let kept = schema.fields.map { keep?.contains($0.name.lowercased()) ?? true }
        let skip = skipBadRows
        switch format {
        case .csv:
            return FastCSVLoader.load(bytes, file: file, schema: schema, kept: kept, meter: meter)
                ?? (meter?.isCancelled == true ? FileLoad(schema: schema, file: file)
                    : CSVLoader.load(bytes, file: file, schema: schema, skipBadRows: skip))
        case .jsonl:
            return FastJSONLinesLoader.load(bytes, file: file, schema: schema, kept: kept, meter: meter)
                ?? (meter?.isCancelled == true ? FileLoad(schema: schema, file: file)
                    : JSONLoader.loadLines(bytes, file: file, schema: schema, skipBadRows: skip))
        case .json: return JSONLoader.loadArray(bytes, file: file, schema: schema, skipBadRows: skip)
        }
    }
}

extension FileLoad {
    /// The ids and places of some rows (counted from 0) of a file held in memory: to
    /// locate ids repeated across files, which only a few warnings need.
    static func idCells(ofRows rows: Set<Int>, in bytes: [UInt8], file: String,
                        format: DataFormat) -> [Int: (id: String, place: Place)] {
        let text = ByteText(file: file, bytes: bytes)
        switch format {
        case .csv:
            var reader = CSVReader(bytes: bytes, file: file)
            guard let header = try? reader.next(),
                  let column = header.fields.firstIndex(where: { ColumnMatcher.key($0) == "id" }) else { return [:] }
            return CSVLoader.cells(ofRows: rows, column: column, in: bytes, file: file)
        case .jsonl:
            return JSONLoader.idCells(rows, JSONLoader.objectLines(bytes), text: text)
        case .json:
            var splitter = JSONArraySplitter(text)
            guard let elements = try? splitter.elements() else { return [:] }
            return JSONLoader.idCells(rows, elements.map { ($0.range, $0.anchor) }, text: text)
        }
    }
}
