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
    private let characterOffsets: CharacterOffsets

    init(_ text: String) {
        self.text = text
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
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
    }

    /// The sentences of a paragraph (or of any range of the text), without the spaces between them.
    func sentences(in range: Range<String.Index>) -> [Range<String.Index>] {
        sentencesByParagraph[range] ?? Sentences.cut(range, of: text)
    }

    private static func cut(_ paragraph: Range<String.Index>, of text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = paragraph.lowerBound
        var i = paragraph.lowerBound
        while i < paragraph.upperBound {
            let ch = text[i]
            let next = text.index(after: i)
            if ".!?…".contains(ch), next < paragraph.upperBound, text[next].isWhitespace {
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
        var result: [Range<String.Index>] = []
        var start = sentence.lowerBound
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if text[i] == ";" {
                result.append(trimmed(start..<i))
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        result.append(trimmed(start..<sentence.upperBound))
        return result.map(withoutFinalStop).filter { !$0.isEmpty }
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
        while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
        return lower..<upper
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
