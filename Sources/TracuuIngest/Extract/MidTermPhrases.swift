import TracuuValues

/// The first half of the term, named without its years (`sơ kết giữa nhiệm kỳ`, `Qua nửa nhiệm
/// kỳ, …`): a mid-term review reports on the years from the term's first full year to the year
/// of writing (2021-2023 for the 2020-2025 term, written in 2023). The half still to come
/// (`nửa nhiệm kỳ còn lại`, `… cuối`) is a plan's.
enum MidTermPhrases {
    static let phrases = PhraseTable<Void>(["giữa nhiệm kỳ": (), "nửa nhiệm kỳ": (), "nửa đầu nhiệm kỳ": ()])
    /// After the phrase, these make it the half to come.
    static let ahead = PhraseTable<Void>(["còn lại": (), "cuối": (), "sau": (), "tới": ()])

    /// The span a mid-term review covers, when the term started in `termStart` and the text was
    /// written in `publicationYear`.
    static func span(termStart: Int?, publicationYear: Int?) -> Period? {
        guard let start = termStart, let now = publicationYear, now - start >= 2, now - start <= 4 else { return nil }
        return Period.span(start + 1, now)
    }

    /// Where a text names the half of the term already over.
    static func ranges(in part: String) -> [Range<String.Index>] {
        let t = TokenizedText(part)
        var found: [Range<String.Index>] = []
        var i = 0
        while i < t.count {
            if let m = phrases.match(in: t, at: i) {
                if ahead.match(in: t, at: m.end) == nil { found.append(t.range(i..<m.end)) }
                i = m.end
            } else {
                i += 1
            }
        }
        return found
    }
}
