import TracuuText

/// The indicator of a figure: the noun phrase that says what was measured (issue 11, item 10).
///
/// Most often it stands before the figure, after the clause's framing is taken off:
///
///     Theo báo cáo của UBND huyện, 9 tháng năm 2022 tổng giá trị sản xuất ước đạt 3.120 tỷ đồng
///     └──── framing (to the last comma) ───┘ └ period ─┘ └── indicator ──┘ └ status ┘
///     Toàn huyện đã cứng hóa 120 km          → `cứng hóa` (the subject and `đã` go)
///     Cơ cấu kinh tế: nông nghiệp 40,2%      → `nông nghiệp` (a label before `:` goes)
///
/// When nothing is left before it (`Có 215 doanh nghiệp thành lập mới`, `…, 9 cây cầu
/// kết nối các xã`), the indicator is the count noun and the words after the figure.
enum IndicatorPhrase {
    /// Words between an indicator and its figure that say how it was reported.
    static let statusWords = [
        "ước tạo ra giá trị", "tạo ra giá trị", "ước thực hiện", "ước thu được", "không dưới", "tối thiểu",
        "không quá", "ước tính", "thu được", "ước đạt", "ước thu", "dự kiến", "khoảng", "tối đa", "lũy kế", "trên",
        "dưới", "được", "ước", "đạt", "hơn", "gần", "là",
    ]

    /// Words that open a clause before its subject: `Nổi bật là …`, `trong đó …`, `Đến nay …`.
    static let openers = [
        "tính đến nay", "song song đó", "trong đó có", "bên cạnh đó", "đặc biệt là", "cùng với đó", "nổi bật là",
        "trong khi", "đồng thời", "trong đó", "ngoài ra", "hiện nay", "đến nay", "cụ thể", "riêng", "còn", "với", "và",
    ]

    /// Verbs of reporting: what follows them is the report (`…, UBND huyện cho biết tổng …`).
    static let reportingVerbs = [
        "báo cáo cho thấy", "khẳng định", "thông tin", "cho biết", "nêu rõ",
    ]

    /// Who did it, at the start of a phrase: `Huyện`, `Toàn Đảng bộ huyện`, `Thành phố đã`.
    static let subjects = [
        "toàn đảng bộ huyện", "toàn thành phố", "đảng bộ huyện", "toàn đảng bộ", "cả thành phố", "toàn thị xã",
        "toàn huyện", "toàn tỉnh", "toàn quận", "cả thị xã", "thành phố", "cả huyện", "thị trấn", "đảng bộ",
        "cả tỉnh", "cả quận", "thị xã", "huyện", "tỉnh", "quận", "xã",
    ]

    /// Words that only say a thing exists or remains (`có`, `còn`): no indicator on their own.
    static let existenceWords = [
        "trong kỳ có", "hiện có", "có thêm", "đã có", "thêm", "còn", "gồm", "có", "đã",
    ]

    /// Words that open a comparison with the figure before.
    static let comparisons = ["cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "so với", "tăng so với", "giảm so với"]

    /// Words after a figure that end the noun phrase it counts.
    static let afterStops = [
        " với ", " tăng ", " giảm ", " đạt ", " bằng ", " chiếm ", " gấp ", " so với ", " trong đó", " nâng tổng ", " nâng lên ",
        " của ", " tại ", " cho ",
    ]

    /// The words of a period phrase at the start of a phrase: `9 tháng năm 2022`, `Năm 2021,`.
    static func withoutLeadingPeriod(_ phrase: String) -> String {
        var rest = phrase
        var lower = LowerCase.of(rest)   // made again only when `rest` changes
        for lead in ["trong ", "tính đến ", "đến "] where lower.hasPrefix(lead) {
            let candidate = String(rest.dropFirst(lead.count))
            if PeriodPhrases.leading(candidate) != nil {
                rest = candidate
                lower = LowerCase.of(rest)
            }
        }
        while let p = PeriodPhrases.leading(rest) {
            rest = String(rest[p.range.upperBound...]).trimmingCharacters(in: " ").trimmingCharacters(in: ",")
                .trimmingCharacters(in: " ")
        }
        return rest
    }

    /// Word lists are written longest first (a test keeps them so), so the first match is the longest.
    static let wordLists = [statusWords, openers, reportingVerbs, subjects, existenceWords]

    // The lists as affixes, their whole-word spellings made once.
    static let statusAffixes = AffixWords(statusWords)
    static let openerAffixes = AffixWords(openers)
    static let subjectAffixes = AffixWords(subjects)
    static let auxiliaryAffixes: AffixWords = ["đã", "cũng", "vẫn", "tiếp tục", "đầu tư"]
    static let moveStartAffixes: AffixWords = ["giảm từ", "tăng từ", "từ"]

    /// Drops the longest of `words` the phrase starts with (a whole word), and what follows it.
    static func dropPrefix(_ words: AffixWords, of phrase: String) -> String? {
        guard let word = prefix(words, of: LowerCase.of(phrase)) else { return nil }
        return String(phrase.dropFirst(word.count)).trimmingCharacters(in: " ").trimmingCharacters(in: ",")
            .trimmingCharacters(in: " ")
    }

    /// Drops the longest of `words` the phrase ends with (a whole word).
    static func dropSuffix(_ words: AffixWords, of phrase: String) -> String? {
        guard let word = suffix(words, of: LowerCase.of(phrase)) else { return nil }
        return String(phrase.dropLast(word.count)).trimmingCharacters(in: " ").trimmingCharacters(in: ",")
            .trimmingCharacters(in: " ")
    }

    // `AffixWords.prefix(of:)` and `suffix(of:)` compare characters, which on Vietnamese text
    // goes through Unicode's canonical equivalence; on a plain text (`CharacterReader.isPlain`)
    // and plain words that is comparing bytes, which these do, in the same order.

    /// `words.prefix(of: lower)`.
    static func prefix(_ words: AffixWords, of lower: String) -> String? {
        guard CharacterReader.isPlain(text: lower) else { return words.prefix(of: lower) }
        let bytes = lower.utf8
        for i in words.words.indices where sameBytes(bytes, words.words[i].utf8)
            || bytes.starts(with: words.followedBySpace[i].utf8) || bytes.starts(with: words.followedByComma[i].utf8) {
            return words.words[i]
        }
        return nil
    }

    /// `words.suffix(of: lower)`.
    static func suffix(_ words: AffixWords, of lower: String) -> String? {
        guard CharacterReader.isPlain(text: lower) else { return words.suffix(of: lower) }
        let bytes = lower.utf8
        for i in words.words.indices where sameBytes(bytes, words.words[i].utf8)
            || bytes.reversed().starts(with: words.precededBySpace[i].utf8.reversed()) {
            return words.words[i]
        }
        return nil
    }

    /// The subject at the start of a phrase: a unit word and the proper name after it
    /// (`huyện Tam Bình`), or one alone; then `đã`, `cũng`.
    static func withoutSubject(_ phrase: String) -> String {
        guard var rest = dropPrefix(subjectAffixes, of: phrase) else { return phrase }
        // The name of the place: capitalised words after the unit word.
        var words = rest.split(separator: " ", omittingEmptySubsequences: true)
        while let first = words.first, first.first?.isUppercase == true || first.allSatisfy(\.isNumber) {
            words.removeFirst()
        }
        rest = words.joined(separator: " ")
        while let next = dropPrefix(auxiliaryAffixes, of: rest), next != rest, !next.isEmpty {
            rest = next
        }
        return rest
    }

    /// The phrase before a figure, cleaned; nil when no indicator is there.
    static func before(_ text: Substring, isListItem: Bool) -> String? {
        // A dash may separate the items of a list (`nông nghiệp 24,6% - công nghiệp - xây dựng 41,2%`).
        var phrase = text.trimmingCharacters(in: " ").trimmingCharacters(in: ",").trimmingCharacters(in: " ")
        while let first = phrase.first, first == "-" || first == "–" {
            phrase = String(phrase.dropFirst()).trimmingCharacters(in: " ")
        }
        // A label before a colon (`Cơ cấu kinh tế: …`) frames the list after it.
        if let colon = lastColon(in: phrase) { phrase = String(phrase[colon...]) }
        var lower = LowerCase.of(phrase)   // made again only when the phrase changes
        for verb in reportingVerbs {
            if let r = LiteralSearch.firstRange(of: " " + verb + " ", in: lower) {
                let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
                phrase = String(phrase.dropFirst(offset))
                lower = LowerCase.of(phrase)
            }
        }
        // The framing before the last comma (`Theo báo cáo …, `, `Năm 2022, `) when a phrase follows it.
        if let comma = LiteralSearch.lastRange(of: ", ", in: phrase) {
            let after = String(phrase[comma.upperBound...])
            if after.split(separator: " ").count >= 2 || isListItem { phrase = after }
        }
        var changed = true
        while changed {
            changed = false
            phrase = phrase.trimmingCharacters(in: " ").trimmingCharacters(in: ",").trimmingCharacters(in: " ")
            if let shorter = dropSuffix(statusAffixes, of: phrase), shorter != phrase { phrase = shorter; changed = true }
        }
        if let rest = dropPrefix(openerAffixes, of: phrase) { phrase = rest }
        // `… là X`, `… với số vốn`: the subject starts after the last of them.
        if let be = [" là ", " với "].compactMap({ lastOfRanges(of: $0, in: phrase) }).max(by: { $0.lowerBound < $1.lowerBound }) {
            phrase = String(phrase[be.upperBound...])
        }
        phrase = withoutLeadingPeriod(phrase)
        let withSubject = phrase
        phrase = withoutSubject(phrase)
        // `Thành phố đã trao 3.215 phần quà`: after its subject, a verb alone says what was done.
        let afterSubject = phrase != withSubject
        phrase = withoutLeadingPeriod(phrase)
        // `cao hơn năm 2019 là 5,5%`: a difference from a figure before, not a level.
        let lowerPhrase = LowerCase.of(phrase)
        if comparisons.contains(where: { lowerPhrase.hasPrefix($0) }) { return nil }
        if existenceWords.contains(lowerPhrase) || PlanCues.relations.contains(lowerPhrase) { return nil }
        // A remark in brackets (`(không tính Nhà máy lọc dầu …)`) is an aside: its words do not count.
        let words = wordsOutsideBrackets(phrase)
        // One word only when it is an abbreviation (`GRDP`) or an item of a list (`…, chè 1.470 ha`).
        let abbreviation = words == 1 && phrase.count >= 2 && phrase.allSatisfy { $0.isUppercase || $0.isNumber }
        guard words >= 2 || (words == 1 && (isListItem || afterSubject)) || abbreviation, words <= 16,
              phrase.first?.isLetter == true else {
            return nil
        }
        return phrase
    }

    /// The last of the matches `phrase.ranges(of: needle)` gives (left to right, none overlapping),
    /// for a needle that starts and ends with a space. When every scalar of the phrase is a
    /// character of its own (`CharacterReader.isPlain`: NFC Vietnamese text is), comparing
    /// characters is comparing bytes, and the byte search gives the same matches.
    static func lastOfRanges(of needle: String, in phrase: String) -> Range<String.Index>? {
        guard phrase.unicodeScalars.allSatisfy({ CharacterReader.isPlain($0.value) }) else { return phrase.ranges(of: needle).last }
        var last: Range<String.Index>?
        var from = phrase.startIndex
        while let r = LiteralSearch.firstRange(of: needle, in: phrase, from: from) {
            last = r
            from = r.upperBound
        }
        return last
    }

    /// Where the text after the last `:` starts: `phrase.index(after: phrase.lastIndex(of: ":"))`,
    /// found by bytes on a plain phrase.
    static func lastColon(in phrase: String) -> String.Index? {
        guard CharacterReader.isPlain(text: phrase) else { return phrase.lastIndex(of: ":").map { phrase.index(after: $0) } }
        return phrase.utf8.lastIndex(of: 0x3A).map { phrase.utf8.index(after: $0) }
    }

    /// `withoutBrackets(phrase).split(separator: " ").count`, counted by bytes on a plain phrase.
    static func wordsOutsideBrackets(_ phrase: String) -> Int {
        guard CharacterReader.isPlain(text: phrase) else { return withoutBrackets(phrase).split(separator: " ").count }
        var depth = 0
        var words = 0
        var inWord = false
        for byte in phrase.utf8 {
            if byte == 0x28 { depth += 1; continue }
            if byte == 0x29 { depth = max(0, depth - 1); continue }
            guard depth == 0 else { continue }
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }

    /// A phrase without what stands in brackets.
    static func withoutBrackets(_ phrase: String) -> String {
        var depth = 0
        var kept = ""
        for ch in phrase {
            if ch == "(" { depth += 1; continue }
            if ch == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { kept.append(ch) }
        }
        return kept
    }

    /// The phrase before `từ` when a figure is where a move started (`Tỷ lệ hộ nghèo giảm từ`).
    static func startOfMove(_ before: Substring) -> Substring? {
        let trimmed = before.trimmingCharacters(in: " ")
        guard let rest = dropSuffix(moveStartAffixes, of: trimmed), rest != trimmed else { return nil }
        return Substring(rest)
    }

    /// Whether the words between two figures move from one to the other: `xuống còn`, `lên`.
    static func isMove(_ between: Substring) -> Bool {
        let lower = " " + LowerCase.of(between) + " "
        return SubstringSearch.contains(lower, " xuống ") || SubstringSearch.contains(lower, " lên ")
    }

    /// Things counted that are a report only after an action: `kết nạp 96 đảng viên` is one,
    /// `thay mặt cho hơn 4.500 đảng viên` (the members represented) is not.
    static let countedAfterAction: [String: [String]] = ["đảng viên": ["kết nạp", "phát triển"]]

    static func isReported(unit: String, before: Substring) -> Bool {
        guard let actions = countedAfterAction[unit] else { return true }
        let lower = LowerCase.of(before)
        return actions.contains { SubstringSearch.contains(lower, $0) }
    }

    /// Units that count things (`doanh nghiệp`, `hộ`): they belong to the indicator after them.
    static func isCountNoun(_ unit: String) -> Bool {
        !measures.contains(unit.split(separator: " ").last.map(String.init) ?? unit) && !unit.contains("/") && unit != "%"
    }

    /// Units of measure (their last word): what comes after one is what was measured (`2.650 ha cao su`).
    static let measures: Set<String> = [
        "đồng", "USD", "ha", "m²", "km²", "tấn", "tạ", "kg", "km", "m", "MW", "kWh", "%", "lượt", "tỉ", "triệu", "nghìn",
        "phần trăm",
    ]

    /// Things whose share a percentage gives when they follow it: `100% xã đạt chuẩn nông thôn mới`.
    static let sharedThings = PhraseTable<Void>([
        "xã": (), "số xã": (), "hộ": (), "số hộ": (), "thôn": (), "trường": (), "trường học": (), "trạm y tế": (),
        "người dân": (), "dân số": (), "hộ dân": (), "hộ gia đình": (), "học sinh": (), "doanh nghiệp": (),
    ])

    /// The indicator after a percentage that gives a share of things (`100% xã đạt chuẩn …` →
    /// `xã đạt chuẩn …`), or nil when no such things follow it.
    static func afterShare(_ text: Substring) -> String? {
        let whole = String(text)
        let t = TokenizedText(whole)
        guard let things = sharedThings.match(in: t, at: 0) else { return nil }
        let noun = t.plainText(0..<things.end)
        let rest = things.end < t.count ? whole[t[things.end].range.lowerBound...] : ""
        return after(rest, unit: noun) ?? noun
    }

    /// The noun phrase after a figure: `215 doanh nghiệp thành lập mới` → `doanh nghiệp thành lập mới`.
    static func after(_ text: Substring, unit: String) -> String? {
        var phrase = " " + text.trimmingCharacters(in: " ") + " "
        // `14/22 xã của huyện đạt chuẩn …`: the place the things belong to is no part of their name.
        if phrase.hasPrefix(" của ") {
            let rest = String(phrase.dropFirst(5))
            let placeless = withoutSubject(rest)
            if placeless != rest { phrase = " " + placeless + " " }
        }
        for stop in [",", ";", "(", ".", ":"] {
            if let r = LiteralSearch.firstRange(of: stop, in: phrase) { phrase = String(phrase[..<r.lowerBound]) + " " }
        }
        // `9/14 xã đạt chuẩn nông thôn mới`: what the things counted reached names them; a later
        // `đạt` ends the phrase as any stop does.
        let reached = phrase.hasPrefix(" đạt ") ? phrase.index(phrase.startIndex, offsetBy: 4) : phrase.startIndex
        for stop in afterStops {
            if let r = LiteralSearch.firstRange(of: stop, in: phrase, from: reached) { phrase = String(phrase[..<r.lowerBound]) + " " }
        }
        // Up to the next number.
        if let digit = phrase.firstIndex(where: \.isNumber) { phrase = String(phrase[..<digit]) }
        var words = phrase.split(separator: " ").map(String.init)
        if words.count > 10 { words = Array(words.prefix(10)) }
        guard let first = words.first, first.first?.isLetter == true else { return nil }
        if isCountNoun(unit) { words.insert(unit, at: 0) }
        return words.joined(separator: " ")
    }
}
