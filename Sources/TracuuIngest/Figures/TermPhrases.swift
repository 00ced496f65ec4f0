import TracuuValues

/// A span of years and the word that introduced it: `nhiệm kỳ 2020 - 2025`, `giai đoạn 2021–2025`.
public struct TermPhrase: Equatable, Sendable {
    /// `nhiệm kỳ`, `giai đoạn` or `thời kỳ` in lower case NFC; nil for a bare `2020 – 2025`.
    public var keyword: String?
    public var term: Term

    public init(keyword: String?, term: Term) {
        self.keyword = keyword
        self.term = term
    }
}

/// Spans of years: Party terms (`nhiệm kỳ 2020 - 2025`) and plan periods (`giai đoạn 2021-2025`).
public enum TermPhrases {
    /// Every span, left to right: `nhiệm kỳ 2020 - 2025`, `nhiệm kỳ 2020 – 2025`,
    /// `giai đoạn 2021–2025`, `thời kỳ 2021-2030`, bare `2020 – 2025` (hyphen or any dash,
    /// spaces optional). The range includes the keyword. `nhiệm kỳ 2021-2026` (a People's
    /// Council term) is reported as written; telling the two apart is the caller's business.
    public static func scan(_ text: String) -> [Match<TermPhrase>] {
        ScanMemo.remembered("terms", text) {
            let t = TokenizedText(text)
            var claims = t.claims(before: .terms)
            return t.matches(find(in: t, claims: &claims))
        }
    }

    /// With the typos published text has: `nhiem kỳ`, `nhiệm ky` (diacritics dropped).
    static let keywords = PhraseTable(["nhiệm kỳ": "nhiệm kỳ", "nhiệm kì": "nhiệm kỳ", "nhiem kỳ": "nhiệm kỳ",
                                       "nhiem ky": "nhiệm kỳ", "nhiệm ky": "nhiệm kỳ", "giai đoạn": "giai đoạn",
                                       "thời kỳ": "thời kỳ", "thời kì": "thời kỳ"])

    static func find(in t: TokenizedText, claims: inout ClaimedTokens) -> [TokenMatch<TermPhrase>] {
        claims.claimMatches(in: t) { i in
            let keyword = keywords.match(in: t, at: i)
            let j = keyword?.end ?? i
            guard let start = t.year(j), t.at(j + 1)?.isDash == true, let end = t.year(j + 2),
                  let term = Term(start: start, end: end), start < end else { return nil }
            return TokenMatch(tokens: i..<(j + 3), value: TermPhrase(keyword: keyword?.value, term: term))
        }
    }
}
