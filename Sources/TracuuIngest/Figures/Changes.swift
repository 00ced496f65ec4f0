/// Rises and falls: `tăng 38,1%`, `giảm 2%`, `tăng hơn 15%`, `gấp 3,38 lần`.
public enum Changes {
    /// Every change, left to right, the range from the verb to the unit:
    /// `tăng 38,1%` → +38.1 %, `giảm 2%` → −2 %, `tăng hơn 15%` → +15 % qualifier `hơn`,
    /// `tăng 1,2 điểm phần trăm` → +1.2 points, `tăng 4,58 triệu đồng` → +4.58 `triệu đồng`,
    /// `gấp 3,38 lần`, `tăng gấp 3 lần` → ×3.38, ×3; `tăng 2 lần` → ×2, flagged ambiguous;
    /// `tăng bình quân 7%/năm` → +7 `%/năm`.
    /// `giảm còn 3,5%`, `tăng lên 20%`, `giảm xuống 2%` name a new level, not a change: no match
    /// (`Figures` reports the level).
    public static func scan(_ sentence: String) -> [Match<Change>] {
        ScanMemo.remembered("changes", sentence) {
            let t = TokenizedText(sentence)
            var claims = t.claims(before: .changes)
            return t.matches(find(in: t, claims: &claims))
        }
    }

    private enum Verb { case rise, fall, times }

    private static let đến = WordKey.id("đến")
    private static let verbs = PhraseTable<Verb>([
        "tăng": .rise, "giảm": .fall, "gấp": .times, "cao hơn": .rise, "thấp hơn": .fall, "nhích": .rise,
    ])
    /// Words that may stand between the verb and the number: `tăng thêm 500 hộ`, `tăng bình quân 7%/năm`.
    private static let fillers = PhraseTable<Void>(["thêm": (), "bình quân": (), "trung bình": (), "khoảng": ()])
    /// After these the number is the new level: `giảm còn 3,5%`.
    private static let toLevel = PhraseTable<Void>(["còn": (), "lên": (), "xuống": (), "đến": (), "tới": (), "về": ()])

    static func find(in t: TokenizedText, claims: inout ClaimedTokens) -> [TokenMatch<Change>] {
        claims.claimMatches(in: t) { match(in: t, at: $0) }
    }

    private static func match(in t: TokenizedText, at i: Int) -> TokenMatch<Change>? {
        guard let verb = verbs.match(in: t, at: i) else { return nil }
        var j = verb.end
        // `tăng gấp 3 lần`: let `gấp` speak.
        if verb.value != .times, let next = verbs.match(in: t, at: j), next.value == .times { return nil }
        if let f = fillers.match(in: t, at: j) { j = f.end }
        if toLevel.match(in: t, at: j) != nil { return nil }
        var qualifier: String?
        if let q = Qualifiers.table.match(in: t, at: j), q.value != "đạt" {
            qualifier = q.value
            j = q.end
        }
        guard let number = t.at(j), number.isNumber, let value = VietnameseNumber.parse(number.text) else { return nil }
        j += 1
        // A range (`tăng bình quân 9 - 10%/năm`, `giảm 3 đến 4%`): the unit is after its top;
        // the change is its low end, and its range covers both (a target reads the top from it).
        if Units.read(in: t, at: j) == nil, let top = t.at(j + 1), top.isNumber,
           t.at(j)?.isDash == true || t.at(j)?.id == đến, Units.read(in: t, at: j + 2) != nil {
            j += 2
        }
        let unit = Units.read(in: t, at: j)
        if let u = unit { j = u.end }
        let change: Change
        switch (verb.value, unit?.unit) {
        case (.times, _):
            // `gấp 3,38 lần`, `gấp 3`; other units after `gấp` are not a multiple.
            guard unit == nil || unit?.unit == "lần" else { return nil }
            change = Change(kind: .times, value: value, qualifier: qualifier)
        case (_, "lần"?):
            change = Change(kind: .times, value: value, qualifier: qualifier, ambiguous: true)
        case (_, let u?) where u == "%" || u.hasPrefix("%/"):
            change = Change(kind: .percent, value: signed(value, verb.value), unit: u == "%" ? nil : u, qualifier: qualifier)
        case (_, "điểm phần trăm"?):
            change = Change(kind: .points, value: signed(value, verb.value), qualifier: qualifier)
        default:
            change = Change(kind: .absolute, value: signed(value, verb.value), unit: unit?.unit, qualifier: qualifier)
        }
        return TokenMatch(tokens: i..<j, value: change)
    }

    private static func signed(_ value: Double, _ verb: Verb) -> Double { verb == .fall ? -value : value }
}
