extension MetricExtractor {
    /// `lần lượt tăng`, `tăng lần lượt` (+), `giảm` (−); `bằng`, `đạt` give shares of a plan, none a change.
    static let respectiveVerbs = PhraseTable<Int>(["tăng": 1, "giảm": -1, "bằng": 0, "đạt": 0])
    private static let lầnLượt = WordKey.phrase("lần lượt")
    private static let và = WordKey.of("và")

    /// A list of changes that goes with the figures before it one by one (issue 11, item 5):
    /// `A đạt 3.100 tỷ đồng; B 840 tỷ đồng; C 96 tỷ đồng, lần lượt tăng 9,8%, 6,1% và 12,7% so với cùng kỳ`
    /// gives A +9.8%, B +6.1% and C +12.7%, each with the basis after the list. The numbers of the
    /// list are no figures of their own; after `bằng` or `đạt` they are shares of a plan and only
    /// dropped. `firstMetric` is the index of the sentence's first metric in `found`.
    mutating func readRespectively(in sentence: Range<String.Index>, firstMetric: Int) {
        let part = String(text[sentence])
        let t = TokenizedText(part)
        var i = 0
        while i < t.count {
            guard let list = respectiveList(in: t, at: i), let first = list.numbers.first else { i += 1; continue }
            i = list.end
            let span = shift(t.range(first.lowerBound..<list.end), in: part, to: sentence)
            let start = sentences.offset(span.lowerBound), end = sentences.offset(span.upperBound)
            placedNumbers.append(span)
            // The list's numbers read as figures of their own (`6,1%`) are not metrics.
            let inList = { (m: ExtractedMetric) in start <= m.source.start && m.source.end <= end }
            let kept = found[firstMetric...].filter { !inList($0) }
            found.replaceSubrange(firstMetric..., with: kept)
            guard list.sign != 0 else { continue }
            let figures = found.indices.filter { $0 >= firstMetric && found[$0].value != nil && found[$0].source.end <= start }
            guard figures.count >= list.numbers.count else { continue }
            // The basis written right after the list (`… và 12,7% so với cùng kỳ`) is every figure's.
            let listEnd = t.range(list.end - 1..<list.end).upperBound
            let basis = Baselines.scan(part).first { $0.range.lowerBound >= listEnd
                && part[listEnd..<$0.range.lowerBound].allSatisfy(\.isWhitespace) }?.value
            for (metric, number) in zip(figures.suffix(list.numbers.count), list.numbers) {
                guard let value = VietnameseNumber.parse(t[number.lowerBound].text) else { continue }
                found[metric].change = Double(list.sign) * value
                if let basis { found[metric].basis = basis }
            }
        }
    }

    /// `lần lượt tăng 9,8%, 6,1% và 12,7%` or `tăng lần lượt …` at token `i`: the verb's sign, the
    /// tokens of each percentage (number and `%`), and the index past the list. At least two numbers.
    private func respectiveList(in t: TokenizedText, at i: Int) -> (sign: Int, numbers: [Range<Int>], end: Int)? {
        var j = i
        let sign: Int
        if let order = t.end(of: Self.lầnLượt, at: j), let verb = Self.respectiveVerbs.match(in: t, at: order) {
            sign = verb.value
            j = verb.end
        } else if let verb = Self.respectiveVerbs.match(in: t, at: j), let order = t.end(of: Self.lầnLượt, at: verb.end) {
            sign = verb.value
            j = order
        } else {
            return nil
        }
        var numbers: [Range<Int>] = []
        while let number = t.at(j), number.isNumber, t.at(j + 1)?.isSymbol("%") == true {
            numbers.append(j..<j + 2)
            j += 2
            guard let sep = t.at(j), sep.isSymbol(",") || (sep.isWord && sep.key == Self.và),
                  t.at(j + 1)?.isNumber == true else { break }
            j += 1
        }
        return numbers.count >= 2 ? (sign, numbers, j) : nil
    }
}
