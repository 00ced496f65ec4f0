import TracuuDiagnostics
import TracuuValues

/// Turns the records of a CSV file into rows of a dataset.
///
/// The first record is the header; its names are matched to the schema's fields
/// (`ColumnMatcher`), so columns may come in any order. A field the header leaves out is
/// missing in every row. A row with fewer fields than the header is read as if the rest
/// were empty (spreadsheets drop trailing empty cells); a row with more is an error, since
/// something in it was meant to go somewhere the header does not say. A number like
/// `10,000` waits for the rest of the file to say which decimal mark it uses
/// (`DecimalConvention`).
enum CSVLoader {
    static func load(_ bytes: [UInt8], file: String, schema: Schema, skipBadRows: Bool = false) -> FileLoad {
        var load = FileLoad(schema: schema, file: file)
        load.skipsBadRows = skipBadRows
        var reader = CSVReader(bytes: bytes, file: file)
        do {
            guard let header = try reader.next() else { return load } // an empty file has no rows
            guard let columns = fieldIndices(of: header, reader: reader, schema: schema, into: &load) else {
                return load
            }
            var row = [Value](repeating: .missing, count: schema.fields.count)
            let idColumn = schema.index(of: "id").flatMap { columns.firstIndex(of: $0) }
            let dateColumn = load.timeOfDate.flatMap { columns.firstIndex(of: $0.date) }
            var ids = RepeatedIDs()
            var recordIndex = -1
            records: while let record = try reader.next() {
                recordIndex += 1
                if let idColumn, idColumn < record.fields.count { ids.note(record.fields[idColumn], row: recordIndex) }
                if record.fields.count > columns.count, let last = record.spans.last {
                    let extra = record.spans[columns.count].lowerBound..<last.upperBound
                    let error = LoadError.tooManyFields(found: record.fields.count, header: columns.count)
                    load.skipRow()
                    guard load.addRowError(error.diagnostic(at: reader.place(of: extra, in: record))) else { break }
                    continue
                }
                for i in row.indices { row[i] = .missing }
                var good = true
                for (i, text) in record.fields.enumerated() {
                    let field = schema.fields[columns[i]]
                    switch ValueParser.read(text, as: field.type) {
                    case .value(let value, let showsDecimalComma):
                        row[columns[i]] = value
                        if showsDecimalComma { load.decimals.noteDecimalComma() }
                        continue
                    case .ambiguous(let comma, let dot):
                        // Read the Vietnamese way for now; an error at the end unless the file settles it.
                        row[columns[i]] = .number(comma)
                        load.decimals.noteAmbiguous {
                            LoadError.ambiguousNumber(text: text, ifDecimalComma: comma, ifDecimalDot: dot,
                                                      field: field.name, dataset: schema.dataset)
                                .diagnostic(at: reader.place(of: record.spans[i], in: record))
                        }
                        continue
                    case .invalid:
                        break
                    }
                    good = false
                    let error = LoadError.badCell(text: text, type: field.type, field: field.name, dataset: schema.dataset)
                    guard load.addRowError(error.diagnostic(at: reader.place(of: record.spans[i], in: record))) else { break records }
                }
                guard good else {
                    load.skipRow()
                    continue
                }
                if let dateColumn, dateColumn < record.fields.count { load.keepTime(ofDate: record.fields[dateColumn], in: &row) }
                load.rows.append(row)
            }
            load.settleDecimals()
            load.ids = ids
            if !load.failed, let idColumn, !ids.isEmpty {
                load.warnings = ids.warnings(file: file) { cells(ofRows: $0, column: idColumn, in: bytes, file: file) }
            }
        } catch {
            load.add(error)
        }
        return load
    }

    /// The texts and places of a column's cells in some rows (counted from 0 after the
    /// header), found by reading the file again up to the last of them: only a file with
    /// repeated ids needs them, and only a few.
    static func cells(ofRows rows: Set<Int>, column: Int, in bytes: [UInt8], file: String) -> [Int: (id: String, place: Place)] {
        var reader = CSVReader(bytes: bytes, file: file)
        var found: [Int: (id: String, place: Place)] = [:]
        guard let last = rows.max(), (try? reader.next()) != nil else { return found }
        var index = 0
        while index <= last, let record = try? reader.next() {
            if rows.contains(index), column < record.spans.count {
                found[index] = (record.fields[column], reader.place(of: record.spans[column], in: record))
            }
            index += 1
        }
        return found
    }

    /// The field each header column stands for, or nil (with errors in `load`) when a
    /// column is unnamed, unknown or named twice. A place is worked out only for an error
    /// that is reported, and reading stops at the file's error limit: a header of
    /// thousands of unknown names costs ten places, not thousands.
    static func fieldIndices(
        of header: CSVRecord, reader: CSVReader, schema: Schema, into load: inout FileLoad
    ) -> [Int]? {
        let matcher = ColumnMatcher(schema: schema)
        var columns: [Int] = []
        var firstColumnOfField: [Int: String] = [:]
        var good = true
        for (name, span) in zip(header.fields, header.spans) {
            let error: LoadError
            if ColumnMatcher.key(name).isEmpty {
                error = .emptyHeaderName
            } else if let index = matcher.fieldIndex(of: name) {
                columns.append(index)
                guard let earlier = firstColumnOfField[index] else {
                    firstColumnOfField[index] = name
                    continue
                }
                error = .duplicateColumn(name: name, field: earlier)
            } else {
                error = matcher.unknown(name)
            }
            good = false
            guard load.add(error.diagnostic(at: reader.place(of: span, in: header))) else { break }
        }
        return good ? columns : nil
    }
}
