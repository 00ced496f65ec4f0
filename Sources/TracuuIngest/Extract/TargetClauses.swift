import TracuuText

/// What one quantified target says:
/// `thu nhập bình quân đầu người đến năm 2025 đạt 68 triệu đồng` → indicator
/// `thu nhập bình quân đầu người`, value 68, unit `triệu đồng`, due 2025;
/// `GRDP tăng bình quân 8,5 - 9%/năm` → value 8.5, value_high 9, unit `%/năm`;
/// `hằng năm có từ 85% chi bộ trở lên …` → value 85, qualifier `trở lên`.
struct TargetMeasure: Equatable, Sendable {
    var indicator: String?
    var value: Double?
    var valueHigh: Double?
    var unit: String?
    var qualifier: String?
}

/// Cuts a passage of aims into its items, and reads what each item aims at. Works on the
/// tokens of the whole body, made once, so every range is a range of the body.
struct TargetClauses {
    let tokens: TokenizedText

    init(_ text: String) { tokens = TokenizedText(text) }

    /// The tokens that lie inside a range of the body.
    func tokenRange(_ range: Range<String.Index>) -> Range<Int> {
        let all = tokens.tokens
        var low = 0, high = all.count
        while low < high {   // first token starting at or after the range
            let mid = (low + high) / 2
            if all[mid].range.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < all.count, all[end].range.upperBound <= range.upperBound { end += 1 }
        return low..<end
    }

    /// The body's span of a token range.
    func span(_ r: Range<Int>) -> Range<String.Index> { tokens.range(r) }

    // MARK: - Items

    /// The items of a passage: cut at `;` and list markers `(1)`, and, when `commas` is set,
    /// also at `,` and `và`; a piece that aims at nothing (no number, no standard) belongs to
    /// the piece after it (`nông, lâm, thủy sản 16%`), or to the one before at the end.
    func items(in passage: Range<Int>, commas: Bool) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = passage.lowerBound
        var i = passage.lowerBound
        func close(_ end: Int) {
            if start < end { pieces.append(start..<end) }
        }
        while i < passage.upperBound {
            let t = tokens.tokens[i]
            if let markerEnd = listMarker(at: i, within: passage) {
                close(i)
                start = markerEnd
                i = markerEnd
                continue
            }
            let cuts = t.isSymbol(";") || (commas && (t.isSymbol(",") || (t.isWord && t.id == Self.và)))
            if cuts {
                close(i)
                start = i + 1
            }
            i += 1
        }
        close(passage.upperBound)
        guard commas else { return pieces }
        // Join the pieces that aim at nothing to their neighbours.
        var joined: [Range<Int>] = []
        var pending: Int?
        for piece in pieces {
            // `…, tức giảm 1,66% so với năm 2022`: a result beside the aims, left out with
            // the pieces that led up to it.
            if readsAsResult(piece) {
                pending = nil
                continue
            }
            if !aimsAtSomething(piece) {
                if pending == nil { pending = piece.lowerBound }
                continue
            }
            joined.append((pending ?? piece.lowerBound)..<piece.upperBound)
            pending = nil
        }
        if pending != nil, let last = joined.popLast() { joined.append(last.lowerBound..<passage.upperBound) }
        return joined
    }

    static let và = WordKey.id("và")

    /// `(1)` or `1)` at token `i`: the index after it.
    private func listMarker(at i: Int, within r: Range<Int>) -> Int? {
        let t = tokens.tokens
        if t[i].isSymbol("("), i + 2 < r.upperBound, t[i + 1].isNumber, t[i + 2].isSymbol(")"),
           tokens.integer(i + 1).map({ $0 < 30 }) ?? false {
            return i + 3
        }
        return nil
    }

    /// A piece aims at something when it holds a quantity (a number that is not a year) or a
    /// standard to reach (`đạt chuẩn`, `đô thị loại IV`), and does not read as a result
    /// measured against a plan (`đạt 82% kế hoạch`) or a year before.
    func aimsAtSomething(_ piece: Range<Int>) -> Bool {
        var quantity = false, standard = false
        for i in piece {
            let t = tokens.tokens[i]
            if t.isNumber, tokens.year(i) == nil, !isNotAQuantity(i) { quantity = true }
            if TargetOpeners.standards.match(in: tokens, at: i) != nil { standard = true }
            if TargetOpeners.results.match(in: tokens, at: i) != nil { return false }
        }
        return quantity || standard
    }

    /// `lần thứ 20`, `khóa 12`, `số 05`: a number that names, not one aimed at; `3 khâu đột phá`:
    /// a count of a group, not a level.
    private func isNotAQuantity(_ i: Int) -> Bool {
        if i > 0, let before = tokens.at(i - 1), before.isWord, TargetOpeners.namingWords.contains(before.id) { return true }
        return TargetOpeners.countedNouns.match(in: tokens, at: i + 1) != nil
    }

    /// Whether a piece reports a result: `đạt 82% kế hoạch`, `so với năm 2022`.
    func readsAsResult(_ piece: Range<Int>) -> Bool {
        piece.contains { TargetOpeners.results.match(in: tokens, at: $0) != nil }
    }

    /// Whether a range holds `14/22 xã`: without an opener, a count of those reached so far.
    func holdsFraction(_ r: Range<Int>) -> Bool { r.contains(where: isFraction(at:)) }

    /// `14/22 xã` at token `i` (not a date `15/3/2021`).
    private func isFraction(at i: Int) -> Bool {
        guard i + 2 < tokens.count, tokens.tokens[i].isNumber, tokens.tokens[i + 1].isSymbol("/"),
              !tokens.tokens[i + 1].gapBefore, tokens.tokens[i + 2].isNumber, !tokens.tokens[i + 2].gapBefore,
              let whole = tokens.integer(i + 2), whole < 1900 else { return false }
        return !(i + 3 < tokens.count && tokens.tokens[i + 3].isSymbol("/"))
    }

    // MARK: - Due year

    /// The year of `đến năm 2025`, `trước năm 2030`, `năm 2024` in a range, but not of
    /// `so với năm 2022` (a basis) or `năm học`.
    func year(in r: Range<Int>) -> Int? {
        for i in r where i + 1 < r.upperBound {
            guard tokens.tokens[i].isWord, tokens.tokens[i].id == TargetOpeners.yearWord,
                  let year = tokens.year(i + 1) else { continue }
            if i > 0, let before = tokens.at(i - 1), before.isWord, TargetOpeners.basisWords.contains(before.id) { continue }
            return year
        }
        return nil
    }

    /// The end of a span the range names: `trong giai đoạn 2021 - 2025` → 2025.
    func spanEnd(in r: Range<Int>) -> Int? {
        for i in r {
            guard let after = TargetOpeners.spanWords.match(in: tokens, at: i)?.end, after + 2 < r.upperBound,
                  tokens.year(after) != nil, tokens.tokens[after + 1].isDash, let end = tokens.year(after + 2) else { continue }
            return end
        }
        return nil
    }

    /// Whether the range says `đến cuối nhiệm kỳ`.
    func saysEndOfTerm(_ r: Range<Int>) -> Bool {
        r.contains { TargetOpeners.endOfTerm.match(in: tokens, at: $0) != nil }
    }

    /// Whether the range says `mỗi năm`, `hằng năm` or `hàng năm`.
    func saysEveryYear(_ r: Range<Int>) -> Bool {
        r.contains { TargetOpeners.everyYear.match(in: tokens, at: $0) != nil }
    }

    /// Whether the range names a standard to reach (`TargetOpeners.standardsToReach`).
    func setsStandard(_ r: Range<Int>) -> Bool {
        r.contains { TargetOpeners.standardsToReach.match(in: tokens, at: $0) != nil }
    }

    /// Whether the range says when something was reached: `năm 2019` after other words, not
    /// after a due word (`trước năm 2025`) and not opening the range (`năm 2024 phải …`).
    func saysWhenReached(_ r: Range<Int>) -> Bool {
        r.contains { i in
            guard i > r.lowerBound, tokens.tokens[i].isWord, tokens.tokens[i].id == TargetOpeners.yearWord,
                  tokens.year(i + 1) != nil, i + 1 < r.upperBound else { return false }
            let before = tokens.tokens[i - 1]
            return !(before.isWord && TargetOpeners.dueWords.contains(before.id))
        }
    }

    /// Whether the range says the place becomes something more (`trở thành thị xã`).
    func saysBecoming(_ r: Range<Int>) -> Bool {
        r.contains { GoalPhrases.becoming.match(in: tokens, at: $0) != nil }
    }

    // MARK: - Measure

    /// The indicator, value, range, unit and qualifier of one item, written as it stands.
    static func measure(of item: String) -> TargetMeasure {
        var m = TargetMeasure()
        let figure = Figures.scan(item).first
        let change = Changes.scan(item).first
        var measureRange: Range<String.Index>?
        if let figure, change.map({ figure.range.lowerBound < $0.range.lowerBound }) ?? true {
            m.value = figure.value.value
            m.valueHigh = figure.value.upper
            m.unit = figure.value.unit
            m.qualifier = figure.value.qualifier == "đạt" ? nil : figure.value.qualifier
            measureRange = figure.range
        } else if let change {
            m.value = abs(change.value.value)
            m.unit = change.value.kind == .percent ? (change.value.unit ?? "%") : change.value.unit
            m.qualifier = change.value.qualifier
            measureRange = change.range
            // A range of changes: `giảm 3,5 - 4%/năm`, `tăng 8 - 8,5%`.
            m.valueHigh = rangeTop(in: item, before: change.range)
        }
        let t = TokenizedText(item)
        if t.tokens.indices.contains(where: { TargetOpeners.atLeast.match(in: t, at: $0) != nil }) {
            m.qualifier = "trở lên"
        }
        m.indicator = indicator(in: item, tokens: t, before: measureRange)
        return m
    }

    /// `giảm 3,5 - 4%`: the change scanner reads 4 or 3,5; the other end of the range, if written.
    private static func rangeTop(in item: String, before change: Range<String.Index>) -> Double? {
        let t = TokenizedText(String(item[change]))
        let numbers = t.tokens.filter(\.isNumber).compactMap { DecimalText.parse($0.text) }
        return numbers.count >= 2 ? numbers.max() : nil
    }

    /// The words before the measure, without time phrases, verbs and qualifiers at the end;
    /// when nothing is before it (`100% trường học đạt chuẩn`), the words after it.
    private static func indicator(in item: String, tokens t: TokenizedText, before measure: Range<String.Index>?) -> String? {
        let limit = measure?.lowerBound ?? item.endIndex
        var words: [TextToken] = []
        // `Phấn đấu …`: the opener is not what is measured.
        var i = TargetOpeners.aims.match(in: t, at: 0)?.end ?? 0
        while i < t.count, t.tokens[i].range.upperBound <= limit {
            // `đến năm 2025`, `năm 2025`, `mỗi năm`, `hằng năm`: time, not the indicator.
            if let time = TargetOpeners.timeWords.match(in: t, at: i) {
                var j = time.end
                if j < t.count, t.year(j) != nil { j += 1 }
                if j > time.end || time.value { i = j; continue }
            }
            words.append(t.tokens[i])
            i += 1
        }
        while let last = words.last, last.isSymbol(":") || last.isSymbol(",") || TargetOpeners.trailingWords.contains(last.id) {
            words.removeLast()
        }
        while let first = words.first, first.isSymbol("-") || first.isSymbol(",") || TargetOpeners.leadingWords.contains(first.id) {
            words.removeFirst()
        }
        if words.isEmpty, let measure {
            let after = TokenizedText(String(item[measure.upperBound...]))
            words = after.tokens.filter { !$0.isSymbol(",") && !$0.isSymbol(".") }
        }
        guard !words.isEmpty else { return nil }
        var out = ""
        for w in words {
            if !out.isEmpty, w.gapBefore || w.isWord { out += " " }
            out += w.text
        }
        return out
    }
}
