import TracuuText

/// The share of a plan a figure reached and the multiple it grew by, read from the words
/// right after it (issue 11, item 6):
///
/// | Written after the figure | plan | plan_basis | factor |
/// |---|---|---|---|
/// | `, bằng 102,3% kế hoạch năm` | 102.3 | `kế hoạch năm` | |
/// | `(đạt 88% dự toán tỉnh giao)` | 88 | `dự toán tỉnh giao` | |
/// | `, vượt 9% kế hoạch` | 109 | `kế hoạch` | |
/// | `, tăng gấp 1,9 lần so với năm 2020` | | | 1.9 |
///
/// `plan` is always the percentage of the plan reached, so `vượt 9%` is 109. The year's plan
/// is not the resolution's target: `progress` shows it beside the target, never as one.
/// The words are read up to the next figure of the sentence or the end of its clause (`;`,
/// a full stop), so `A đạt 5 tỷ, B đạt 7 tỷ, bằng 90% kế hoạch` gives the share to B only.
enum PlanShares {
    struct Reading: Equatable {
        var plan: Double?
        var basis: String?
        var factor: Double?
        /// Where the numbers read stand in the text.
        var numbers: [Range<String.Index>] = []
    }

    /// Words before a percentage that make it a share of a plan reached: PlanCues' relations
    /// but those of a share of a whole or a comparison (`chiếm 40% tổng thu`, `cao hơn`).
    static let relations = PlanCues.relations.subtracting(["chiếm", "cao", "thấp"])

    /// The first words of what a share is of (`PlanCues.planBases`), and how many words a basis may hold.
    static let bases = PlanCues.planBases.map { $0.split(separator: " ").map(String.init) }
    static let basisLength = 5

    /// Sets `plan`, `planBasis` and `factor` of each metric from the text after its figure;
    /// gives back where the numbers it read stand, so they are not reported as unread.
    static func attach(to metrics: inout [ExtractedMetric], in text: String) -> [Range<String.Index>] {
        guard !metrics.isEmpty else { return [] }
        // Character offsets to indices once, for every metric of the article.
        let indices = characterIndices(of: text)
        var read: [Range<String.Index>] = []
        for n in metrics.indices {
            let start = metrics[n].source.end
            var end = indices.count - 1
            if n + 1 < metrics.count, metrics[n + 1].source.start > start { end = min(end, metrics[n + 1].source.start) }
            guard start >= 0, start < end else { continue }
            let reading = Self.read(after: text[indices[start]..<indices[end]])
            metrics[n].plan = reading.plan
            metrics[n].planBasis = reading.basis
            metrics[n].factor = reading.factor
            read += reading.numbers
        }
        return read
    }

    /// Where each character of `text` starts, and its end: `Array(text.indices) + [text.endIndex]`,
    /// read from the bytes (`CharacterReader`) rather than by walking the characters.
    static func characterIndices(of text: String) -> [String.Index] {
        func walk(_ bytes: UnsafeBufferPointer<UInt8>) -> [String.Index] {
            let reader = CharacterReader(text: text, bytes: bytes)
            var indices: [String.Index] = []
            indices.reserveCapacity(bytes.count + 1)
            var offset = 0
            while offset < bytes.count {
                indices.append(reader.index(offset))
                offset = reader.bounds(at: offset).end
            }
            indices.append(text.endIndex)
            return indices
        }
        return text.utf8.withContiguousStorageIfAvailable(walk) ?? Array(text.utf8).withUnsafeBufferPointer(walk)
    }

    /// What the words after a figure say of its plan and its multiple.
    static func read(after text: Substring) -> Reading {
        var reading = Reading()
        let pieces = Self.words(inClauseOf: text)
        let words = pieces.map(\.key)
        for (i, word) in words.enumerated() {
            if reading.plan == nil, let percent = percentage(words, at: i) {
                let before = (i >= 2 ? [words[i - 2] + " " + words[i - 1]] : []) + (i >= 1 ? [words[i - 1]] : [])
                guard let relation = before.first(where: relations.contains) else { continue }
                let after = Array(words[(i + percent.used)...].prefix { $0 != "," }.prefix(basisLength))
                guard let basis = basis(in: after) else { continue }
                reading.plan = relation.hasPrefix("vượt") && percent.value < 100 ? 100 + percent.value : percent.value
                reading.basis = basis
                reading.numbers.append(pieces[i].range)
            }
            if reading.factor == nil, word == "gấp", i + 2 < words.count, words[i + 2] == "lần",
               let factor = DecimalText.parse(words[i + 1].replacingOccurrences(of: ",", with: ".")) {
                reading.factor = factor
                reading.numbers.append(pieces[i + 1].range)
            }
        }
        return reading
    }

    /// `88,3%` or `88,3 %` at word `i`: the percentage and how many words it takes.
    private static func percentage(_ words: [String], at i: Int) -> (value: Double, used: Int)? {
        let word = words[i]
        if word.hasSuffix("%"), let v = number(word.dropLast()) { return (v, 1) }
        if i + 1 < words.count, words[i + 1] == "%", let v = number(Substring(word)) { return (v, 2) }
        return nil
    }

    /// A percentage's number, with a decimal comma or point (`88,3`, `88.3`).
    private static func number(_ text: Substring) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else { return nil }
        return DecimalText.parse(text.replacingOccurrences(of: ",", with: "."))
    }

    /// The basis a share is of, when the words start with one: `kế hoạch năm`, `dự toán tỉnh giao`.
    private static func basis(in words: [String]) -> String? {
        guard bases.contains(where: { words.starts(with: $0) }) else { return nil }
        return words.joined(separator: " ")
    }

    /// The words of the clause the text begins, in lower case, with where each stands; the
    /// punctuation between them is left out but for `,` and `%`, words of their own. They stop
    /// at `;`, a full stop, `:`, a closing bracket or the end of a line.
    static func words(inClauseOf text: Substring) -> [(key: String, range: Range<String.Index>)] {
        guard CharacterReader.isPlain(text: text) else { return words(walkingCharactersOf: text) }
        // Every scalar is a character of its own: the walk goes scalar by scalar, asking of
        // each what `Character` asks of its first scalar, and a word is the text it spans.
        func isNumber(_ s: Unicode.Scalar) -> Bool { s.isASCII ? (0x30...0x39).contains(s.value) : s.properties.numericType != nil }
        var words: [(key: String, range: Range<String.Index>)] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var inWord = false
        var lastIsNumber = false
        func endWord(at end: String.Index) {
            if inWord { words.append((CanonicalText.caselessKey(String(text[start..<end])), start..<end)) }
            inWord = false
        }
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let v = c.value
            let next = scalars.index(after: i)
            let digitAround = inWord && lastIsNumber && next < scalars.endIndex && isNumber(scalars[next])
            let isNewline = (0x0A...0x0D).contains(v) || v == 0x85 || v == 0x2028 || v == 0x2029
            if v == 0x3B || v == 0x3A || v == 0x29 || isNewline || (v == 0x2E && !digitAround) { break }
            if c.properties.isWhitespace || v == 0x2C && !digitAround || v == 0x28 || v == 0x25 {
                endWord(at: i)
                if v == 0x2C || v == 0x25 { words.append((String(c), i..<next)) }
            } else {
                if !inWord { start = i }
                inWord = true
                lastIsNumber = isNumber(c)
            }
            i = next
        }
        endWord(at: i)
        return words
    }

    /// `words(inClauseOf:)` character by character.
    static func words(walkingCharactersOf text: Substring) -> [(key: String, range: Range<String.Index>)] {
        var words: [(key: String, range: Range<String.Index>)] = []
        var start = text.startIndex
        var word = ""
        func endWord(at end: String.Index) {
            if !word.isEmpty { words.append((CanonicalText.caselessKey(word), start..<end)) }
            word = ""
        }
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            let digitAround = word.last?.isNumber == true && next < text.endIndex && text[next].isNumber
            if c == ";" || c == ":" || c == ")" || c.isNewline || (c == "." && !digitAround) { break }
            if c.isWhitespace || c == "," && !digitAround || c == "(" || c == "%" {
                endWord(at: i)
                if c == "," || c == "%" { words.append((String(c), i..<next)) }
            } else {
                if word.isEmpty { start = i }
                word.append(c)
            }
            i = next
        }
        endWord(at: i)
        return words
    }
}
