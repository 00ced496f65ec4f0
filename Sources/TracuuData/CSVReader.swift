import TracuuDiagnostics

/// One record of a CSV file: its fields, and where each lies in the file's bytes.
public struct CSVRecord: Sendable {
    /// The fields, unquoted and with doubled quotes made single.
    public var fields: [String] = []
    /// The bytes each field takes in the file, quotes included, to point at in errors.
    public var spans: [Range<Int>] = []
    /// The line the record starts on, counted from 1.
    public var line = 0
    /// The offset of that line's first byte.
    public var lineStart = 0
}

/// Reads CSV (RFC 4180) from a file's bytes, one record at a time.
///
/// Written by hand rather than taken from a package for two reasons: it works on bytes
/// and streams records, so a million-row file is never one `String` (the speed the bench
/// asks for), and it knows the exact line and column of every field, so an error can put
/// a caret under the very byte that is wrong.
///
/// What a record and a field are is decided by `FieldScanner`, the tokenizer the fast
/// path uses too (its comment lists the rules: quotes, line ends, blank lines). This
/// reader adds what the careful path needs: each field as checked UTF-8 text, where it
/// lies, the line each record starts on, and a diagnostic at the place of each problem:
/// a quoted field that never closes (the caret is on its opening quote), text after a
/// closing quote (`"abc"x`), and bytes that are not UTF-8.
public struct CSVReader: Sendable {
    private let text: ByteText
    private var position: Int        // the next byte to read
    private var line = 1             // the line `position` is on, counting line feeds
    private var lineStart: Int       // the offset where that line starts
    private var record = CSVRecord() // reused, so its arrays keep their capacity

    /// A reader of `bytes`; `file` is the name errors print before `:line:col`.
    public init(bytes: [UInt8], file: String) {
        text = ByteText(file: file, bytes: bytes)
        position = FieldScanner.start(of: bytes)
        lineStart = position
    }

    /// The offset of the next byte to read: after `next()`, where the next record starts.
    var offset: Int { position }

    /// The next record, or nil at the end of the file.
    public mutating func next() throws(Diagnostic) -> CSVRecord? {
        let bytes = text.bytes
        let read: Result<CSVRecord?, Diagnostic> = bytes.withUnsafeBufferPointer { buffer in
            do throws(Diagnostic) {
                return .success(try nextRecord(buffer))
            } catch {
                return .failure(error)
            }
        }
        return try read.get()
    }

    private mutating func nextRecord(_ buffer: UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> CSVRecord? {
        var scanner = FieldScanner(buffer: buffer, position: position)
        let more = scanner.skipBlankLines()
        moveLines(to: scanner.position)
        guard more else { return nil }
        record.fields.removeAll(keepingCapacity: true)
        record.spans.removeAll(keepingCapacity: true)
        record.line = line
        record.lineStart = lineStart
        while true {
            let start = scanner.position
            guard let field = scanner.nextField() else { throw diagnostic(for: scanner.failure) }
            record.fields.append(try string(field, of: scanner))
            record.spans.append(start..<scanner.position)
            if scanner.endOfRecord() { break }
        }
        moveLines(to: scanner.position)
        return record
    }

    /// Every record left, for small files and tests.
    public mutating func readAll() throws(Diagnostic) -> [[String]] {
        var all: [[String]] = []
        while let r = try next() { all.append(r.fields) }
        return all
    }

    /// A place in the file, for loaders that find a field's value wrong.
    public func place(of span: Range<Int>, in record: CSVRecord) -> Place {
        text.place(at: span.lowerBound, length: span.count, from: .init(line: record.line, start: record.lineStart))
    }

    /// Moves `position` on to `end`, counting the line feeds passed.
    private mutating func moveLines(to end: Int) {
        let bytes = text.bytes
        while position < end {
            if bytes[position] == ByteText.lineFeed {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
    }

    /// The field's text, checked to be UTF-8.
    private func string(_ field: ScannedField, of scanner: FieldScanner) throws(Diagnostic) -> String {
        if let s = scanner.withBytes(of: field, { String(validating: $0, as: UTF8.self) }) { return s }
        // The bytes checked where they are in the file, so the error points at them there
        // (doubled quotes and CR LF, the only bytes unescaping drops, are ASCII).
        let bad = ByteText.firstInvalidUTF8(in: text.bytes, field.range) ?? field.range.lowerBound
        throw LoadError.invalidUTF8(byte: text.bytes[bad]).diagnostic(at: placeInRecord(bad))
    }

    /// The error for why the scanner stopped inside the current record.
    private func diagnostic(for failure: FieldScanner.Failure?) -> Diagnostic {
        switch failure {
        case .unclosedQuote(let opening):
            return LoadError.unterminatedQuote.diagnostic(at: placeInRecord(opening))
        case .textAfterClosingQuote(let at):
            let bytes = text.bytes
            let found = String(decoding: bytes[at..<min(bytes.count, at + 4)], as: UTF8.self).first ?? "?"
            return LoadError.textAfterClosingQuote(found).diagnostic(at: placeInRecord(at))
        case nil:
            return LoadError.unterminatedQuote.diagnostic(at: placeInRecord(position))
        }
    }

    private func placeInRecord(_ offset: Int) -> Place {
        text.place(at: offset, from: .init(line: record.line, start: record.lineStart))
    }
}
