/// The figures of a sentence: numbers with their unit, qualifier and estimate mark.
public enum Figures {
    /// Every figure, left to right; the range covers the number and its unit (`956 tỉ đồng`
    /// in `ước thực hiện trên 956 tỉ đồng`), the qualifier and estimate mark are in the value.
    ///
    /// `ước đạt16.743 tấn` → 16743 `tấn` estimated; `1.602,9ha` → 1602.9 `ha`;
    /// `53,2 %` → 53.2 `%`; `7 - 8%`, `từ 7 đến 8%` → 7 up to 8 `%`;
    /// `45.799/36.875 tỷ đồng` → 45799 `tỉ đồng`, plan 36875; `5 nhóm nhiệm vụ` → 5, no unit.
    ///
    /// Not figures: what the other scanners explain (document numbers `35-CT/TW`, dates,
    /// terms, periods `quý I`, `năm 2020`, `6 tháng đầu năm`, congress numbers `lần thứ 26`,
    /// changes `tăng 38,1%`); bare years (`2020` without a unit); times (`10:27`); list
    /// markers (`1.` at a line start); truncated numbers (`giai đoạn 2…`); numbers that name rather than count (`quận 11`,
    /// `đô thị loại 1`, `số 5`, `tổ 3`); numbers glued to a code (`QH15`, `COVID-19`);
    /// English-style numbers (`1.5%`: `NumberTokens` reports them) and a bare `7-8`
    /// (maybe 7 August).
    public static func scan(_ sentence: String) -> [Match<Figure>] {
        ScanMemo.remembered("figures", sentence) {
            let t = TokenizedText(sentence)
            var claims = t.claims(before: .figures)
            return t.matches(find(in: t, claims: &claims))
        }
    }

    /// Words after which a number is a name or a rank, not a quantity.
    private static let labels: Set<WordID> = Set([
        "quận", "phường", "loại", "khóa", "thứ", "điều", "khoản", "chương", "mục", "tổ", "ấp", "thôn", "xóm",
        "bản", "đội", "số", "lộ", "đường", "tháng", "quý", "ngày", "năm", "lớp", "cấp", "phòng", "kỳ", "tập",
        "trang", "hạng",
    ].map { WordKey.id($0[...]) })

    private static let tổng = WordKey.id("tổng")
    private static let số = WordKey.id("số")
    private static let rangeWords = PhraseTable<Void>(["đến": (), "tới": ()])
    /// Verbs that end in a label word: after them a number counts (`nâng cấp 18,6 km`, `đã cấp 36 mã số`).
    private static let verbsEndingInALabel = PhraseTable<Void>(["nâng cấp": (), "đã cấp": (), "được cấp": (), "cấp mới": ()])

    static func find(in t: TokenizedText, claims: inout ClaimedTokens) -> [TokenMatch<Figure>] {
        var found: [TokenMatch<Figure>] = []
        var i = 0
        while i < t.count {
            guard claims.isFree(i), t[i].isNumber else { i += 1; continue }
            if let time = ClockTimes.read(in: t, at: i) { i = time.end; continue }
            if let m = match(in: t, at: i, claims: claims) {
                found.append(m)
                claims.claim(m.tokens)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private static func match(in t: TokenizedText, at i: Int, claims: ClaimedTokens) -> TokenMatch<Figure>? {
        guard !namesSomething(in: t, at: i), let value = VietnameseNumber.parse(t[i].text) else { return nil }
        var figure = Figure(value: value)
        var j = i + 1
        // A unit, or a range `7 - 8%` / `7 đến 8%`, which must end in a unit.
        if let unit = Units.read(in: t, at: j), claims.isFree(j..<unit.end) {
            figure.unit = unit.unit
            j = unit.end
        } else if let upper = rangeTop(in: t, at: j, claims: claims) {
            figure.upper = upper.value
            figure.unit = upper.unit
            j = upper.end
        } else if t.at(j)?.isDash == true, t.at(j + 1)?.isNumber == true {
            return nil   // a bare `7-8`: maybe 7 August, so not a figure
        }
        // An actual/plan pair: `45.799/36.875 tỷ đồng`, `83,2%/50%`.
        if let slash = t.at(j), slash.isSymbol("/"), !slash.gapBefore, let planToken = t.at(j + 1), planToken.isNumber,
           !planToken.gapBefore, claims.isFree(j + 1), let plan = VietnameseNumber.parse(planToken.text) {
            figure.plan = plan
            j += 2
            if let unit = Units.read(in: t, at: j), claims.isFree(j..<unit.end) {
                if figure.unit == nil { figure.unit = unit.unit }
                j = unit.end
            }
        }
        let before = Qualifiers.read(in: t, before: i)
        figure.qualifier = before.qualifier
        figure.estimated = before.estimated
        // A bare four-digit number from 1900 to 2100 is a year (`so với 2020`), not a count.
        if figure.unit == nil, figure.qualifier == nil, figure.plan == nil, t.year(i) != nil { return nil }
        return TokenMatch(tokens: i..<j, value: figure)
    }

    /// The top of a range after the number at `i - 1`: `- 8%`, `–8%`, `đến 8%`; it needs a unit.
    private static func rangeTop(in t: TokenizedText, at j: Int, claims: ClaimedTokens) -> (value: Double, unit: String, end: Int)? {
        var k = j
        if t.at(k)?.isDash == true {
            k += 1
        } else if let w = rangeWords.match(in: t, at: k) {
            k = w.end
        } else {
            return nil
        }
        guard let top = t.at(k), top.isNumber, claims.isFree(k), let value = VietnameseNumber.parse(top.text),
              let unit = Units.read(in: t, at: k + 1), claims.isFree((k + 1)..<unit.end) else { return nil }
        return (value, unit.unit, unit.end)
    }

    /// Whether the number at `i` is a label, a list marker or part of a code.
    private static func namesSomething(in t: TokenizedText, at i: Int) -> Bool {
        let token = t[i]
        // `1.` or `2)` opening a line: a list marker.
        if token.startsLine, let next = t.at(i + 1), !next.gapBefore, next.isSymbol(".") || next.isSymbol(")") {
            return true
        }
        // `giai đoạn 2…`: cut off by the page, so not the number that was written.
        if let next = t.at(i + 1), !next.gapBefore, next.isSymbol("…") { return true }
        if let previous = t.at(i - 1) {
            // `nâng cấp 18,6 km`: a verb that ends in a label word counts what follows it.
            if verbsEndingInALabel.match(in: t, endingBefore: i) != nil { return false }
            // `QH15`, `F0`: digits glued to an upper-case code (but `đạt16.743` is a missing space).
            if !token.gapBefore, previous.isWord, previous.text.allSatisfy(\.isUppercase) { return true }
            // `COVID-19`, `…/QĐ-UBND` leftovers: glued to a dash or slash glued to a word.
            if !token.gapBefore, previous.isDash || previous.isSymbol("/"), !previous.gapBefore,
               let word = t.at(i - 2), word.isWord { return true }
            // The 8 of a bare `7-8`.
            if previous.isDash, t.at(i - 2)?.isNumber == true { return true }
            if previous.isWord, labels.contains(previous.id) {
                // `tổng số 500 hộ` counts; `số 5` names.
                return !(previous.id == số && t.isWord(i - 2, tổng))
            }
        }
        return false
    }
}
