/// How an article states a resolution's overall goal, as data: a quotation after
/// `mục tiêu …:` or `… là:` (`Đại hội xác định mục tiêu tổng quát: “…”`), or after a heading
/// `I. MỤC TIÊU CHUNG`; and aims that are goals by what they say (`trở thành thị xã`).
enum GoalPhrases {
    /// Nouns that name the goal.
    static let nouns = PhraseTable<Void>(["mục tiêu": (), "mục tiêu chung": (), "mục tiêu tổng quát": ()])

    /// How many tokens may stand between the noun and the quotation
    /// (`Mục tiêu chung mà đại hội xác định là: “`).
    static let reach = 16

    /// A quotation shorter than this is a name, not a goal.
    static let minimumWords = 5

    /// Words right before the quotation that introduce it.
    static let introducers: Set<String> = Set([":", "là"].map { WordKey.of($0[...]) })

    /// Phrases that make an aim without a number the goal: `đưa huyện trở thành thị xã`,
    /// `đưa Điện Bàn lên thành phố`.
    static let becoming = PhraseTable<Void>([
        "trở thành": (), "lên thành phố": (), "lên thị xã": (), "lên quận": (),
    ])

    /// `I. MỤC TIÊU CHUNG`: a short line naming the goal, not ending as a sentence does.
    static func isGoalHeading(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: " ")
        guard let last = trimmed.last, !".;,:!?”\"".contains(last),
              trimmed.split(separator: " ").count <= ListHeadings.maxWords else { return false }
        let tokens = TokenizedText(trimmed)
        return tokens.tokens.indices.contains { nouns.match(in: tokens, at: $0) != nil }
    }
}

extension TargetExtractor {
    /// `Mục tiêu … xác định: “…”`, `Đảng bộ đặt mục tiêu: “…”`, or `…: “…”` under a goal
    /// heading → the goal, the text inside the quotes.
    mutating func findGoal(in paragraph: Range<String.Index>, afterHeading: Bool) {
        let t = clauses.tokens
        let r = clauses.tokenRange(paragraph)
        var i = r.lowerBound
        while i < r.upperBound {
            let token = t.tokens[i]
            guard token.isSymbol("“") || token.isSymbol("\""), i > r.lowerBound,
                  GoalPhrases.introducers.contains(t.tokens[i - 1].key),
                  afterHeading || namesGoal(before: i, from: r.lowerBound) else { i += 1; continue }
            let closer = token.isSymbol("“") ? "”" : "\""
            guard let close = ((i + 1)..<r.upperBound).first(where: { t.tokens[$0].isSymbol(closer) }) else { return }
            guard close - i - 1 >= GoalPhrases.minimumWords else { i = close + 1; continue }
            let inner = t.tokens[i + 1].range.lowerBound..<t.tokens[close - 1].range.upperBound
            var quoteEnd = t.tokens[close].range.upperBound
            if close + 1 < r.upperBound, t.tokens[close + 1].isSymbol(".") { quoteEnd = t.tokens[close + 1].range.upperBound }
            // `“… xây dựng Hà Trung trở thành huyện nông thôn mới nâng cao trước năm 2025”`: due then;
            // a later sentence of the quotation with its own year is a dated aim of its own.
            let due = sentences.sentences(in: inner).first.flatMap { TargetExtractor.dueYear(in: String(text[$0])) }
            add("goal", inner, quote: paragraph.lowerBound..<quoteEnd, area: nil, due: due)
            goalQuotes.append(inner)
            return
        }
    }

    /// Whether a goal noun stands within reach before token `i`, in the same sentence.
    private func namesGoal(before i: Int, from lower: Int) -> Bool {
        let t = clauses.tokens
        var j = i - 1
        while j >= lower, i - j <= GoalPhrases.reach {
            if t.tokens[j].isSymbol(".") { return false }
            if GoalPhrases.nouns.match(in: t, at: j) != nil { return true }
            j -= 1
        }
        return false
    }

    /// Whether a range runs into a quotation read as a goal.
    func overlapsGoal(_ range: Range<String.Index>) -> Bool {
        goalQuotes.contains { $0.lowerBound < range.upperBound && range.lowerBound < $0.upperBound }
    }
}
