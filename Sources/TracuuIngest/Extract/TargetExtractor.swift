import TracuuText

/// Finds what a resolution sets out to do, in the order the article says it:
///
/// 1. the overall goal: the quoted text after `Mục tiêu …`;
/// 2. dated aims: a sentence `Phấn đấu … trước năm 2025` (due 2025), also inside the goal;
/// 3. lists introduced by a count — `Với 5 nội dung đột phá:` and five lines starting with
///    `-` — one row an item, its kind from the count's noun;
/// 4. numbered items (`1.`, `2.` …) after a line ending in `:`, requirements unless the
///    line names another kind;
/// 5. counts without a list (`5 nhóm nhiệm vụ trọng tâm, 4 khâu đột phá`): one row a count;
/// 6. resolutions named by number (`Nghị quyết số 01 - NQ/TU … về …`);
/// 7. lists inside one sentence after a colon (`3 khâu đột phá: …; …; …`), kind from the noun;
/// 8. aims after an opener (`phấn đấu`, `đặt mục tiêu`, `chỉ tiêu`), cut into quantified
///    targets (`TargetClauses`), each with its indicator, value, unit, qualifier and due year;
/// 9. targets set by a standard (`… theo tiêu chí đô thị loại III`, `đạt chuẩn …`).
struct TargetExtractor {
    let sentences: Sentences
    let articleID: String
    private(set) var found: [ExtractedTarget] = []
    /// Ranges of the text that numbers in them were read by some target (list markers,
    /// counts, document numbers, years): they are not reported as unplaced.
    var placedNumbers: [Range<String.Index>] = []
    /// Where the quantified aims stand, in characters: a figure inside one is not a report.
    var aimSpans: [Range<Int>] = []
    /// The quotations read as goals: the aims rules leave them to the goal.
    var goalQuotes: [Range<String.Index>] = []
    private var numberOfKind: [String: Int] = [:]
    /// Each sentence's counted phrases, scanned once: the count rule and the named-item rule
    /// both read them.
    private var countedBySentence: [Range<String.Index>: [CountedPhrases.Phrase]] = [:]
    /// The body's tokens, made once for the aim rules.
    let clauses: TargetClauses
    /// The due year of an aim that states none: the end of the article's term.
    let defaultDue: Int?
    /// The year the article was published, when its page says: a standard named with a year
    /// not after it (`Năm 2023, huyện có 12 xã đạt chuẩn …` written in 2023) is reported, not set.
    let publicationYear: Int?

    init(_ sentences: Sentences, articleID: String, defaultDue: Int? = nil, publicationYear: Int? = nil) {
        self.sentences = sentences
        self.articleID = articleID
        self.clauses = TargetClauses(sentences.text)
        self.defaultDue = defaultDue
        self.publicationYear = publicationYear
    }

    var text: String { sentences.text }

    /// `CountedPhrases.scan` of a sentence, remembered.
    mutating func countedPhrases(in sentence: Range<String.Index>) -> [CountedPhrases.Phrase] {
        if let known = countedBySentence[sentence] { return known }
        let phrases = CountedPhrases.scan(text, in: sentence)
        countedBySentence[sentence] = phrases
        return phrases
    }

    mutating func run() {
        let paragraphs = sentences.paragraphs
        var index = 0
        while index < paragraphs.count {
            let paragraph = paragraphs[index]
            findGoal(in: paragraph, afterHeading: index > 0 && GoalPhrases.isGoalHeading(text[paragraphs[index - 1]]))
            findDatedAims(in: paragraph)
            // A paragraph that introduces a list takes the lines after it.
            let taken = findList(introducedBy: paragraph, following: Array(paragraphs[(index + 1)...]))
            if taken == 0 {
                findCounts(in: paragraph)
            }
            findResolutions(in: paragraph)
            findNamedItems(in: paragraph)
            findInlineLists(in: paragraph)
            findAims(in: paragraph)
            findStandards(in: paragraph)
            index += 1 + taken
        }
        found.sort { $0.source.start < $1.source.start }
        renumber()
    }

    // MARK: - The rules

    /// `Phấn đấu … trước năm 2025` → a target due that year.
    mutating func findDatedAims(in paragraph: Range<String.Index>) {
        for sentence in sentences.sentences(in: paragraph) {
            // Inside a quotation, a sentence may start after the opening quote.
            var range = sentence
            while range.lowerBound < range.upperBound, "“\"".contains(text[range.lowerBound]) {
                range = text.index(after: range.lowerBound)..<range.upperBound
            }
            guard FoldedText.fold(String(text[range].prefix(8))).hasPrefix("phan dau"),
                  let due = TargetExtractor.dueYear(in: String(text[range])) else { continue }
            // The aim without the full stop and the closing quote after it.
            var body = sentences.trimmed(range)
            while body.lowerBound < body.upperBound, ".”\"".contains(text[text.index(before: body.upperBound)]) {
                body = body.lowerBound..<text.index(before: body.upperBound)
            }
            let words = String(text[body])
            // A dated aim with a number (`Phấn đấu đến năm 2025 thu nhập … đạt 60 triệu đồng`) is quantified.
            let measure = words.contains(where: \.isNumber) ? TargetClauses.measure(of: words) : nil
            add("target", body, quote: sentence, area: AreaClassifier.area(of: words), due: due,
                measure: measure?.value == nil ? nil : measure)
        }
    }

    /// `Với 5 nội dung đột phá:` then `- …` lines; a line ending in `:` then `1. …` lines; a
    /// heading such as `II. MỘT SỐ CHỈ TIÊU CỤ THỂ` then `(1) …` lines. Items of a list of
    /// targets are cut into quantified targets, due by the year the introduction names.
    /// Returns how many paragraphs after the introduction it took.
    mutating func findList(introducedBy paragraph: Range<String.Index>, following: [Range<String.Index>]) -> Int {
        let intro = text[paragraph]
        let colon = intro.last == ":" || intro.hasSuffix(": ")
        guard colon || ListHeadings.isHeading(intro) else { return 0 }
        let count = colon ? TargetExtractor.countBeforeColon(in: intro) : nil
        let kind = count.flatMap { TargetKinds.kind(of: $0.noun) }
            ?? (colon ? TargetKinds.kind(ofIntroduction: String(intro)) : TargetKinds.kind(of: String(intro)))
        let introDue = clauses.year(in: clauses.tokenRange(paragraph))
        var taken = 0
        var numberExpected = 1
        for item in following {
            let line = text[item]
            let trimmedLine = line.drop { $0.isWhitespace }
            var markerEnd: String.Index?
            if let dash = trimmedLine.first, "-–•+".contains(dash), trimmedLine.dropFirst().first == " " {
                markerEnd = trimmedLine.index(trimmedLine.startIndex, offsetBy: 2)
            } else if let marker = ListHeadings.numberMarker(in: trimmedLine, expected: numberExpected) {
                markerEnd = marker.end
                placedNumbers.append(marker.number)
                numberExpected += 1
            }
            guard let start = markerEnd else { break }
            if let expected = count?.value, taken >= expected { break }
            let body = trimmedTarget(start..<item.upperBound)
            guard let itemKind = kind else { break }
            // `- GRDP bình quân đầu người đến năm 2025 đạt 75 - 80 triệu đồng; …`: measured items.
            if itemKind == "target",
               addItems(of: clauses.tokenRange(body), kind: "target", quote: sentences.trimmed(item), contextDue: introDue) > 0 {
                taken += 1
                continue
            }
            add(itemKind, body, quote: sentences.trimmed(item), area: AreaClassifier.area(of: String(text[body])))
            taken += 1
        }
        if taken > 0, let count { placedNumbers.append(count.range) }
        return taken
    }

    /// `xác định 5 nhóm nhiệm vụ trọng tâm, 4 khâu đột phá và … 7 nghị quyết, đề án chuyên đề`.
    mutating func findCounts(in paragraph: Range<String.Index>) {
        for sentence in sentences.sentences(in: paragraph) {
            for phrase in countedPhrases(in: sentence) {
                placedNumbers.append(phrase.range)
                // `24 chỉ tiêu chủ yếu có 19 chỉ tiêu đạt`: how many were met, a report.
                let r = clauses.tokenRange(phrase.range)
                if phrase.kind == "target", r.contains(where: { TargetOpeners.attained.match(in: clauses.tokens, at: $0) != nil }) { continue }
                add(phrase.kind, phrase.range, quote: sentence, area: nil, count: phrase.count)
            }
        }
    }

    /// `Nghị quyết số 01 - NQ/TU của Thị ủy về phát triển thương mại - dịch vụ - du lịch`.
    mutating func findResolutions(in paragraph: Range<String.Index>) {
        for sentence in sentences.sentences(in: paragraph) {
            for clause in sentences.clauses(in: sentence) {
                let part = text[clause]
                // Both spellings hold the letters `quy` and `t s`, each a character of one byte
                // that only itself is canonically equal to: without those bytes neither search can match.
                guard TargetExtractor.holdsQuy(part) else { continue }
                guard let start = part.firstRange(of: "Nghị quyết số ")?.lowerBound ?? part.firstRange(of: "nghị quyết số ")?.lowerBound else { continue }
                let end = text[start..<clause.upperBound].firstIndex(where: { $0 == "," || $0 == ";" }) ?? clause.upperBound
                let body = sentences.trimmed(start..<end)
                let words = String(text[body])
                let subject = words.firstRange(of: " về ").map { String(words[$0.upperBound...]) } ?? words
                add("resolution", body, quote: sentence, area: AreaClassifier.area(of: subject))
                placedNumbers.append(body)
            }
        }
    }

    /// Whether a text holds the bytes of `quy` and, after them, of `t s` (`quyết số`; a loop on
    /// bytes: the generic search on a UTF-8 view costs more than the canonical search it saves).
    static func holdsQuy(_ part: Substring) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= 3 else { return false }
            var quy = false
            for i in 0..<(bytes.count - 2) {
                if !quy {
                    quy = bytes[i] == 0x71 && bytes[i + 1] == 0x75 && bytes[i + 2] == 0x79
                } else if bytes[i] == 0x74 && bytes[i + 1] == 0x20 && bytes[i + 2] == 0x73 {
                    return true
                }
            }
            return false
        }
        return part.utf8.withContiguousStorageIfAvailable(scan) ?? Array(part.utf8).withUnsafeBufferPointer(scan)
    }

    /// A piece of a clause that sets a standard to reach: `… theo tiêu chí đô thị loại III`,
    /// `hoàn thiện các tiêu chí đô thị loại II`; not one reached (`Đến nay đã có 14/22 xã đạt
    /// chuẩn`, `công nhận huyện đạt chuẩn nông thôn mới năm 2024`).
    mutating func findStandards(in paragraph: Range<String.Index>) {
        for sentence in sentences.sentences(in: paragraph) {
            let whole = clauses.tokenRange(sentence)
            // `Huyện được công nhận đạt chuẩn nông thôn mới năm 2024; 100% xã đạt chuẩn …`: a
            // sentence that says when a standard was reached reports the others too.
            guard !clauses.saysWhenReached(whole) else { continue }
            for clause in sentences.clauses(in: sentence) where !overlapsGoal(clause) {
                let tokens = clauses.tokenRange(clause)
                // A clause that reports (`Huyện hiện có 63 điểm …, trong đó 12 điểm đạt chuẩn`)
                // sets no standard in any of its pieces.
                guard !clauses.readsAsResult(tokens), !clauses.holdsFraction(tokens), !clauses.saysWhenReached(tokens) else { continue }
                for piece in clauses.items(in: tokens, commas: true) {
                    let body = sentences.withoutFinalStop(clauses.span(piece))
                    guard !overlapsFound(body), clauses.setsStandard(piece), clauses.aimsAtSomething(piece) else { continue }
                    // Due only by a year written: a standard is not always an aim of the term.
                    let due = clauses.year(in: piece) ?? clauses.year(in: whole.lowerBound..<piece.lowerBound)
                    // A year already reached when the article was written dates a result.
                    if let due, let publicationYear, due <= publicationYear { continue }
                    add("target", body, quote: sentence, area: AreaClassifier.area(of: String(text[body])), due: due, capitalize: true)
                    placedNumbers.append(body)
                }
            }
        }
    }

    // MARK: - Helpers

    func overlapsFound(_ range: Range<String.Index>) -> Bool {
        let lower = sentences.offset(range.lowerBound), upper = sentences.offset(range.upperBound)
        return found.contains { $0.kind != "goal" && $0.source.start < upper && lower < $0.source.end }
    }

    mutating func add(_ kind: String, _ range: Range<String.Index>, quote: Range<String.Index>, area: String?,
                     due: Int? = nil, count: Int? = nil, capitalize: Bool = false, measure: TargetMeasure? = nil) {
        var body = String(text[range])
        if capitalize, let first = body.first { body = first.uppercased() + body.dropFirst() }
        var target = ExtractedTarget(
            id: "", kind: kind, text: body, area: area, due: due, count: count,
            source: Provenance(start: sentences.offset(range.lowerBound), end: sentences.offset(range.upperBound),
                               quote: String(text[quote])))
        if let measure {
            target.indicator = measure.indicator
            target.value = measure.value
            target.valueHigh = measure.valueHigh
            target.unit = measure.unit
            target.qualifier = measure.qualifier
        }
        found.append(target)
    }

    /// Ids in the order of the article: `ARTICLE/breakthrough-2`.
    private mutating func renumber() {
        numberOfKind = [:]
        for i in found.indices {
            let n = (numberOfKind[found[i].kind] ?? 0) + 1
            numberOfKind[found[i].kind] = n
            found[i].id = "\(articleID)/\(found[i].kind)-\(n)"
        }
    }

    /// A target's text without the spaces and the closing punctuation around it.
    func trimmedTarget(_ range: Range<String.Index>) -> Range<String.Index> {
        var r = sentences.trimmed(range)
        while r.lowerBound < r.upperBound, "”\"".contains(text[text.index(before: r.upperBound)]) {
            r = r.lowerBound..<text.index(before: r.upperBound)
        }
        return sentences.trimmed(r)
    }

    /// `trước năm 2025`, `đến năm 2025`, `vào năm 2030` → the year.
    static func dueYear(in sentence: String) -> Int? {
        let folded = FoldedText.fold(sentence)
        for word in ["truoc nam ", "den nam ", "vao nam ", "den cuoi nam "] {
            if let r = folded.firstRange(of: word) {
                let digits = folded[r.upperBound...].prefix { $0.isNumber }
                if digits.count == 4, let year = Int(digits) { return year }
            }
        }
        return nil
    }

    /// `Với 5 nội dung đột phá:` → 5, `nội dung đột phá`, and where the number is.
    static func countBeforeColon(in intro: Substring) -> (value: Int, noun: String, range: Range<String.Index>)? {
        guard let colon = intro.lastIndex(of: ":") else { return nil }
        let head = intro[..<colon]
        // The last number in the line, and the words between it and the colon.
        guard let digitEnd = head.lastIndex(where: \.isNumber) else { return nil }
        let after = head.index(after: digitEnd)
        var digitStart = digitEnd
        while digitStart > head.startIndex, head[head.index(before: digitStart)].isNumber { digitStart = head.index(before: digitStart) }
        guard let value = Int(head[digitStart..<after]) else { return nil }
        let noun = head[after...].trimmingCharacters(in: " ")
        guard !noun.isEmpty, noun.count < 40 else { return nil }
        return (value, noun, digitStart..<after)
    }

}
