/// Congress and term numbers: `lần thứ XX`, `khóa VII`, `Đại hội XIII`, `lần thứ 26`, `lần thứ nhất`.
public enum CongressPhrases {
    /// Every congress number, left to right: `lần thứ XX` → 20, `khóa VII`/`khoá VII` → 7,
    /// `Đại hội XIII` → 13, `lần thứ 26` → 26, `lần thứ nhất` → 1 (word ordinals `nhất`, `hai`,
    /// `ba`, `tư`, `năm`, `sáu`, `bảy`, `tám`, `chín`, `mười`). The range runs from the keyword to
    /// the number. `hội nghị lần thứ 4` is found too: which meeting it counts is the caller's call.
    /// A bare `thứ hai` is not read (it is also Monday).
    public static func scan(_ text: String) -> [Match<Int>] {
        ScanMemo.remembered("congress", text) {
            let t = TokenizedText(text)
            var claims = t.claims(before: .congress)
            return t.matches(find(in: t, claims: &claims))
        }
    }

    private enum Keyword { case ordinal, term, congress }

    private static let keywords = PhraseTable<Keyword>([
        "lần thứ": .ordinal, "khóa": .term, "đại hội": .congress,
    ])

    private static let ordinals = PhraseTable<Int>([
        "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
    ])

    static func find(in t: TokenizedText, claims: inout ClaimedTokens) -> [TokenMatch<Int>] {
        claims.claimMatches(in: t) { i in
            guard let k = keywords.match(in: t, at: i), let n = number(in: t, at: k.end, after: k.value) else { return nil }
            return TokenMatch(tokens: i..<(k.end + 1), value: n)
        }
    }

    /// The number right after a keyword: Roman always, digits after `lần thứ` and `khóa`,
    /// word ordinals after `lần thứ` only.
    private static func number(in t: TokenizedText, at i: Int, after keyword: Keyword) -> Int? {
        guard let token = t.at(i) else { return nil }
        if token.isWord, let n = RomanNumerals.value(token.text) { return n }
        switch keyword {
        case .ordinal:
            if let n = t.integer(i) { return n }
            if let w = ordinals.match(in: t, at: i) { return w.value }
            return nil
        case .term:
            return t.integer(i)
        case .congress:
            return nil
        }
    }
}
