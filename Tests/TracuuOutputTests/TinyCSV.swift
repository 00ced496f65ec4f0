/// A small RFC 4180 reader for the round-trip test, written apart from the writer so the
/// two do not share a mistake. It reads by Unicode scalar, as a byte-oriented reader would.
enum TinyCSV {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()

        while let s = pending {
            pending = scalars.next()
            if inQuotes {
                if s == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = scalars.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(s)
                }
            } else if s == "\"" {
                inQuotes = true
            } else if s == "," {
                record.append(String(field))
                field = String.UnicodeScalarView()
            } else if s == "\n" {
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
            } else {
                field.append(s)
            }
        }
        return records
    }
}
