import TracuuValues

/// Calendar dates and date ranges in running text, always day first.
public enum DatePhrases {
    /// Every date or date range, left to right, single dates as `d...d`:
    /// `05/10/2020`, `5/10/2020`, `05-10-2020`, `5.10.2020`, `ngày 5 tháng 10 năm 2020` → 2020-10-05;
    /// `từ ngày 28/7 đến ngày 30/7/2020`, `28 - 30/7/2020`, `ngày 20 và 21-7` → ranges, the earlier
    /// part taking month and year from the later one.
    /// A date without a year (`Ngày 7.4`, `ngày 30/5`) needs the word `ngày` before it and takes
    /// `defaultYear`; without one it is skipped. The range runs from the first digit to the last.
    public static func scan(_ text: String, defaultYear: Int? = nil) -> [Match<ClosedRange<Day>>] {
        ScanMemo.remembered("dates", text, defaultYear: defaultYear) {
            let t = TokenizedText(text)
            var claims = t.claims(before: .dates, defaultYear: defaultYear)
            return t.matches(find(in: t, claims: &claims, defaultYear: defaultYear))
        }
    }

    static func find(in t: TokenizedText, claims: inout ClaimedTokens, defaultYear: Int?) -> [TokenMatch<ClosedRange<Day>>] {
        claims.claimMatches(in: t) { match(in: t, at: $0, defaultYear: defaultYear) }
    }

    private static let ngày = WordKey.id("ngày")
    private static let tháng = WordKey.id("tháng")
    private static let năm = WordKey.id("năm")
    private static let thứ = WordKey.id("thứ")
    private static let connectors = PhraseTable(["đến": (), "tới": (), "và": (), "đến ngày": (), "tới ngày": (), "và ngày": ()])

    /// A date or a range starting at token `i`.
    private static func match(in t: TokenizedText, at i: Int, defaultYear: Int?) -> TokenMatch<ClosedRange<Day>>? {
        // `Thứ 2 - 05/10/2020`: the 2 is Monday, not the start of a range.
        guard !t.isWord(i - 1, thứ), let first = partial(in: t, at: i) else { return nil }
        let afterNgày = t.isWord(i - 1, ngày)
        // A range: `28 - 30/7/2020`, `28/7 đến ngày 30/7/2020`, `20 và 21-7`.
        var k = first.end
        var connected = false
        if let dash = t.at(k), dash.isDash {
            k += 1
            connected = true
        } else if let c = connectors.match(in: t, at: k) {
            k = c.end
            connected = true
        }
        if connected, let last = partial(in: t, at: k), let month = last.month,
           let year = last.year ?? (afterNgày ? defaultYear : nil),
           let to = Day(year: year, month: month, day: last.day),
           let from = Day(year: first.year ?? year, month: first.month ?? month, day: first.day), from <= to {
            return TokenMatch(tokens: i..<last.end, value: from...to)
        }
        guard let month = first.month, let year = first.year ?? (afterNgày ? defaultYear : nil),
              let day = Day(year: year, month: month, day: first.day) else { return nil }
        return TokenMatch(tokens: i..<first.end, value: day...day)
    }

    /// A date with parts left out: `30/7/2020`, `28/7`, `28`, `5.10.2020`, `7.4`, `5 tháng 10 năm 2020`.
    private struct Partial {
        var day: Int
        var month: Int?
        var year: Int?
        var end: Int   // the token after it
    }

    private static func partial(in t: TokenizedText, at i: Int) -> Partial? {
        guard let token = t.at(i), token.isNumber else { return nil }
        // `5.10.2020` and `7.4` arrive as one number token.
        if token.numberHasDot {
            let pieces = token.numberParts
            let parts = pieces.map { Int($0) }
            guard parts.count <= 3, pieces.allSatisfy({ $0.utf8.count <= 2 || $0.utf8.count == 4 }),
                  let d = parts[0], let m = parts[1], (1...12).contains(m) else { return nil }
            if parts.count == 3 {
                guard let y = parts[2], (1900...2100).contains(y) else { return nil }
                return Partial(day: d, month: m, year: y, end: i + 1)
            }
            return Partial(day: d, month: m, year: nil, end: i + 1)
        }
        guard token.numberLength <= 2, let d = t.integer(i), (1...31).contains(d) else { return nil }
        // `5 tháng 10 năm 2020`
        if t.isWord(i + 1, tháng), let m = t.integer(i + 2), (1...12).contains(m) {
            if t.isWord(i + 3, năm), let y = t.year(i + 4) { return Partial(day: d, month: m, year: y, end: i + 5) }
            return Partial(day: d, month: m, year: nil, end: i + 3)
        }
        // `30/7/2020`, `05-10-2020`, `28/7`: the separators glued to the numbers.
        if let sep = t.at(i + 1), !sep.gapBefore, sep.isSymbol("/") || sep.isDash,
           let monthToken = t.at(i + 2), !monthToken.gapBefore, monthToken.isNumber, monthToken.numberLength <= 2,
           let m = t.integer(i + 2), (1...12).contains(m) {
            if let sep2 = t.at(i + 3), !sep2.gapBefore, sep2.key == sep.key,
               let yearToken = t.at(i + 4), !yearToken.gapBefore, let y = t.year(i + 4) {
                return Partial(day: d, month: m, year: y, end: i + 5)
            }
            return Partial(day: d, month: m, year: nil, end: i + 3)
        }
        return Partial(day: d, month: nil, year: nil, end: i + 1)
    }
}
