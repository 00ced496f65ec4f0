/// The order in which the scanners explain a text: each one leaves alone the tokens an
/// earlier one took.
///
/// Document numbers first (`30/2020/NĐ-CP` is not a date), then dates (`30/5/2019`), terms
/// (`2020 - 2025`), periods (`quý I năm 2021`, `năm 2020`), congress numbers (`lần thứ 26`),
/// changes (`tăng 38,1%`), and last the figures that remain.
enum ScanStage: Int, Comparable, CaseIterable {
    case documents, dates, terms, periods, congress, changes, figures

    static func < (a: ScanStage, b: ScanStage) -> Bool { a.rawValue < b.rawValue }
}

extension TokenizedText {
    /// The tokens taken by every scanner that runs before `stage`: worked out once a text
    /// while an article is read (`ScanMemo`).
    func claims(before stage: ScanStage, defaultYear: Int? = nil) -> ClaimedTokens {
        if let memo = ScanMemo.current {
            return memo.stages(of: self, defaultYear: defaultYear).claims(before: stage)
        }
        var claims = ClaimedTokens(count: count)
        for earlier in ScanStage.allCases where earlier < stage {
            run(earlier, claims: &claims, defaultYear: defaultYear)
        }
        return claims
    }

    /// Runs the scanner of one stage, for the tokens it claims.
    func run(_ stage: ScanStage, claims: inout ClaimedTokens, defaultYear: Int?) {
        switch stage {
        case .documents: _ = DocumentNumbers.find(in: self, claims: &claims)
        case .dates: _ = DatePhrases.find(in: self, claims: &claims, defaultYear: defaultYear)
        case .terms: _ = TermPhrases.find(in: self, claims: &claims)
        case .periods: _ = PeriodPhrases.find(in: self, claims: &claims, defaultYear: defaultYear)
        case .congress: _ = CongressPhrases.find(in: self, claims: &claims)
        case .changes: _ = Changes.find(in: self, claims: &claims)
        case .figures: _ = Figures.find(in: self, claims: &claims)
        }
    }
}
