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
/// What it accepts:
/// - quoted fields holding commas, line breaks and doubled quotes: `"say ""hi"", then go"`;
/// - line ends LF or CR LF, and a last line without one;
/// - a UTF-8 byte order mark before the first line (skipped);
/// - empty fields (`a,,c`); blank lines are skipped, since they hold no row.
///
/// A line break inside a quoted field is read as LF, whether the file wrote CR LF or LF,
/// so the same file saved on Windows and on Linux gives the same texts. A quote in the
/// middle of an unquoted field (`5" screen`) is kept as text: spreadsheets write such
/// files, and nothing is lost by reading them.
///
/// What it rejects, with a diagnostic at the place: a quoted field that never closes
/// (the caret is on its opening quote), text after a closing quote (`"abc"x`), and bytes
/// that are not UTF-8.
public struct CSVReader: Sendable {
    private let text: ByteText
    private var position: Int        // the next byte to read
    private var line = 1             // the line `position` is on
    private var lineStart: Int       // the offset where that line starts
    private var record = CSVRecord() // reused, so its arrays keep their capacity
    private var unescaped: [UInt8] = [] // scratch for fields whose bytes must change

    private static let quote: UInt8 = 0x22
    private static let comma: UInt8 = 0x2C
    private static let lf = ByteText.lineFeed
    private static let cr = ByteText.carriageReturn

    /// A reader of `bytes`; `file` is the name errors print before `:line:col`.
    public init(bytes: [UInt8], file: String) {
        text = ByteText(file: file, bytes: bytes)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        position = bytes.starts(with: bom) ? bom.count : 0
        lineStart = position
    }

    /// The offset of the next byte to read: after `next()`, where the next record starts.
    var offset: Int { position }

    /// The next record, or nil at the end of the file.
    public mutating func next() throws(Diagnostic) -> CSVRecord? {
        let bytes = text.bytes
        skipBlankLines()
        guard position < bytes.count else { return nil }
        record.fields.removeAll(keepingCapacity: true)
        record.spans.removeAll(keepingCapacity: true)
        record.line = line
        record.lineStart = lineStart
        while true {
            let start = position
            let field = bytes[position...].first == CSVReader.quote
                ? try quotedField()
                : try plainField()
            record.fields.append(field)
            record.spans.append(start..<position)
            // `position` is now on the byte after the field: a comma, a line end, or the end.
            if position < bytes.count, bytes[position] == CSVReader.comma {
                position += 1
                continue
            }
            endLine()
            return record
        }
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

    /// A field without quotes: everything up to the next comma or line end.
    private mutating func plainField() throws(Diagnostic) -> String {
        let bytes = text.bytes
        let start = position
        while position < bytes.count, bytes[position] != CSVReader.comma, bytes[position] != CSVReader.lf {
            position += 1
        }
        var end = position
        // The CR of a CR LF line end (or of a last line that ends in CR) is not text.
        if end > start, bytes[end - 1] == CSVReader.cr, end == bytes.count || bytes[end] == CSVReader.lf { end -= 1 }
        return try string(start..<end)
    }

    /// A field in quotes, starting on its opening quote. Leaves `position` after the
    /// closing quote, which must be followed by a comma, a line end or the end of the file.
    private mutating func quotedField() throws(Diagnostic) -> String {
        let bytes = text.bytes
        let opening = position
        let openingAnchor = ByteText.Anchor(line: line, start: lineStart)
        position += 1
        let start = position
        var plain = true // no doubled quote and no CR LF inside: the bytes are the text
        while true {
            guard position < bytes.count else {
                throw LoadError.unterminatedQuote.diagnostic(at: text.place(at: opening, from: openingAnchor))
            }
            let b = bytes[position]
            if b == CSVReader.quote {
                if position + 1 < bytes.count, bytes[position + 1] == CSVReader.quote {
                    plain = false
                    position += 2
                    continue
                }
                break
            }
            if b == CSVReader.lf {
                line += 1
                lineStart = position + 1
            } else if b == CSVReader.cr, position + 1 < bytes.count, bytes[position + 1] == CSVReader.lf {
                plain = false
            }
            position += 1
        }
        let end = position
        position += 1 // the closing quote
        try expectFieldEnd()
        return plain ? try string(start..<end) : try unescape(start..<end)
    }

    /// After a closing quote only a comma, a line end or the end of the file may come.
    private func expectFieldEnd() throws(Diagnostic) {
        let bytes = text.bytes
        guard position < bytes.count else { return }
        let b = bytes[position]
        if b == CSVReader.comma || b == CSVReader.lf { return }
        if b == CSVReader.cr, position + 1 == bytes.count || bytes[position + 1] == CSVReader.lf { return }
        let place = text.place(at: position, from: .init(line: line, start: lineStart))
        let found = String(decoding: bytes[position..<min(bytes.count, position + 4)], as: UTF8.self).first ?? "?"
        throw LoadError.textAfterClosingQuote(found).diagnostic(at: place)
    }

    /// The text of a quoted field whose doubled quotes become single and CR LF becomes LF.
    private mutating func unescape(_ range: Range<Int>) throws(Diagnostic) -> String {
        let bytes = text.bytes
        unescaped.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            let pair = i + 1 < range.upperBound ? bytes[i + 1] : 0
            if (b == CSVReader.quote && pair == CSVReader.quote) || (b == CSVReader.cr && pair == CSVReader.lf) {
                i += 1 // drop the first quote of two, or the CR of CR LF
            }
            unescaped.append(bytes[i])
            i += 1
        }
        if let s = String(validating: unescaped, as: UTF8.self) { return s }
        // The same bytes checked in place, so the error points where they are in the file.
        return try string(range)
    }

    /// Checked UTF-8 text of some bytes of the file.
    private func string(_ range: Range<Int>) throws(Diagnostic) -> String {
        switch ByteText.string(text.bytes, range) {
        case .success(let s):
            return s
        case .failure(let bad):
            let place = text.place(at: bad.offset, from: .init(line: record.line, start: record.lineStart))
            throw LoadError.invalidUTF8(byte: text.bytes[bad.offset]).diagnostic(at: place)
        }
    }

    /// Steps over the line end after a record, if there is one.
    private mutating func endLine() {
        let bytes = text.bytes
        if position < bytes.count, bytes[position] == CSVReader.cr { position += 1 } // after a quoted field
        if position < bytes.count, bytes[position] == CSVReader.lf {
            position += 1
            line += 1
            lineStart = position
        }
    }

    /// Blank lines hold no record; CSV writers leave them at the end of files.
    private mutating func skipBlankLines() {
        let bytes = text.bytes
        while position < bytes.count {
            if bytes[position] == CSVReader.lf {
                position += 1
            } else if bytes[position] == CSVReader.cr, position + 1 < bytes.count, bytes[position + 1] == CSVReader.lf {
                position += 2
            } else {
                return
            }
            line += 1
            lineStart = position
        }
    }
}
