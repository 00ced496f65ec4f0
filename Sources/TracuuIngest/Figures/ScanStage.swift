/// The order in which the scanners explain a text: each one leaves alone the tokens an
/// earlier one took.
///
/// Document numbers first (`30/2020/NĐ-CP` is not a date), then dates (`30/5/2019`), terms
/// (`2020 - 2025`), periods (`quý I năm 2021`, `năm 2020`), congress numbers (`lần thứ 26`),
/// changes (`tăng 38,1%`), and last the figures that remain.
enum ScanStage: Int, Comparable {
    case documents, dates, terms, periods, congress, changes, figures

    static func < (a: ScanStage, b: ScanStage) -> Bool { a.rawValue < b.rawValue }
}

extension TokenizedText {
    /// The tokens taken by every scanner that runs before `stage`.
    func claims(before stage: ScanStage, defaultYear: Int? = nil) -> ClaimedTokens {
        var claims = ClaimedTokens(count: count)
        if ScanStage.documents < stage { _ = DocumentNumbers.find(in: self, claims: &claims) }
        if ScanStage.dates < stage { _ = DatePhrases.find(in: self, claims: &claims, defaultYear: defaultYear) }
        if ScanStage.terms < stage { _ = TermPhrases.find(in: self, claims: &claims) }
        if ScanStage.periods < stage { _ = PeriodPhrases.find(in: self, claims: &claims, defaultYear: defaultYear) }
        if ScanStage.congress < stage { _ = CongressPhrases.find(in: self, claims: &claims) }
        if ScanStage.changes < stage { _ = Changes.find(in: self, claims: &claims) }
        return claims
    }
}
