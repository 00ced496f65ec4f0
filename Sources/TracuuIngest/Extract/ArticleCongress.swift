import TracuuText
import TracuuValues

/// The article's own Party congress and term.
///
/// The congress is a `lần thứ N` (Roman, digits or a word) that follows `Đại hội` in the same
/// clause, with nothing in between that names another unit or another level:
/// `Đại hội đại biểu Đảng bộ huyện lần thứ XX`, `Đại hội lần thứ 25`, `Đại hội Đảng bộ thị xã
/// Quảng Trị lần thứ VII` count; `Đại hội đại biểu toàn quốc lần thứ XIII`, `Đại hội Đảng bộ
/// tỉnh lần thứ XVII` (in a district's article) and `hội nghị lần thứ 12` do not. A unit named
/// just before it counts too (`Huyện Hải Lăng lần thứ XVIII`), and so does a number right
/// after `Đại hội` when the locality's Party organisation follows (`Đại hội XXV Đảng bộ
/// huyện`; `Đại hội XIII của Đảng` is the national one). A committee number alone
/// (`khóa XXV`) is not the congress. Of several, the latest congress is the article's.
///
/// The term is a Party term written with `nhiệm kỳ`: five years from a year that ends in 0
/// or 5 (`2020-2025`), so the People's Council's `nhiệm kỳ 2021-2026` is not one; the
/// latest such term is the article's.
enum ArticleCongress {
    static func term(in texts: [TokenizedText]) -> Term? {
        var latest: Term?
        for t in texts {
            // Nothing an earlier scanner takes (a date, a document number) looks like `nhiệm kỳ YYYY-YYYY`.
            var claims = ClaimedTokens(count: t.count)
            for found in TermPhrases.find(in: t, claims: &claims) where found.value.keyword == "nhiệm kỳ" {
                let term = found.value.term
                guard term.end - term.start == 5, term.start % 5 == 0 else { continue }
                if latest.map({ term.start > $0.start }) ?? true { latest = term }
            }
        }
        return latest
    }

    static func number(in texts: [TokenizedText], locality: Locality?) -> Int? {
        var numbers: [Int] = []
        for t in texts {
            // Nor like `lần thứ XX` or `Đại hội XXV`.
            var claims = ClaimedTokens(count: t.count)
            for found in CongressPhrases.find(in: t, claims: &claims) {
                let i = found.tokens.lowerBound
                if t.end(of: lanThu, at: i) != nil {
                    if isTheLocalitys(congressAt: i, in: t, locality: locality) { numbers.append(found.value) }
                } else if t.end(of: daiHoi, at: i) != nil {
                    if isTheLocalitys(congressNamedAfter: found.tokens.upperBound, in: t, locality: locality) { numbers.append(found.value) }
                }
            }
        }
        return numbers.max()
    }

    private static let lanThu = WordKey.phrase("lần thứ")
    private static let daiHoi = WordKey.phrase("đại hội")
    private static let dangBo = WordKey.phrase("đảng bộ")

    /// `Đại hội XXV Đảng bộ huyện`: the organisation named after the number is the locality's
    /// (`Đại hội XIII của Đảng` is not).
    private static func isTheLocalitys(congressNamedAfter i: Int, in t: TokenizedText, locality: Locality?) -> Bool {
        guard let locality, let start = t.end(of: dangBo, at: i), start < t.count else { return false }
        let end = min(t.count, start + 6)
        let mentions = UnitMentions(String(t.text[t.range(start..<end)]))
        if let first = mentions.mentions.first, first.form != .bare { return first.candidates.contains { sameUnit($0, locality) } }
        return mentions.references.keys.contains(locality.type) && mentions.references.count == 1
    }

    private enum Keyword { case congress, meeting, national }

    /// What the words before `lần thứ` say it counts: congresses, meetings, or national ones.
    private static let keywords = PhraseTable<Keyword>([
        "đại hội": .congress, "hội nghị": .meeting, "kỳ họp": .meeting, "phiên": .meeting,
        "toàn quốc": .national, "quốc hội": .national,
    ])

    /// Clause punctuation: a congress and its number stand in one clause.
    private static let clauseEnds: Set<String> = [",", ";", ".", ":", "(", ")", "\"", "“", "”", "!", "?"]

    private static func isTheLocalitys(congressAt i: Int, in t: TokenizedText, locality: Locality?) -> Bool {
        var j = i - 1
        var start = i
        var sawCongress = false
        while j >= 0, i - j <= 14 {
            let token = t[j]
            if token.kind == .symbol, clauseEnds.contains(token.key) { break }
            if let k = keywords.match(in: t, endingBefore: j + 1) {
                switch k.value {
                case .meeting, .national: return false
                case .congress: sawCongress = true
                }
                break
            }
            start = j
            if token.startsLine { break }
            j -= 1
        }
        // The words between `Đại hội` (or the clause start) and `lần thứ` must name no other unit.
        guard start < i else { return sawCongress }
        let between = String(t.text[t.range(start..<i)])
        let mentions = UnitMentions(between)
        guard let locality else { return sawCongress }
        for type in mentions.references.keys where type != locality.type { return false }
        for mention in mentions.mentions where !mention.candidates.contains(where: { sameUnit($0, locality) }) {
            if mention.form != .bare { return false }
        }
        let named = mentions.mentions.contains { m in m.form != .bare && m.candidates.contains { sameUnit($0, locality) } }
        return sawCongress || named
    }

    /// Two names of one unit: one code (whatever type the article gives it), or a commune as
    /// written and as placed later.
    private static func sameUnit(_ a: Locality, _ b: Locality) -> Bool {
        if let x = a.code, let y = b.code { return x == y && a.level == b.level }
        return a.type == b.type && FoldedText.fold(a.name) == FoldedText.fold(b.name)
    }
}
