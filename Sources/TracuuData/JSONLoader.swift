import Foundation
import TracuuDiagnostics
import TracuuValues

/// Turns JSON Lines (`.jsonl`, `.ndjson`) and JSON arrays (`.json`) into rows of a dataset.
///
/// Each object is one row. Its keys are matched to the schema's fields like a CSV header
/// (`ColumnMatcher`); a field no key names is missing. Objects are parsed one at a time
/// with Foundation's `JSONSerialization`, so every error can name the line its object
/// starts on.
enum JSONLoader {
    /// One object a line; blank lines are skipped.
    static func loadLines(_ bytes: [UInt8], file: String, schema: Schema, skipBadRows: Bool = false) -> FileLoad {
        var reader = ObjectReader(text: ByteText(file: file, bytes: bytes), schema: schema, format: .jsonl)
        reader.load.skipsBadRows = skipBadRows
        for object in objectLines(bytes) {
            guard reader.read(object.range, anchor: object.anchor) else { break }
        }
        reader.load.settleDecimals()
        reader.reportRepeatedIDs { rows in
            idCells(rows, objectLines(bytes).lazy.map { ($0.range, $0.anchor) }, text: ByteText(file: file, bytes: bytes))
        }
        return reader.load
    }

    /// Where each object of a JSON Lines file starts: the first byte that is not space
    /// of each line that is not blank.
    static func objectLines(_ bytes: [UInt8]) -> [(range: Range<Int>, anchor: ByteText.Anchor)] {
        var found: [(range: Range<Int>, anchor: ByteText.Anchor)] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: ByteText.lineFeed) ?? bytes.count
            let anchor = ByteText.Anchor(line: line, start: start)
            if let first = bytes[start..<end].firstIndex(where: { !isSpace($0) }) {
                found.append((first..<end, anchor))
            }
            start = end + 1
            line += 1
        }
        return found
    }

    /// The ids and places of some objects (counted from 0), given where each starts and
    /// ends; an object is parsed again only when it is asked for.
    static func idCells(_ rows: Set<Int>, _ objects: some Sequence<(Range<Int>, ByteText.Anchor)>,
                        text: ByteText) -> [Int: (id: String, place: Place)] {
        var found: [Int: (id: String, place: Place)] = [:]
        for (index, (range, anchor)) in objects.enumerated() where rows.contains(index) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.bytes[range])) as? [String: Any],
                  let id = object.first(where: { ColumnMatcher.key($0.key) == "id" })?.value as? String else { continue }
            found[index] = (id, text.place(at: range.lowerBound, from: anchor))
        }
        return found
    }

    /// One array of objects, which may span any number of lines.
    static func loadArray(_ bytes: [UInt8], file: String, schema: Schema, skipBadRows: Bool = false) -> FileLoad {
        let text = ByteText(file: file, bytes: bytes)
        var reader = ObjectReader(text: text, schema: schema, format: .json)
        reader.load.skipsBadRows = skipBadRows
        var splitter = JSONArraySplitter(text)
        do {
            let elements = try splitter.elements()
            for element in elements {
                guard reader.read(element.range, anchor: element.anchor) else { break }
            }
            reader.load.settleDecimals()
            reader.reportRepeatedIDs { rows in
                idCells(rows, elements.lazy.map { ($0.range, $0.anchor) }, text: text)
            }
        } catch {
            reader.load.add(error)
        }
        return reader.load
    }

    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }
}

/// Reads JSON objects, one at a time, into the rows of a `FileLoad`.
private struct ObjectReader {
    let text: ByteText
    let schema: Schema
    let format: DataFormat
    let matcher: ColumnMatcher
    var load: FileLoad
    private var fieldOfKey: [String: Int] = [:]   // keys seen before, so each is matched once
    private var reportedKeys: Set<String> = []     // unknown keys already reported, so each is reported once
    private var ids = RepeatedIDs()
    private var objects = 0                        // how many objects were read, to number them

    init(text: ByteText, schema: Schema, format: DataFormat) {
        self.text = text
        self.schema = schema
        self.format = format
        matcher = ColumnMatcher(schema: schema)
        load = FileLoad(schema: schema, file: text.file)
    }

    /// Reads the object in `range` as a row; false when the file has had too many errors.
    mutating func read(_ range: Range<Int>, anchor: ByteText.Anchor) -> Bool {
        let bytes = text.bytes
        defer { objects += 1 }
        if case .failure(let bad) = ByteText.string(bytes, range) {
            let place = text.place(at: bad.offset, from: anchor)
            load.skipRow()
            return load.addRowError(LoadError.invalidUTF8(byte: bytes[bad.offset]).diagnostic(at: place))
        }
        // Only an error needs the place of the object; finding its line costs a scan.
        let objectPlace = { [text] in text.place(at: range.lowerBound, from: anchor) }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes[range]), options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            let (message, offset) = ObjectReader.split(detail)
            let place = offset.map { text.place(at: min(range.lowerBound + $0, range.upperBound - 1), from: anchor) }
            load.skipRow()
            return load.addRowError(LoadError.jsonSyntax(detail: message).diagnostic(at: place ?? objectPlace()))
        }
        guard let object = parsed as? [String: Any] else {
            load.skipRow()
            return load.addRowError(LoadError.notAnObject(format: format).diagnostic(at: objectPlace()))
        }
        var row = [Value](repeating: .missing, count: schema.fields.count)
        var keyOfField: [Int: String] = [:] // `Title` and `title` would name one field twice
        var dateText: String?
        var good = true
        var badCell = false
        // Sorted, so that errors in one object come in the same order every run.
        for (key, any) in object.sorted(by: { $0.key < $1.key }) {
            guard let index = fieldIndex(of: key) else {
                good = false
                if reportedKeys.insert(key).inserted {
                    let place = self.place(of: key, in: range, anchor: anchor, value: false) ?? objectPlace()
                    guard load.add(matcher.unknown(key).diagnostic(at: place)) else { return false }
                }
                continue
            }
            if let earlier = keyOfField.updateValue(key, forKey: index) {
                good = false
                let place = self.place(of: key, in: range, anchor: anchor, value: false) ?? objectPlace()
                guard load.add(LoadError.duplicateColumn(name: key, field: earlier).diagnostic(at: place)) else { return false }
                continue
            }
            let field = schema.fields[index]
            if field.name == "id", let id = any as? String { ids.note(id, row: objects) }
            if index == load.timeOfDate?.date { dateText = any as? String }
            let error: LoadError
            switch JSONCell.read(any, as: field.type) {
            case .value(let value, let showsDecimalComma):
                row[index] = value
                if showsDecimalComma { load.decimals.noteDecimalComma() }
                continue
            case .ambiguous(let comma, let dot):
                // Read the Vietnamese way for now; an error at the end unless the file settles it.
                row[index] = .number(comma)
                let written = any as? String ?? ""
                var decimals = load.decimals
                decimals.noteAmbiguous {
                    LoadError.ambiguousNumber(text: written, ifDecimalComma: comma, ifDecimalDot: dot,
                                              field: field.name, dataset: schema.dataset)
                        .diagnostic(at: self.place(of: key, in: range, anchor: anchor, value: true) ?? objectPlace())
                }
                load.decimals = decimals
                continue
            case .wrongType(let written):
                error = .badCell(text: written, type: field.type, field: field.name, dataset: schema.dataset)
            case .nested:
                error = .nestedValue(key: key, type: field.type)
            }
            good = false
            badCell = true
            let place = self.place(of: key, in: range, anchor: anchor, value: true) ?? objectPlace()
            guard load.addRowError(error.diagnostic(at: place)) else { return false }
        }
        guard good else {
            // A row bad only in its cells is left out; an unknown or repeated key fails the file, as a CSV header would.
            if badCell { load.skipRow() }
            return true
        }
        load.keepTime(ofDate: dateText, in: &row)
        load.rows.append(row)
        return true
    }

    /// Once the file is read without error: a warning for each row that repeats an id.
    mutating func reportRepeatedIDs(cells: (Set<Int>) -> [Int: (id: String, place: Place)]) {
        load.ids = ids
        guard !load.failed, !ids.isEmpty else { return }
        load.warnings = ids.warnings(file: text.file, cells: cells)
    }

    /// Foundation's description of a syntax error, worded like ours, and the byte it
    /// stopped at: "Invalid value around character 6." → ("invalid value", 6).
    static func split(_ detail: String) -> (message: String, offset: Int?) {
        var sentence = Substring(detail.prefix { $0 != "." })
        var offset: Int?
        if let around = sentence.range(of: " around character ") {
            offset = Int(sentence[around.upperBound...])
            sentence = sentence[..<around.lowerBound]
        }
        guard let first = sentence.first else { return ("not valid JSON", offset) }
        return (first.lowercased() + sentence.dropFirst(), offset)
    }

    private mutating func fieldIndex(of key: String) -> Int? {
        if let known = fieldOfKey[key] { return known }
        let index = matcher.fieldIndex(of: key)
        if let index { fieldOfKey[key] = index }
        return index
    }

    /// Where a key (or the value after it) is written in the object, if it can be found.
    private func place(of key: String, in range: Range<Int>, anchor: ByteText.Anchor, value: Bool) -> Place? {
        guard let found = JSONLocator.find(key: key, in: text.bytes, range) else { return nil }
        let span = value ? found.value : found.key
        return text.place(at: span.lowerBound, length: span.count, from: anchor)
    }
}
