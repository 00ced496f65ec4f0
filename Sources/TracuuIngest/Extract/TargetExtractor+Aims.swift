/// The rules that read aims inside sentences: lists after a colon and passages after an
/// opener such as `phấn đấu`, each item a row with its measure and due year.
extension TargetExtractor {
    /// `Đại hội xác định 3 khâu đột phá: a; b; c`, `Các khâu đột phá gồm: …`,
    /// `hệ thống chỉ tiêu, trong đó: …`: one row an item, its kind from the last list noun
    /// before the colon.
    mutating func findInlineLists(in paragraph: Range<String.Index>) {
        let t = clauses.tokens
        for sentence in sentences.sentences(in: paragraph) where !overlapsItems(sentence) {
            let r = clauses.tokenRange(sentence)
            guard let colon = r.first(where: { t.tokens[$0].isSymbol(":") }) else { continue }
            var kind: String?
            for i in r.lowerBound..<colon {
                if let noun = TargetOpeners.listNouns.match(in: t, at: i) { kind = noun.value }
            }
            guard let kind, colon + 1 < r.upperBound, !isQuote(colon + 1) else { continue }
            addItems(of: (colon + 1)..<r.upperBound, kind: kind, quote: sentence,
                     contextDue: clauses.year(in: r.lowerBound..<colon))
        }
    }

    /// `Huyện phấn đấu đến năm 2025 có 100% xã đạt chuẩn …, thu nhập … đạt 85 triệu đồng`:
    /// what follows the first opener, cut into items.
    mutating func findAims(in paragraph: Range<String.Index>) {
        let t = clauses.tokens
        var aimedBefore = false
        for sentence in sentences.sentences(in: paragraph) {
            let r = clauses.tokenRange(sentence)
            // `… tỉnh đặt mục tiêu GRDP tăng 8%; … . Về xã hội, tỷ lệ hộ nghèo giảm còn dưới 1%; …`:
            // a topic after aims in the same paragraph goes on with them.
            if aimedBefore, let comma = topicComma(in: r) {
                aimedBefore = addItems(of: (comma + 1)..<r.upperBound, kind: "target", quote: sentence, contextDue: nil) > 0
                continue
            }
            aimedBefore = false
            var inQuote = false
            var i = r.lowerBound
            while i < r.upperBound {
                let token = t.tokens[i]
                if token.isSymbol("“") { inQuote = true } else if token.isSymbol("”") { inQuote = false }
                else if token.isSymbol("\"") { inQuote.toggle() }
                guard !inQuote, let opener = TargetOpeners.aims.match(in: t, at: i),
                      !(i > r.lowerBound && t.tokens[i - 1].isNumber) else { i += 1; continue }
                // `với những mục tiêu, giải pháp cụ thể`: a noun after a determiner opens nothing,
                // unless what follows is a goal (`với quyết tâm đưa huyện trở thành thị xã`).
                if i > r.lowerBound, TargetOpeners.determiners.contains(t.tokens[i - 1].id),
                   !clauses.saysBecoming(opener.end..<clauseEnd(after: opener.end, to: r.upperBound)) { i += 1; continue }
                var start = opener.end
                while start < r.upperBound {
                    if let skip = TargetOpeners.listWords.match(in: t, at: start) { start = skip.end; continue }
                    if t.tokens[start].isSymbol(":") { start += 1; continue }
                    break
                }
                if start < r.upperBound, isQuote(start) { i = opener.end; continue }
                // `tỷ lệ hộ nghèo phấn đấu giảm còn 7,1%`: the indicator came before the opener.
                let clauseHead = clauseStart(before: i, from: r.lowerBound)
                if start < r.upperBound, t.tokens[start].isWord, TargetOpeners.verbs.contains(t.tokens[start].id) {
                    start = clauseHead
                }
                // `đến năm 2025 huyện phấn đấu có …`: the first item is shown from its clause's start.
                let lead = start > clauseHead && i - clauseHead <= TargetOpeners.leadReach ? clauseHead : nil
                let before = clauses.year(in: r.lowerBound..<i)
                if addItems(of: start..<r.upperBound, kind: "target", quote: sentence, contextDue: before, lead: lead) > 0 {
                    aimedBefore = true
                    break
                }
                i = opener.end
            }
        }
    }

    /// Adds the items of a passage; returns how many.
    @discardableResult
    mutating func addItems(of passage: Range<Int>, kind: String, quote: Range<String.Index>, contextDue: Int?,
                           lead: Int? = nil) -> Int {
        guard !passage.isEmpty else { return 0 }
        let quantified = kind == "target"
        var running = contextDue
        var added = 0
        for item in clauses.items(in: passage, commas: quantified) {
            // The last item of a sentence ends before its full stop.
            let measured = withoutFinalStop(trimmedTarget(clauses.span(item)))
            var body = measured
            if let lead, item.lowerBound == passage.lowerBound, lead < item.lowerBound {
                body = withoutFinalStop(trimmedTarget(clauses.span(lead..<item.upperBound)))
            }
            guard !body.isEmpty, !overlapsGoal(body), !overlapsItems(body) else { continue }
            let words = String(text[measured])
            guard quantified else {
                add(kind, body, quote: quote, area: AreaClassifier.area(of: words))
                added += 1
                continue
            }
            guard clauses.aimsAtSomething(item) || clauses.saysBecoming(item) else { continue }
            if let own = clauses.year(in: item) { running = own }
            let measure = TargetClauses.measure(of: words)
            // A rate for every year (`tăng bình quân 9%/năm`, `hằng năm kết nạp 40 đảng viên`)
            // is due at no one year unless the item names one.
            let annual = clauses.saysEveryYear(item) || measure.unit == TargetOpeners.percentPerYear
            let due = clauses.year(in: item) ?? clauses.spanEnd(in: item) ?? (clauses.saysEndOfTerm(item) ? defaultDue : nil)
                ?? (annual ? nil : running ?? defaultDue)
            // `đưa huyện trở thành thị xã trước năm 2030`: without a number, the goal.
            let goal = measure.value == nil && clauses.saysBecoming(item)
            add(goal ? "goal" : "target", body, quote: quote, area: AreaClassifier.area(of: words), due: due,
                measure: goal ? nil : measure)
            placedNumbers.append(body)
            if !item.contains(where: { TargetOpeners.reportedBeside.match(in: clauses.tokens, at: $0) != nil }) {
                aimSpans.append(sentences.offset(body.lowerBound)..<sentences.offset(body.upperBound))
            }
            added += 1
        }
        return added
    }

    /// Overlaps a row that is an item (not the goal, not a count such as `3 khâu đột phá`).
    func overlapsItems(_ range: Range<String.Index>) -> Bool {
        let lower = sentences.offset(range.lowerBound), upper = sentences.offset(range.upperBound)
        return found.contains { $0.kind != "goal" && $0.count == nil && $0.source.start < upper && lower < $0.source.end }
    }

    private func isQuote(_ i: Int) -> Bool {
        let token = clauses.tokens.tokens[i]
        return token.isSymbol("“") || token.isSymbol("\"")
    }

    /// `Về xã hội, …`: the comma after a topic opening the sentence, when no opener follows.
    private func topicComma(in r: Range<Int>) -> Int? {
        let t = clauses.tokens
        guard !r.isEmpty, t.tokens[r.lowerBound].isWord, t.tokens[r.lowerBound].id == TargetOpeners.topicWord,
              let comma = r.prefix(TargetOpeners.leadReach).first(where: { t.tokens[$0].isSymbol(",") }),
              !r.contains(where: { TargetOpeners.aims.match(in: t, at: $0) != nil }) else { return nil }
        return comma
    }

    /// A range without the `.` or `;` that ends it.
    private func withoutFinalStop(_ range: Range<String.Index>) -> Range<String.Index> {
        var body = range
        while body.lowerBound < body.upperBound, ".;".contains(text[text.index(before: body.upperBound)]) {
            body = body.lowerBound..<text.index(before: body.upperBound)
        }
        return body
    }

    /// The token after the clause that starts at `i`: the next `,` or `;`, or `upper`.
    private func clauseEnd(after i: Int, to upper: Int) -> Int {
        var j = i
        while j < upper, !clauses.tokens.tokens[j].isSymbol(","), !clauses.tokens.tokens[j].isSymbol(";") { j += 1 }
        return j
    }

    /// The first token after the last `,` or `;` before token `i`.
    private func clauseStart(before i: Int, from lower: Int) -> Int {
        var j = i
        while j > lower, !clauses.tokens.tokens[j - 1].isSymbol(","), !clauses.tokens.tokens[j - 1].isSymbol(";") { j -= 1 }
        return j
    }
}
