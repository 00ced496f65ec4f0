import TracuuValues

/// The date line a news page prints above an article: `Thứ hai - 05/10/2020 10:27`.
public struct PageTimestamp: Equatable, Sendable {
    public var day: Day
    /// `HH:MM` (`10:27` from `10:27`, `10h27` or `10 giờ 27`), nil when the line has no time.
    public var time: String?
    /// The weekday written before the date, 1 = Monday … 7 = Sunday (`Thứ hai` → 1,
    /// `Chủ nhật` → 7, `Thứ 2` → 1); nil when none is written.
    public var weekday: Int?

    /// Whether the written weekday is the weekday of `day`; nil when none is written.
    public var weekdayMatches: Bool? { weekday.map { $0 == PageTimestamp.weekday(of: day) } }

    public init(day: Day, time: String?, weekday: Int?) {
        self.day = day
        self.time = time
        self.weekday = weekday
    }

    /// Monday 1 … Sunday 7, counted from 1 January 1970, a Thursday.
    public static func weekday(of day: Day) -> Int {
        // Days from the civil date (Howard Hinnant's days_from_civil).
        let y = day.month <= 2 ? day.year - 1 : day.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = day.month
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let thursday = 4
        return ((days + thursday - 1) % 7 + 7) % 7 + 1
    }
}

extension DatePhrases {
    /// The page timestamp of a line: `Thứ hai - 05/10/2020 10:27 548 0` → (2020-10-05, `10:27`);
    /// also `Chủ nhật - …`, `10h27`, `10 giờ 27`, or a date alone. Nil when the line holds no full date.
    public static func timestamp(_ line: String) -> (day: Day, time: String?)? {
        pageTimestamp(line).map { ($0.day, $0.time) }
    }

    /// The page timestamp with the weekday as written, to check it against the date.
    public static func pageTimestamp(_ line: String) -> PageTimestamp? {
        guard mayHoldYear(line) else { return nil }
        let t = TokenizedText(line)
        var claims = t.claims(before: .dates)
        guard let date = find(in: t, claims: &claims, defaultYear: nil).first,
              date.value.lowerBound == date.value.upperBound else { return nil }
        let time = ClockTimes.read(in: t, at: date.tokens.upperBound)?.time
        var k = date.tokens.lowerBound - 1
        if t.at(k)?.isDash == true || t.at(k)?.isSymbol(",") == true { k -= 1 }
        let weekday = weekdays.match(in: t, endingBefore: k + 1)?.value
            ?? digitWeekday(in: t, at: k)
        return PageTimestamp(day: date.value.lowerBound, time: time, weekday: weekday)
    }

    /// Whether four ASCII digits from 1900 to 2100 stand in a line: a full date has its year
    /// written so (`TokenizedText.year`, or the last part of `5.10.2020`), and most lines
    /// the layout tests have none, so they are not tokenized.
    static func mayHoldYear(_ line: String) -> Bool {
        var digits = 0
        var value = 0
        for byte in line.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                digits = 0
                value = 0
                continue
            }
            digits += 1
            value = (value * 10 + Int(byte - UInt8(ascii: "0"))) % 10_000
            if digits >= 4, (1900...2100).contains(value) { return true }
        }
        return false
    }

    private static let weekdays = PhraseTable<Int>([
        "thứ hai": 1, "thứ ba": 2, "thứ tư": 3, "thứ năm": 4, "thứ sáu": 5, "thứ bảy": 6, "chủ nhật": 7,
    ])

    /// `Thứ 2` … `Thứ 7` (Monday … Saturday) ending at token `k`.
    private static func digitWeekday(in t: TokenizedText, at k: Int) -> Int? {
        guard let n = t.integer(k), (2...7).contains(n), t.isWord(k - 1, WordKey.id("thứ")) else { return nil }
        return n - 1
    }
}
