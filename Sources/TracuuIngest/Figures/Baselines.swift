/// What a change is measured against: `so với cùng kỳ năm 2020`, `so với kế hoạch`.
public enum Baselines {
    /// Every baseline phrase, left to right, as written (NFC, white space as single spaces):
    /// `so với cùng kỳ năm 2020`, `so với năm trước`, `so với kế hoạch`, `so với đầu nhiệm kỳ`,
    /// `so cùng kỳ`. The phrase ends before punctuation (`,` `;` `.` `:` brackets, quotes, a
    /// spaced dash), a line break, a word that opens a new clause (`và`, `đạt`, `tăng`, …),
    /// or after ten words.
    public static func scan(_ sentence: String) -> [Match<String>] {
        ScanMemo.remembered("baselines", sentence) {
            let t = TokenizedText(sentence)
            var found: [Match<String>] = []
            var i = 0
            while i < t.count {
                guard let headEnd = head(in: t, at: i) else { i += 1; continue }
                var j = headEnd
                while j < t.count, j - headEnd < 10, continues(t, at: j) { j += 1 }
                if j > headEnd {
                    found.append(Match(range: t.range(i..<j), value: t.plainText(i..<j)))
                    i = j
                } else {
                    i += 1
                }
            }
            return found
        }
    }

    /// The year a sentence reports on when it compares with the same time of an earlier year:
    /// `… tăng 20% so với cùng kỳ năm 2023` reports on 2024.
    static func yearAfterSameTime(in sentence: String) -> Int? {
        for baseline in scan(sentence) {
            let t = TokenizedText(baseline.value)
            guard let at = (0..<t.count).first(where: { t.end(of: cùngKỳ, at: $0) != nil }) else { continue }
            if let year = (at..<t.count).lazy.compactMap({ t.year($0) }).first { return year + 1 }
        }
        return nil
    }

    private static let soVới = WordKey.phrase("so với")
    private static let so = WordKey.phrase("so")
    private static let cùngKỳ = WordKey.phrase("cùng kỳ")

    /// The token after `so với`, or after the `so` of `so cùng kỳ` (but not of `giá so sánh`).
    private static func head(in t: TokenizedText, at i: Int) -> Int? {
        if let end = t.end(of: soVới, at: i) { return end }
        if let end = t.end(of: so, at: i), t.end(of: cùngKỳ, at: end) != nil { return end }
        return nil
    }

    /// Words that start a new clause after a baseline: `tăng 5% so với năm 2020 và đạt …`.
    private static let clauseWords: Set<WordID> = Set([
        "và", "nhưng", "song", "trong", "đạt", "tăng", "giảm", "vượt", "bằng", "là", "thì", "nhờ", "do", "vì",
        "góp", "được", "cho", "khi", "để", "chiếm", "còn",
    ].map { WordKey.id($0[...]) })

    /// Whether token `j` still belongs to the baseline phrase.
    private static func continues(_ t: TokenizedText, at j: Int) -> Bool {
        let token = t[j]
        if token.startsLine { return false }
        switch token.kind {
        case .word: return !clauseWords.contains(token.id)
        case .number: return true
        case .symbol: return (token.isSymbol("/") || token.isDash) && !token.gapBefore
        }
    }
}
