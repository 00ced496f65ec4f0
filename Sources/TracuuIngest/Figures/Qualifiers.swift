/// The words before a number that say how exact it is (`trên 956 tỉ đồng`) and whether it
/// is an estimate (`ước thực hiện trên 956 tỉ đồng`).
enum Qualifiers {
    /// `trên`, `hơn` (>), `gần`, `khoảng` (≈), `đạt` (actual), `tối thiểu`, `không dưới`,
    /// `ít nhất` (≥), `tối đa`, `không quá` (≤), `dưới` (<); the value is the canonical spelling.
    static let table = PhraseTable<String>([
        "trên": "trên", "hơn": "hơn", "gần": "gần", "khoảng": "khoảng", "đạt": "đạt",
        "tối thiểu": "tối thiểu", "tối đa": "tối đa", "không dưới": "không dưới", "không quá": "không quá",
        "dưới": "dưới", "ít nhất": "ít nhất", "xấp xỉ": "xấp xỉ",
    ])

    /// `ước`, `ước tính`, `ước đạt`, `ước thực hiện`, `ước tính đạt`: the figure is an estimate; the
    /// value is the qualifier the phrase also gives (`ước đạt` introduces the level with `đạt`).
    static let estimates = PhraseTable<String?>([
        "ước": nil, "ước tính": nil, "ước đạt": "đạt", "ước thực hiện": nil, "ước tính đạt": "đạt",
        "ước thực hiện đạt": "đạt",
    ])

    /// Words allowed between an estimate and a qualifier: `ước đạt trên`, `ước tính đạt khoảng`.
    private static let links = PhraseTable<Void>(["đạt": (), "thực hiện": (), "là": ()])

    /// The qualifier and the estimate mark of the number at token `i`, read backwards.
    static func read(in t: TokenizedText, before i: Int) -> (qualifier: String?, qualifierStart: Int?, estimated: Bool) {
        if let estimate = estimates.match(in: t, endingBefore: i) {
            return (estimate.value, estimate.value == nil ? nil : estimate.start, true)
        }
        guard let q = table.match(in: t, endingBefore: i) else { return (nil, nil, false) }
        var j = q.start
        if let link = links.match(in: t, endingBefore: j) { j = link.start }
        let estimated = estimates.match(in: t, endingBefore: j) != nil
            || estimates.match(in: t, endingBefore: q.start) != nil
        return (q.value, q.start, estimated)
    }
}
