/// A text cut into `TextToken`s, with the small look-up helpers every scanner uses.
///
/// Numbers keep their grouping dots and decimal comma when a digit follows (`1.602,9`,
/// `8.770.000`, and also `6.2021` or `5.10.2020`, which the period and date scanners
/// take apart); a dot or comma before a space or letter ends the number (`năm 2020.`).
struct TokenizedText {
    let text: String
    let tokens: [TextToken]

    /// The tokens of `text`; while an article is read, made once for each text (`ScanMemo`).
    init(_ text: String) {
        if let memo = ScanMemo.current {
            self = memo.tokens(of: text) { TokenizedText(tokenizing: $0, wordKey: memo.wordKey) }
        } else {
            self.init(tokenizing: text, wordKey: TokenizedText.wordKey)
        }
    }

    /// The key of a word and its number: the article's memo's, else worked out.
    static func wordKey(_ word: Substring) -> (key: String, id: WordID) {
        if let memo = ScanMemo.current { return memo.wordKey(word) }
        let key = WordKey.of(word)
        return (key, Vocabulary.id(of: key))
    }

    /// The first token of `text`, without tokenizing the rest of it.
    static func firstToken(of text: String) -> TextToken? {
        ByteTokenizer.tokens(of: text, limit: 1, wordKey: wordKey).first
    }

    /// The tokens of `part`, a text cut from `whole` at byte `offset`, taken from `whole`'s
    /// tokens rather than made again; nil when the cut falls inside a token or the part's first
    /// scalar is not a character of its own (`CharacterReader.isPlain`). The tokenizer reads
    /// each character alike wherever the text starts, so these are the tokens `init(part)`
    /// makes: the same but for the first, which starts the text (a gap and a line before it).
    init?(_ part: String, cutFrom whole: TokenizedText, atByte offset: Int) {
        guard let first = part.unicodeScalars.first, CharacterReader.isPlain(first.value) else { return nil }
        let wholeText = whole.text
        func start(_ k: Int) -> Int { wholeText.utf8.distance(from: wholeText.startIndex, to: whole.tokens[k].range.lowerBound) }
        // The first token at or after the cut: tokens are in text order.
        var low = 0, high = whole.count
        while low < high {
            let mid = (low + high) / 2
            if start(mid) < offset { low = mid + 1 } else { high = mid }
        }
        let end = offset + part.utf8.count
        var past = low
        while past < whole.count, start(past) < end { past += 1 }
        guard low < past, start(low) == offset,
              wholeText.utf8.distance(from: wholeText.startIndex, to: whole.tokens[past - 1].range.upperBound) == end else { return nil }
        let utf8 = part.utf8
        func index(_ i: String.Index) -> String.Index {
            utf8.index(utf8.startIndex, offsetBy: wholeText.utf8.distance(from: wholeText.startIndex, to: i) - offset)
        }
        var tokens: [TextToken] = []
        tokens.reserveCapacity(past - low)
        for k in low..<past {
            let t = whole.tokens[k]
            let range = index(t.range.lowerBound)..<index(t.range.upperBound)
            tokens.append(TextToken(kind: t.kind, range: range, text: part[range], key: t.key, id: t.id,
                                    gapBefore: k == low || t.gapBefore, startsLine: k == low || t.startsLine))
        }
        text = part
        self.tokens = tokens
    }

    private init(tokenizing text: String, wordKey: (Substring) -> (key: String, id: WordID)) {
        self.text = text
        tokens = ByteTokenizer.tokens(of: text, wordKey: wordKey)
    }

    var count: Int { tokens.count }

    subscript(_ i: Int) -> TextToken { tokens[i] }

    /// The token at `i`, or nil past either end.
    func at(_ i: Int) -> TextToken? { tokens.indices.contains(i) ? tokens[i] : nil }

    /// Whether token `i` is a word with one of these keys (numbers made with `WordKey.id`).
    func isWord(_ i: Int, _ ids: Set<WordID>) -> Bool {
        guard let t = at(i), t.isWord else { return false }
        return ids.contains(t.id)
    }

    /// Whether token `i` is the word with this key.
    func isWord(_ i: Int, _ id: WordID) -> Bool {
        guard let t = at(i), t.isWord else { return false }
        return t.id == id
    }

    /// The source span of tokens `first..<end`.
    func range(_ tokenRange: Range<Int>) -> Range<String.Index> {
        tokens[tokenRange.lowerBound].range.lowerBound..<tokens[tokenRange.upperBound - 1].range.upperBound
    }

    /// The token index just past a phrase of word keys that starts at `i`, or nil.
    /// A phrase stays on one line, as a paragraph does: `Mục` ending one line and `tiêu`
    /// starting the next are two words of two paragraphs, not the opener `mục tiêu`.
    func end(of phrase: [WordID], at i: Int) -> Int? {
        var j = i
        for id in phrase {
            guard let t = at(j), t.isWord, t.id == id, j == i || !t.startsLine else { return nil }
            j += 1
        }
        return j
    }

    /// The index of the first token of a phrase that ends just before token `end`, or nil.
    func start(of phrase: [WordID], endingBefore end: Int) -> Int? {
        let start = end - phrase.count
        guard start >= 0, self.end(of: phrase, at: start) == end else { return nil }
        return start
    }

    /// Integer value of a number token written with digits only (`2021`, `05`), or nil.
    func integer(_ i: Int) -> Int? {
        // A number token is made of one-byte characters: digits, `.` and `,`.
        guard let t = at(i), t.isNumber, t.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(t.text)
    }

    /// A year: four plain digits from 1900 to 2100.
    func year(_ i: Int) -> Int? {
        guard let t = at(i), t.isNumber, t.text.utf8.count == 4, let y = integer(i), (1900...2100).contains(y) else { return nil }
        return y
    }
}
