/// A calendar day, without time or zone: `2021-03-31`, written `31/3/2021` in Vietnamese text.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Stored small, so that a `Value` holding a day is no wider than one holding text:
    // a million-row column of values is a quarter smaller for it.
    private let y: Int16
    private let m: UInt8
    private let d: UInt8

    public var year: Int { Int(y) }
    public var month: Int { Int(m) }
    public var day: Int { Int(d) }

    /// A day that exists in the Gregorian calendar, or nil (`30/2/2020`, `2021-13-01`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.y = Int16(year)
        self.m = UInt8(month)
        self.d = UInt8(day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Reads `2021-03-31` (ISO) or `31/3/2021` and `05/10/2020` (day first, as Vietnamese
    /// writes it). Anything else, or a day that does not exist, gives nil.
    public init?(parsing text: Substring) {
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4 {
            guard let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]),
                  iso[1].count <= 2, iso[2].count <= 2 else { return nil }
            self.init(year: y, month: m, day: d)
            return
        }
        let vn = text.split(separator: "/", omittingEmptySubsequences: false)
        if vn.count == 3, vn[2].count == 4, vn[0].count <= 2, vn[1].count <= 2 {
            guard let d = Int(vn[0]), let m = Int(vn[1]), let y = Int(vn[2]) else { return nil }
            self.init(year: y, month: m, day: d)
            return
        }
        return nil
    }

    public init?(parsing text: String) { self.init(parsing: Substring(text)) }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// ISO 8601: `2021-03-31`.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
