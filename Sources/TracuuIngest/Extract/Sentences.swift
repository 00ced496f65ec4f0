/// The paragraphs, sentences and clauses of an article's body, as ranges of its text.
///
/// A sentence ends at `.`, `!`, `?` or `…` followed by a space and a capital letter, a
/// digit or an opening quote, or at the end of a paragraph; an abbreviation such as
/// `TP.` or `NQ/TU.` mid-sentence is rare in this prose and costs only a split. A clause
/// is a part of a sentence between semicolons: figures are reported one a clause.
struct Sentences {
    let text: String
    let paragraphs: [Range<String.Index>]
    /// The sentences of each paragraph, cut once: a dozen rules ask for them.
    private let sentencesByParagraph: [Range<String.Index>: [Range<String.Index>]]
    /// The clauses of each sentence, cut once: the metric rules and two target rules ask.
    private var clausesBySentence: [Range<String.Index>: [Range<String.Index>]] = [:]
    private let characterOffsets: CharacterOffsets

    init(_ text: String) {
        self.text = text
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        while start < text.endIndex {
            let end = Sentences.lineBreak(from: start, in: text) ?? text.endIndex
            if start < end { result.append(start..<end) }
            start = end < text.endIndex ? text.index(after: end) : end
        }
        paragraphs = result
        var byParagraph: [Range<String.Index>: [Range<String.Index>]] = [:]
        for paragraph in result {
            byParagraph[paragraph] = Sentences.cut(paragraph, of: text)
        }
        sentencesByParagraph = byParagraph
        characterOffsets = CharacterOffsets(text)
        var bySentence: [Range<String.Index>: [Range<String.Index>]] = [:]
        for paragraph in result {
            for sentence in byParagraph[paragraph] ?? [] { bySentence[sentence] = cutClauses(sentence) }
        }
        clausesBySentence = bySentence
    }

    /// The sentences of a paragraph (or of any range of the text), without the spaces between them.
    func sentences(in range: Range<String.Index>) -> [Range<String.Index>] {
        sentencesByParagraph[range] ?? Sentences.cut(range, of: text)
    }

    private static func cut(_ paragraph: Range<String.Index>, of text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = paragraph.lowerBound
        var i = paragraph.lowerBound
        while let stop = Sentences.nextByte(from: i, before: paragraph.upperBound, in: text, where: Sentences.mayStop) {
            i = stop
            let ch = text[i]
            let next = text.index(after: i)
            if ".!?…".contains(ch), Sentences.startsCharacter(i, next: next, in: text),
               next < paragraph.upperBound, text[next].isWhitespace {
                var after = next
                while after < paragraph.upperBound, text[after].isWhitespace { after = text.index(after: after) }
                if after < paragraph.upperBound, Sentences.startsSentence(text[after]) {
                    result.append(trim(start..<next, in: text))
                    start = after
                    i = after
                    continue
                }
            }
            i = next
        }
        if start < paragraph.upperBound { result.append(trim(start..<paragraph.upperBound, in: text)) }
        return result.filter { !$0.isEmpty }
    }

    /// The clauses of a sentence, split at semicolons, without a final `.` or `;`.
    func clauses(in sentence: Range<String.Index>) -> [Range<String.Index>] {
        clausesBySentence[sentence] ?? cutClauses(sentence)
    }

    private func cutClauses(_ sentence: Range<String.Index>) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = sentence.lowerBound
        var i = sentence.lowerBound
        while let semicolon = Sentences.nextByte(from: i, before: sentence.upperBound, in: text, where: { $0 == UInt8(ascii: ";") }) {
            i = text.index(after: semicolon)
            if text[semicolon] == ";", Sentences.startsCharacter(semicolon, next: i, in: text) {
                result.append(trimmed(start..<semicolon))
                start = i
            }
        }
        result.append(trimmed(start..<sentence.upperBound))
        return result.map(withoutFinalStop).filter { !$0.isEmpty }
    }

    /// The first `\n` from `start` that is a character of its own (not the `\r\n` of a
    /// Windows line end, which `firstIndex(of: "\n")` passes over), as a walk over bytes.
    private static func lineBreak(from start: String.Index, in text: String) -> String.Index? {
        var from = start
        while let newline = nextByte(from: from, before: text.endIndex, in: text, where: { $0 == UInt8(ascii: "\n") }) {
            if newline == text.startIndex || text.utf8[text.utf8.index(before: newline)] != UInt8(ascii: "\r") { return newline }
            from = text.utf8.index(after: newline)
        }
        return nil
    }

    /// The first byte from `start` up to `end` that `test` accepts: sentence and clause ends are
    /// ASCII or `…`, found on bytes instead of on characters (grapheme breaking is slow).
    private static func nextByte(from start: String.Index, before end: String.Index, in text: String,
                                 where test: (UInt8) -> Bool) -> String.Index? {
        guard start < end else { return nil }
        return text.utf8[start..<end].firstIndex(where: test)
    }

    /// A byte that may begin `.`, `!`, `?` or `…` (E2 80 A6).
    private static func mayStop(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == 0xE2
    }

    /// Whether a character starts at byte index `i` (whose character ends at `next`), as a walk
    /// over characters would have met it: after an ASCII byte always; else unless the scalar
    /// before joins it (a prepended mark), which a step back from `next` shows.
    private static func startsCharacter(_ i: String.Index, next: String.Index, in text: String) -> Bool {
        guard i > text.startIndex else { return true }
        if text.utf8[text.utf8.index(before: i)] < 0x80 { return true }
        return text.index(before: next) == i
    }

    static func startsSentence(_ ch: Character) -> Bool {
        ch.isUppercase || ch.isNumber || "“\"'‘(-".contains(ch)
    }

    /// A range without white space (no-break spaces too) at its ends.
    func trimmed(_ range: Range<String.Index>) -> Range<String.Index> {
        Sentences.trim(range, in: text)
    }

    private static func trim(_ range: Range<String.Index>, in text: String) -> Range<String.Index> {
        var lower = range.lowerBound
        var upper = range.upperBound
        // Most ends are a letter, a digit or a stop: an ASCII byte that is no white space ends
        // the trim at once (a character starting with it is no white space, nor is one that
        // ends with it), without taking the character apart.
        let utf8 = text.utf8
        if !(lower < upper && isPlainASCII(utf8[lower])) {
            while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        }
        if upper > lower, isPlainASCII(utf8[utf8.index(before: upper)]) { return lower..<upper }
        while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
        return lower..<upper
    }

    /// An ASCII byte that is not white space (`\t` … `\r`, space).
    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
    }

    /// A clause without the full stop (or `./.`, as these articles end) after it.
    func withoutFinalStop(_ range: Range<String.Index>) -> Range<String.Index> {
        var upper = range.upperBound
        while upper > range.lowerBound, ".;/".contains(text[text.index(before: upper)]) { upper = text.index(before: upper) }
        return trimmed(range.lowerBound..<upper)
    }

    /// Characters from the start of the text: how `start` and `end` count.
    func offset(_ index: String.Index) -> Int {
        characterOffsets.offset(index)
    }
}
