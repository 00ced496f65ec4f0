/// The rules that read programmes and the items of a group named inside a sentence
/// (`NamedItemPhrases`), one row an item.
extension TargetExtractor {
    mutating func findNamedItems(in paragraph: Range<String.Index>) {
        for sentence in sentences.sentences(in: paragraph) {
            let r = clauses.tokenRange(sentence)
            var i = r.lowerBound
            while i < r.upperBound {
                if let next = programme(at: i, in: r, quote: sentence) ?? itemsAbout(at: i, in: r, quote: sentence) {
                    i = max(next, i + 1)
                    continue
                }
                i += 1
            }
            for phrase in countedPhrases(in: sentence) {
                let c = clauses.tokenRange(phrase.range)
                guard !c.isEmpty else { continue }
                oneOfTheCount(after: c.upperBound, kind: phrase.kind, to: r.upperBound, quote: sentence)
                amongTheCount(before: c.lowerBound, kind: phrase.kind, from: r.lowerBound, quote: sentence)
            }
        }
    }

    /// `triển khai Đề án …`: the programme up to `,` `;` `.`, or to `và` before another one.
    private mutating func programme(at i: Int, in r: Range<Int>, quote: Range<String.Index>) -> Int? {
        let t = clauses.tokens
        guard let lead = NamedItemPhrases.carryOut.match(in: t, at: i) else { return nil }
        var start = lead.end
        if start < r.upperBound, t.tokens[start].isWord, NamedItemPhrases.determiners.contains(t.tokens[start].id) { start += 1 }
        var head = start
        var found = 0
        while head < r.upperBound, let noun = NamedItemPhrases.programmes.match(in: t, at: head),
              NamedItemPhrases.notProgrammes.match(in: t, at: head) == nil {
            var end = noun.end
            while end < r.upperBound, !endsItem(end) {
                if t.tokens[end].isWord, t.tokens[end].id == TargetClauses.và, end + 1 < r.upperBound,
                   NamedItemPhrases.programmes.match(in: t, at: end + 1) != nil { break }
                end += 1
            }
            // `triển khai chương trình, …`: a programme word without a name names none.
            guard end > noun.end else { return found > 0 ? end : nil }
            addNamed("resolution", head..<end, quote: quote)
            found += 1
            guard end < r.upperBound, t.tokens[end].isWord, t.tokens[end].id == TargetClauses.và else { return end }
            head = end + 1
        }
        return found > 0 ? head : nil
    }

    /// `các khâu đột phá về A, B và C`: A shown with its noun, then B and C.
    private mutating func itemsAbout(at i: Int, in r: Range<Int>, quote: Range<String.Index>) -> Int? {
        let t = clauses.tokens
        guard let noun = NamedItemPhrases.aboutNouns.match(in: t, at: i), noun.end < r.upperBound,
              t.tokens[noun.end].isWord, t.tokens[noun.end].id == NamedItemPhrases.about else { return nil }
        var start = noun.end + 1
        var first = true
        while start < r.upperBound {
            var end = start
            while end < r.upperBound, !endsItem(end),
                  !(t.tokens[end].isWord && t.tokens[end].id == TargetClauses.và) { end += 1 }
            if end > start { addNamed(noun.value, (first ? i : start)..<end, quote: quote) }
            first = false
            guard end < r.upperBound, !endsItem(end, commas: false) else { return end }
            // `giải phóng mặt bằng và và phát triển …`: a doubled word is one.
            var next = end + 1
            while next < r.upperBound, t.tokens[next].isWord, t.tokens[next].id == TargetClauses.và { next += 1 }
            // `…, phấn đấu …`: the list is over.
            if next < r.upperBound, NamedItemPhrases.itemEnds.match(in: t, at: next) != nil || TargetOpeners.aims.match(in: t, at: next) != nil { return next }
            start = next
        }
        return start
    }

    /// `4 khâu đột phá, trong đó ưu tiên …`, `…, trọng tâm là …`: the item after the count.
    private mutating func oneOfTheCount(after end: Int, kind: String, to upper: Int, quote: Range<String.Index>) {
        let t = clauses.tokens
        var i = end
        while i < upper, !t.tokens[i].isSymbol(";"), !t.tokens[i].isSymbol(".") {
            if t.tokens[i].isSymbol(","), let lead = NamedItemPhrases.oneOf.match(in: t, at: i + 1) {
                var stop = lead.end
                while stop < upper, !endsItem(stop, commas: false) { stop += 1 }
                if stop > lead.end { addNamed(lead.value ?? kind, lead.end..<stop, quote: quote) }
                return
            }
            i += 1
        }
    }

    /// `xác định phát triển du lịch là một trong 3 khâu đột phá`: the words before.
    private mutating func amongTheCount(before start: Int, kind: String, from lower: Int, quote: Range<String.Index>) {
        let t = clauses.tokens
        guard let among = NamedItemPhrases.amongThe.match(in: t, endingBefore: start) else { return }
        var first = among.start
        while first > lower, !t.tokens[first - 1].isSymbol(","), !t.tokens[first - 1].isSymbol(";"),
              NamedItemPhrases.choose.match(in: t, endingBefore: first) == nil { first -= 1 }
        if first < among.start { addNamed(kind, first..<among.start, quote: quote) }
    }

    /// Whether token `i` ends an item's name: `;` `.` `:` (and `,` unless `commas` is false),
    /// `mà`, `theo` ….
    private func endsItem(_ i: Int, commas: Bool = true) -> Bool {
        let token = clauses.tokens.tokens[i]
        if token.isSymbol(";") || token.isSymbol(".") || token.isSymbol(":") || (commas && token.isSymbol(",")) { return true }
        return NamedItemPhrases.itemEnds.match(in: clauses.tokens, at: i) != nil
    }

    private mutating func addNamed(_ kind: String, _ tokens: Range<Int>, quote: Range<String.Index>) {
        let body = trimmedTarget(clauses.span(tokens))
        guard !body.isEmpty, !overlapsItems(body), !overlapsGoal(body) else { return }
        add(kind, body, quote: quote, area: AreaClassifier.area(of: String(text[body])))
    }
}
