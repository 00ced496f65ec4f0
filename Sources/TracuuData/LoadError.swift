import TracuuDiagnostics
import TracuuValues

/// Everything that can go wrong while loading data, worded once.
///
/// Loaders say *what* went wrong with a case and *where* with a `Place`; `diagnostic(at:)`
/// turns the pair into the `Diagnostic` every stage prints the same way.
enum LoadError: Sendable {
    // The bytes of a file
    case invalidUTF8(byte: UInt8)
    // CSV structure
    case unterminatedQuote
    case textAfterClosingQuote(Character)
    case tooManyFields(found: Int, header: Int)
    case emptyHeaderName
    // JSON structure
    case jsonSyntax(detail: String)
    case notAnObject(format: DataFormat)
    case notAnArray
    case unclosedArray
    case textAfterArray
    case nestedValue(key: String, type: FieldType)
    // Columns and cells
    case unknownColumn(name: String, dataset: String, suggestion: String?, columns: [String])
    case duplicateColumn(name: String, field: String)
    case badCell(text: String, type: FieldType, field: String, dataset: String)
    case ambiguousNumber(text: String, ifDecimalComma: Double, ifDecimalDot: Double, field: String, dataset: String)
    case tooManyErrors(limit: Int)
    case skippedRows(file: String, count: Int, shown: Int, loaded: Int)
    case badRowsStopTheFile(file: String)
    // Files and folders
    case noSuchPath(String)
    case unreadable(path: String, reason: String)
    case noDataFiles(folder: String)
    case passedOver(folder: String, entries: [(name: String, reason: PassedOver.Reason)], limit: Int)
    case notAFile(path: String, kind: String)
    case alreadyLoaded(path: String)
    case repeatedID(id: String, first: String)
    case moreRepeatedIDs(Int)
    case noDatasetForFile(name: String)
    case unknownDataFormat(name: String)

    var severity: Diagnostic.Severity {
        switch self {
        case .passedOver, .notAFile, .alreadyLoaded, .repeatedID: return .warning
        case .moreRepeatedIDs: return .note
        case .tooManyErrors, .skippedRows, .badRowsStopTheFile: return .note
        default: return .error
        }
    }

    var message: String {
        switch self {
        case .invalidUTF8(let byte):
            return "invalid UTF-8: byte 0x\(hex(byte)) cannot start or continue a character"
        case .unterminatedQuote:
            return "this quoted field is never closed"
        case .textAfterClosingQuote(let c):
            return "unexpected '\(c)' after the closing quote of a field"
        case .tooManyFields(let found, let header):
            return "this row has \(found) fields but the header has \(header)"
        case .emptyHeaderName:
            return "a column in the header has no name"
        case .jsonSyntax(let detail):
            return "invalid JSON: \(detail)"
        case .notAnObject(let format):
            return format == .json
                ? "each element of the array must be a JSON object"
                : "each line must be one JSON object"
        case .notAnArray:
            return "a .json file must hold an array of objects"
        case .unclosedArray:
            return "the array is never closed with ']'"
        case .textAfterArray:
            return "unexpected text after the array"
        case .nestedValue(let key, let type):
            return "'\(key)' holds a list or an object, not \(ValueParser.article(of: type))"
        case .unknownColumn(let name, let dataset, _, _):
            return "unknown column '\(name)' in \(dataset)"
        case .duplicateColumn(let name, let field):
            return "column '\(name)' repeats column '\(field)'"
        case .badCell(let text, let type, let field, let dataset):
            return "'\(text)' is not \(ValueParser.article(of: type)) (field '\(field)' of \(dataset))"
        case .ambiguousNumber(let text, let comma, let dot, let field, let dataset):
            let (small, large) = abs(comma) < abs(dot) ? (comma, dot) : (dot, comma)
            return "'\(text)' could be \(Value.format(small)) or \(Value.format(large)): "
                + "a comma or a dot before three digits is a decimal mark in some files and groups thousands in others "
                + "(field '\(field)' of \(dataset))"
        case .tooManyErrors(let limit):
            return "stopped reading this file after \(limit) errors"
        case .skippedRows(let file, let count, let shown, let loaded):
            let rows = count == 1 ? "1 bad row" : "\(count) bad rows"
            let others = loaded == 1 ? "its 1 other row is" : "its \(loaded) other rows are"
            let said = shown < count ? " (the first \(shown) are said above)" : ""
            return "\(rows) of '\(file)' skipped\(said); \(others) loaded"
        case .badRowsStopTheFile(let file):
            return "'\(file)' adds no rows: a bad row stops its file"
        case .noSuchPath(let path):
            return "no such file or folder: '\(path)'"
        case .unreadable(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .noDataFiles(let folder):
            return "no data files in '\(folder)'"
        case .passedOver(let folder, let entries, let limit):
            let named = entries.prefix(limit).map { "\($0.name) (\($0.reason.words))" }
            let more = entries.count > limit ? ", and \(entries.count - limit) more" : ""
            let count = entries.count == 1 ? "1 entry" : "\(entries.count) entries"
            return "\(count) of '\(folder)' not loaded: \(named.joined(separator: ", "))\(more)"
        case .notAFile(let path, let kind):
            return "'\(path)' is not loaded: \(kind)"
        case .alreadyLoaded(let path):
            return "'\(path)' is already loaded: its rows are not added again"
        case .repeatedID(let id, let first):
            return "id '\(id)' was already given to the row at \(first)"
        case .moreRepeatedIDs(let n):
            return "\(n) more \(n == 1 ? "row repeats the id" : "rows repeat the id") of an earlier row"
        case .noDatasetForFile(let name):
            return "cannot tell which dataset '\(name)' belongs to"
        case .unknownDataFormat(let name):
            return "'\(name)' is not a data file (.csv, .jsonl, .ndjson or .json)"
        }
    }

    var hints: [String] {
        let naming = "name a data file after its dataset: articles.jsonl, targets.json, metrics.csv, metrics-2021.csv"
        switch self {
        case .invalidUTF8:
            return ["save the file as UTF-8"]
        case .unterminatedQuote, .textAfterClosingQuote:
            return [#"a quote inside a quoted field is written twice: "a 5"" screen""#]
        case .tooManyFields:
            return [#"a field that holds a comma must be in quotes: "Triệu Phong, Quảng Trị""#]
        case .emptyHeaderName:
            return ["the first line of a CSV file names the columns"]
        case .notAnObject(let format):
            return format == .json
                ? [#"write [{"id": "a"}, {"id": "b"}]"#]
                : [#"write {"id": "a", "title": "…"} on each line"#]
        case .notAnArray, .unclosedArray, .textAfterArray:
            return [#"write [{"id": "a"}, {"id": "b"}], or one object a line in a .jsonl file"#]
        case .nestedValue(_, let type):
            return ["write \(ValueParser.example(of: type))"]
        case .unknownColumn(_, let dataset, let suggestion, let columns):
            if let s = suggestion { return ["did you mean '\(s)'?"] }
            return ["the columns of \(dataset) are: \(columns.joined(separator: ", "))"]
        case .ambiguousNumber(_, let comma, let dot, _, _):
            let grouped = Value.format(max(abs(comma), abs(dot)))
            return ["write \(grouped) without a separator for the larger number; a cell like 38,1 or 1.602,9 "
                    + "elsewhere in the file shows that the comma is its decimal mark, and settles every cell like this one"]
        case .duplicateColumn:
            return ["column names are matched ignoring case; keep one of them"]
        case .badCell(_, let type, _, _):
            return ["write \(ValueParser.example(of: type)), or leave the cell empty"]
        case .noDataFiles:
            return [naming]
        case .noDatasetForFile, .unknownDataFormat:
            return [naming]
        case .passedOver(_, let entries, _):
            let reasons = Set(entries.map(\.reason))
            return (reasons.contains(.namesNoDataset) ? [naming] : [])
                + (reasons.contains(.folder) ? ["a subfolder loads with a --data or .load of its own"] : [])
        case .repeatedID:
            return ["each row's id names it alone: rename or remove one of the two rows"]
        case .moreRepeatedIDs:
            return []
        case .alreadyLoaded:
            return ["to read a changed file afresh, start tracuu again with --data"]
        case .badRowsStopTheFile:
            return ["tracuu --skip-bad-rows --data PATH, or .load --skip-bad-rows PATH, loads the good rows and says each bad one"]
        case .jsonSyntax, .tooManyErrors, .skippedRows, .noSuchPath, .unreadable, .notAFile:
            return []
        }
    }

    /// The diagnostic to print: this error, at that place.
    func diagnostic(at place: Place?) -> Diagnostic {
        Diagnostic(severity, message, at: place, hints: hints)
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
