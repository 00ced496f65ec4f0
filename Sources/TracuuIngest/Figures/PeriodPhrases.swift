import TracuuValues

/// Reporting periods in running text: quarters, halves, months and years.
public enum PeriodPhrases {
    /// Every period, left to right:
    /// `quý I năm 2021`, `quý I/2021`, `quý I.2021`, `quý 2-2021`, `quí I` → 2021-Q1;
    /// `6 tháng đầu năm 2021` → 2021-H1, `6 tháng cuối năm` → H2, `3 tháng đầu năm` → Q1;
    /// `tháng 6.2021`, `tháng 6/2021`, `tháng 6-2021`, `tháng 6 năm 2021` → 2021-06; `năm 2020` → 2020.
    /// A phrase without a year takes `defaultYear`, and is skipped when there is none.
    /// `9 tháng` and `từ đầu năm đến nay` hold no `Period`: `phrases` reports them.
    public static func scan(_ text: String, defaultYear: Int? = nil) -> [Match<Period>] {
        phrases(text, defaultYear: defaultYear).compactMap { m in m.value.period.map { Match(range: m.range, value: $0) } }
    }

    /// Every period phrase, with those that hold no `Period` (`9 tháng đầu năm`, `từ đầu năm đến nay`).
    public static func phrases(_ text: String, defaultYear: Int? = nil) -> [Match<PeriodPhrase>] {
        ScanMemo.remembered("periods", text, defaultYear: defaultYear) {
            let t = TokenizedText(text)
            var claims = t.claims(before: .periods, defaultYear: defaultYear)
            return t.matches(find(in: t, claims: &claims, defaultYear: defaultYear))
        }
    }

    static func find(in t: TokenizedText, claims: inout ClaimedTokens, defaultYear: Int?) -> [TokenMatch<PeriodPhrase>] {
        claims.claimMatches(in: t) { match(in: t, at: $0, defaultYear: defaultYear) }
    }

    private static let quý = WordKey.id("quý")
    private static let tháng = WordKey.id("tháng")
    private static let năm = WordKey.id("năm")
    private static let start = WordKey.phrase("đầu năm")
    private static let end = WordKey.phrase("cuối năm")
    private static let yearToDate = WordKey.phrase("từ đầu năm")
    private static let untilNow = WordKey.phrase("đến nay")
    private static let hết = WordKey.id("hết")
    /// Counts of months written as words (`năm` is left out: it is also `year`).
    private static let monthCounts: [WordID: Int] = Dictionary(uniqueKeysWithValues: [
        ("hai", 2), ("ba", 3), ("bốn", 4), ("sáu", 6), ("bảy", 7), ("tám", 8), ("chín", 9), ("mười", 10),
    ].map { (WordKey.id($0.0[...]), $0.1) })
    private static let wholeYear = WordKey.phrase("cả năm")
    /// Words before `cả năm` that make it part of a crop's name (`lúa cả năm`: the rice of every season).
    private static let cropsOfTheYear: Set<WordID> = Set(["lúa", "vụ"].map { WordKey.id($0[...]) })
    /// Halves of a year written in words: `nửa đầu năm 2021` → 2021-H1.
    private static let halves = PhraseTable<Int>(["nửa đầu năm": 1, "nửa cuối năm": 2, "nửa năm đầu": 1, "nửa năm cuối": 2])
    /// `(tính) đến ngày 15/12/2021`: the figures so far in the year of that day.
    private static let untilDay = WordKey.phrase("đến ngày")

    /// The words a period phrase may start with (`match` tries no other): a number, or one of these.
    static let openingWords: Set<WordID>? = {
        guard let halvesStart = halves.firstWords else { return nil }
        var words: Set<WordID> = [quý, tháng, năm, hết]
        for phrase in [start, end, yearToDate, wholeYear, untilDay] { words.formUnion(phrase.prefix(1)) }
        return words.union(monthCounts.keys).union(halvesStart)
    }()

    /// Whether a period phrase may start right at the start of `text`; false when it surely does
    /// not, read from its first token alone (the way `scan` reads it) without scanning the text.
    static func mayStart(_ text: String) -> Bool {
        guard let opening = openingWords else { return true }
        guard let first = TokenizedText.firstToken(of: text), first.range.lowerBound == text.startIndex else { return false }
        return first.isNumber || (first.isWord && opening.contains(first.id))
    }

    /// The period phrase that starts right at the start of `text` (with no default year), if any.
    static func leading(_ text: String) -> Match<Period>? {
        guard mayStart(text), let p = scan(text, defaultYear: nil).first, p.range.lowerBound == text.startIndex else { return nil }
        return p
    }

    private static func match(in t: TokenizedText, at i: Int, defaultYear: Int?) -> TokenMatch<PeriodPhrase>? {
        // Most tokens open no period: one look-up instead of every form below.
        if let opening = openingWords, let token = t.at(i), !token.isNumber, !(token.isWord && opening.contains(token.id)) {
            return nil
        }
        func period(_ p: Period?, _ end: Int) -> TokenMatch<PeriodPhrase>? {
            p.map { TokenMatch(tokens: i..<end, value: .period($0)) }
        }
        // quý I năm 2021, quý I/2021, quý I.2021, quý 2-2021, quí I
        if t.isWord(i, quý), let n = numberAndYear(in: t, at: i + 1, roman: true), (1...4).contains(n.number),
           let year = n.year ?? defaultYear {
            return period(.quarter(year, n.number), n.end)
        }
        // (tính đến) hết tháng 9/2021: the months from January to that one
        if t.isWord(i, hết), t.isWord(i + 1, tháng), let n = numberAndYear(in: t, at: i + 2, roman: false),
           (1...12).contains(n.number), let year = n.year ?? defaultYear {
            return period(n.number == 12 ? .year(year) : .firstMonths(year, n.number), n.end)
        }
        // nửa đầu năm (2021), nửa cuối năm
        if let half = halves.match(in: t, at: i) {
            if let y = t.year(half.end) { return period(Period(kind: .half, year: y, index: half.value), half.end + 1) }
            if let y = defaultYear { return period(Period(kind: .half, year: y, index: half.value), half.end) }
        }
        // cả năm (2023): the whole year
        if let afterWhole = t.end(of: wholeYear, at: i), !t.isWord(i - 1, cropsOfTheYear) {
            if let y = t.year(afterWhole) { return period(.year(y), afterWhole + 1) }
            if let y = defaultYear { return period(.year(y), afterWhole) }
        }
        // tháng 6.2021, tháng 6/2021, tháng 6-2021, tháng 6 năm 2021
        if t.isWord(i, tháng), let n = numberAndYear(in: t, at: i + 1, roman: false), (1...12).contains(n.number),
           let year = n.year ?? defaultYear {
            return period(Period(kind: .month, year: year, index: n.number), n.end)
        }
        // 6 tháng đầu năm 2021, 6 tháng cuối năm, 9 tháng năm 2021, 9 tháng
        if let count = t.integer(i), (1...12).contains(count), t.isWord(i + 1, tháng) {
            return months(count, in: t, at: i, defaultYear: defaultYear)
        }
        // Sáu tháng đầu năm, chín tháng cuối năm: a count in words only before `đầu năm`/`cuối năm`
        // (`ba tháng` alone is a duration).
        if let word = t.at(i), word.isWord, let count = monthCounts[word.id], t.isWord(i + 1, tháng),
           t.end(of: start, at: i + 2) != nil || t.end(of: end, at: i + 2) != nil {
            return months(count, in: t, at: i, defaultYear: defaultYear)
        }
        // từ đầu năm (2021) đến nay
        if let afterStart = t.end(of: yearToDate, at: i) {
            let year = t.year(afterStart)
            let j = year == nil ? afterStart : afterStart + 1
            let end = t.end(of: untilNow, at: j) ?? j
            return TokenMatch(tokens: i..<end, value: .yearToDate(year: year ?? defaultYear))
        }
        // (dự kiến đến) cuối năm (2023): the year, by its end (`6 tháng cuối năm` is read at its number)
        if let afterEnd = t.end(of: end, at: i) {
            if let y = t.year(afterEnd) { return period(.year(y), afterEnd + 1) }
            if let y = defaultYear { return period(.year(y), afterEnd) }
        }
        // (tính) đến ngày 15/12/2021, đến ngày 8/7: the date itself is a date's (an earlier scanner's)
        if let afterWords = t.end(of: untilDay, at: i), let day = dayAndMonth(in: t, at: afterWords) {
            return TokenMatch(tokens: i..<afterWords, value: .yearToDate(year: day.year ?? defaultYear))
        }
        // năm 2020
        if t.isWord(i, năm), let y = t.year(i + 1) {
            return period(.year(y), i + 2)
        }
        return nil
    }

    /// `N tháng` followed by `đầu năm`, `cuối năm`, `năm YYYY` or nothing, starting at the number.
    private static func months(_ count: Int, in t: TokenizedText, at i: Int, defaultYear: Int?) -> TokenMatch<PeriodPhrase>? {
        var j = i + 2
        var fromEnd = false
        if let e = t.end(of: start, at: j) {
            j = e
        } else if let e = t.end(of: end, at: j) {
            j = e
            fromEnd = true
        } else if t.isWord(j, năm), t.year(j + 1) != nil {
            j += 1
        }
        var year: Int?
        if let y = t.year(j) {
            year = y
            j += 1
        }
        let inYear = year ?? defaultYear
        let tokens = i..<j
        if fromEnd {
            // 6 tháng cuối năm → H2, 3 tháng cuối năm → Q4
            guard let y = inYear else { return nil }
            switch count {
            case 6: return Period(kind: .half, year: y, index: 2).map { TokenMatch(tokens: tokens, value: .period($0)) }
            case 3: return Period.quarter(y, 4).map { TokenMatch(tokens: tokens, value: .period($0)) }
            default: return nil
            }
        }
        // A bare `6 tháng` or `3 tháng` in a report is its first half or quarter too.
        if let y = inYear {
            let p: Period?
            switch count {
            case 3: p = .quarter(y, 1)
            case 6: p = Period(kind: .half, year: y, index: 1)
            case 12: p = .year(y)
            default: p = nil
            }
            if let p { return TokenMatch(tokens: tokens, value: .period(p)) }
        }
        return TokenMatch(tokens: tokens, value: .firstMonths(count, year: inYear))
    }

    /// A day and month written with digits (`15/12/2021`, `8/7`, `15-12-2021`) at token `i`, and its year if written.
    private static func dayAndMonth(in t: TokenizedText, at i: Int) -> (day: Int, month: Int, year: Int?)? {
        func isSeparator(_ j: Int) -> Bool { t.at(j).map { $0.isSymbol("/") || $0.isDash } ?? false }
        guard let day = t.integer(i), (1...31).contains(day), isSeparator(i + 1),
              let month = t.integer(i + 2), (1...12).contains(month) else { return nil }
        return (day, month, isSeparator(i + 3) ? t.year(i + 4) : nil)
    }

    /// A quarter or month number with the year after it: `I năm 2021`, `I/2021`, `I.2021`,
    /// `2-2021`, `6.2021` (one number token), `6`. Roman numerals only when `roman`.
    private static func numberAndYear(in t: TokenizedText, at i: Int, roman: Bool)
        -> (number: Int, year: Int?, end: Int)? {
        guard let token = t.at(i) else { return nil }
        if token.isNumber, token.numberHasDot {
            let parts = token.numberParts
            guard parts.count == 2, parts[0].utf8.count <= 2, parts[1].utf8.count == 4,
                  let n = Int(parts[0]), let y = Int(parts[1]) else { return nil }
            return (n, y, i + 1)
        }
        let number: Int
        if let n = t.integer(i), token.numberLength <= 2 {
            number = n
        } else if roman, token.isWord, let n = RomanNumerals.value(token.text) {
            number = n
        } else {
            return nil
        }
        if let sep = t.at(i + 1), sep.isSymbol("/") || sep.isSymbol(".") || sep.isDash, let y = t.year(i + 2) {
            return (number, y, i + 3)
        }
        if t.isWord(i + 1, năm), let y = t.year(i + 2) {
            return (number, y, i + 3)
        }
        return (number, nil, i + 1)
    }
}
