/// A date written with its time of day, as scrapers, APIs and spreadsheets write one:
/// `2021-04-10T08:00:00+07:00`, `2021-04-10T01:00:00Z`, `2021-04-10 08:00`,
/// `10/04/2021 08:00`. A date field reads the date as written: the zone, when there is
/// one, says what clock the time is on, and is not used to move the date (as sqlite3's
/// `date()` and a DuckDB cast to DATE read it).
enum DateTimeText {
    /// The date and the time of a cell (the time nil when it has none), or nil when what
    /// follows the date is not a time of day.
    static func split(_ cell: Substring) -> (date: Substring, time: Substring?)? {
        guard let cut = cell.firstIndex(where: { $0 == "T" || $0 == "t" || $0 == " " }) else { return (cell, nil) }
        let date = cell[..<cut]
        var time = cell[cell.index(after: cut)...]
        while time.first == " " { time = time.dropFirst() }
        return isTime(time) ? (date, time) : nil
    }

    /// Whether a cell's text holds a time after its date (it need not be a date).
    static func hasTime(_ cell: Substring) -> Bool {
        cell.contains { $0 == "T" || $0 == "t" || $0 == " " } && split(cell)?.time != nil
    }

    /// `hasTime` of a cell's bytes, as a fast loader holds them.
    static func hasTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A date alone is ASCII without a `T`, `t` or space: most cells end here.
        guard bytes.contains(where: { $0 == 0x54 || $0 == 0x74 || $0 == 0x20 }),
              let text = String(validating: bytes, as: UTF8.self) else { return false }
        return hasTime(ValueParser.trimmed(text))
    }

    /// `HH:MM`, `HH:MM:SS`, `HH:MM:SS.fff`, then `Z`, `±HH:MM`, `±HHMM`, `±HH` or nothing.
    static func isTime(_ text: Substring) -> Bool {
        var rest = Substring(text)
        func number(_ digits: Int, upTo limit: Int) -> Bool {
            let part = rest.prefix(digits)
            guard part.count == digits, part.allSatisfy(\.isASCIIDigit), let n = Int(part), n <= limit else { return false }
            rest = rest.dropFirst(digits)
            return true
        }
        func take(_ c: Character) -> Bool {
            guard rest.first == c else { return false }
            rest = rest.dropFirst()
            return true
        }
        guard number(2, upTo: 23), take(":"), number(2, upTo: 59) else { return false }
        if take(":") {
            guard number(2, upTo: 60) else { return false }
            if take(".") || take(",") {
                let fraction = rest.prefix { $0.isASCIIDigit }
                guard !fraction.isEmpty else { return false }
                rest = rest.dropFirst(fraction.count)
            }
        }
        if rest.isEmpty || rest == "Z" || rest == "z" { return true }
        guard take("+") || take("-") || take("−"), number(2, upTo: 14) else { return false }
        if rest.isEmpty { return true }
        _ = take(":")
        return number(2, upTo: 59) && rest.isEmpty
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
