/// The tokens each scanner stage leaves claimed in one text, kept after each stage so that
/// the scanners of a later stage do not run the earlier ones again (`ScanStage`).
final class StagedClaims {
    let tokens: TokenizedText
    let defaultYear: Int?
    /// `after[k]`: the claims once the stages before stage `k` have run; `after[0]` is none.
    private var after: [ClaimedTokens]

    init(_ tokens: TokenizedText, defaultYear: Int?) {
        self.tokens = tokens
        self.defaultYear = defaultYear
        after = [ClaimedTokens(count: tokens.count)]
    }

    /// The claims of every stage before `stage`, as `TokenizedText.claims(before:)` makes them.
    func claims(before stage: ScanStage) -> ClaimedTokens {
        while after.count <= stage.rawValue {
            guard let done = ScanStage(rawValue: after.count - 1), var claims = after.last else { break }
            tokens.run(done, claims: &claims, defaultYear: defaultYear)
            after.append(claims)
        }
        return after[stage.rawValue]
    }
}
