/// Where a field's bytes are: a range of the file or, when it was quoted with doubled
/// quotes or CR LF inside, the scanner's copy with those made single. Plain data, so the
/// scanner's loop moves no reference counts.
struct ScannedField {
    /// The field's text in the file, inside its quotes if it has them.
    let range: Range<Int>
    let copied: Bool
}

/// The one place that decides what a CSV record and a field are (RFC 4180, as
/// spreadsheets write it). The careful `CSVReader` and the fast `CSVRecordChunk` both
/// walk a file with it, so the two paths cannot split a file differently: the fast one
/// only skips work (making strings, tracking lines), never decides.
///
/// - A line ends at LF, CR LF or a lone CR (old Mac files); lines holding nothing are
///   skipped, since they hold no record.
/// - A field not starting with a quote runs to the next comma or line end; a quote
///   inside it (`5" screen`) is text.
/// - A quoted field runs to its closing quote, holding commas and line breaks; `""` is
///   one quote and CR LF reads as LF (a lone CR stays as it is). After the closing quote
///   only a comma, a line end or the end of the file may come.
/// - A comma at the very end of the file leaves one more, empty, field.
struct FieldScanner {
    let buffer: UnsafeBufferPointer<UInt8>
    var position: Int
    /// Why the last `nextField` returned nil.
    private(set) var failure: Failure?
    /// The last quoted field that had to be unescaped.
    private var copy: [UInt8] = []

    enum Failure: Equatable {
        /// The quoted field whose opening quote is at this offset never closes.
        case unclosedQuote(opening: Int)
        /// Something other than a comma or a line end follows a closing quote, here.
        case textAfterClosingQuote(at: Int)
    }

    init(buffer: UnsafeBufferPointer<UInt8>, position: Int) {
        self.buffer = buffer
        self.position = position
    }

    static let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

    /// Where the first record of a file starts: after a UTF-8 byte order mark, if any.
    static func start(of bytes: some Collection<UInt8>) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Skips empty lines; false at the end of the file.
    mutating func skipBlankLines() -> Bool {
        while position < buffer.count, buffer[position] == FieldScanner.lf || buffer[position] == FieldScanner.cr {
            position += 1
        }
        return position < buffer.count
    }

    /// The next field; nil (with `failure` set) when a quoted field is not closed properly.
    mutating func nextField() -> ScannedField? {
        guard position < buffer.count, buffer[position] == FieldScanner.quote else {
            let start = position
            while position < buffer.count {
                let b = buffer[position]
                if b == FieldScanner.comma || b == FieldScanner.lf || b == FieldScanner.cr { break }
                position += 1
            }
            return ScannedField(range: start..<position, copied: false)
        }
        let opening = position
        position += 1
        let start = position
        var copying = false
        while position < buffer.count {
            let b = buffer[position]
            if b == FieldScanner.quote {
                if position + 1 < buffer.count, buffer[position + 1] == FieldScanner.quote {
                    startCopy(from: start, if: !copying)
                    copying = true
                    copy.append(FieldScanner.quote)
                    position += 2
                    continue
                }
                let end = position
                position += 1
                // Only a comma or a line end may follow a closing quote.
                if position < buffer.count, buffer[position] != FieldScanner.comma,
                   buffer[position] != FieldScanner.lf, buffer[position] != FieldScanner.cr {
                    failure = .textAfterClosingQuote(at: position)
                    return nil
                }
                return ScannedField(range: start..<end, copied: copying)
            }
            // CR LF inside a quoted field is read as LF, so a file saved on Windows and
            // on Linux gives the same texts.
            if b == FieldScanner.cr, position + 1 < buffer.count, buffer[position + 1] == FieldScanner.lf {
                startCopy(from: start, if: !copying)
                copying = true
                position += 1
                continue
            }
            if copying { copy.append(b) }
            position += 1
        }
        failure = .unclosedQuote(opening: opening)
        return nil
    }

    /// Starts the copy of a quoted field with its bytes so far.
    private mutating func startCopy(from start: Int, if needed: Bool) {
        guard needed else { return }
        copy.removeAll(keepingCapacity: true)
        copy.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<position]))
    }

    /// The bytes of a field this scanner just read.
    func withBytes<R>(of field: ScannedField, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        field.copied ? copy.withUnsafeBufferPointer(body) : body(UnsafeBufferPointer(rebasing: buffer[field.range]))
    }

    /// After a field: true at the end of a record (taking its line end), false after a comma.
    mutating func endOfRecord() -> Bool {
        if position < buffer.count, buffer[position] == FieldScanner.comma {
            position += 1
            // A comma at the very end of the file leaves one empty field; let the next call see it.
            return false
        }
        if position < buffer.count, buffer[position] == FieldScanner.cr { position += 1 }
        if position < buffer.count, buffer[position] == FieldScanner.lf { position += 1 }
        return true
    }
}
