/// What the scanners worked out while one article is read, so that each text is tokenized,
/// and each scanner run on it, once.
///
/// The extractor hands the same sentence, clause or part of one to a dozen scanners, and
/// each scanner first runs the ones before it (`ScanStage`); without a memo a sentence was
/// tokenized about twenty times. Every scanner is a pure function of its text (and default
/// year), so a result remembered for a text is the result for any text with the same bytes.
///
/// `Extractor.extract` binds a fresh memo for each article (`ScanMemo.$current`); outside
/// that (unit tests, other callers) there is none and every scanner works from scratch.
final class ScanMemo: @unchecked Sendable {
    // @unchecked: a memo is bound with `withValue` in synchronous code, which keeps it to the
    // one thread that reads that article; no two threads ever see the same memo.

    /// The memo of the article being read on this thread, if any.
    @TaskLocal static var current: ScanMemo?

    private var tokenized: [ExactText: TokenizedText] = [:]
    private var staged: [StagedKey: StagedClaims] = [:]
    private var results: [ResultKey: Any] = [:]
    /// The keys of the texts met, by where each one's bytes are stored: the extractor hands the
    /// same string to a dozen scanners, and hashing it once is enough. The key keeps its string,
    /// and so its storage, alive: while it is here no other string can be stored at that place.
    private var keysByStorage: [Int: ExactText] = [:]
    /// Word keys by the word as written: `WordKey.of` costs far more than a look-up.
    private var wordKeys: [ExactWord: (key: String, id: WordID)] = [:]

    init() {
        // Room for an article's words and texts from the start: a table that grows hashes
        // every key again at each step.
        wordKeys.reserveCapacity(512)
        tokenized.reserveCapacity(256)
        keysByStorage.reserveCapacity(256)
    }

    /// The tokens of `text`, made once.
    func tokens(of text: String, make: (String) -> TokenizedText) -> TokenizedText {
        let key = exact(text)
        if let known = tokenized[key] { return known }
        let made = make(text)
        tokenized[key] = made
        return made
    }

    /// Remembers the tokens of `part`, a text cut from `whole` at byte `offset`, as `whole`'s
    /// tokens that lie in it (`TokenizedText(_:cutFrom:atByte:)`): a clause is not tokenized
    /// again after its sentence.
    func learnTokens(of part: String, cutFrom whole: TokenizedText, atByte offset: Int) {
        let key = exact(part)
        guard tokenized[key] == nil, let cut = TokenizedText(part, cutFrom: whole, atByte: offset) else { return }
        assert(cut.sameTokens(as: ByteTokenizer.tokens(of: part, wordKey: wordKey)), "a cut's tokens differ from its own")
        tokenized[key] = cut
    }

    /// The claims of the stages before each stage for tokens `t`, grown one stage at a time.
    func stages(of t: TokenizedText, defaultYear: Int?) -> StagedClaims {
        let key = StagedKey(text: exact(t.text), defaultYear: defaultYear)
        if let known = staged[key] { return known }
        let made = StagedClaims(t, defaultYear: defaultYear)
        staged[key] = made
        return made
    }

    /// What scanner `scanner` gives for `text` (with `defaultYear`), computed once.
    func result<V>(_ scanner: String, _ text: String, defaultYear: Int? = nil, compute: () -> V) -> V {
        let key = ResultKey(scanner: scanner, text: exact(text), defaultYear: defaultYear)
        if let known = results[key] as? V { return known }
        let made = compute()
        results[key] = made
        return made
    }

    /// The memo key of `text`: hashed once for each string stored on the heap. A small string
    /// (up to 15 bytes) is stored in the value itself and has no place to be known by.
    func exact(_ text: String) -> ExactText {
        let count = text.utf8.count
        guard count > 15, let place = text.utf8.withContiguousStorageIfAvailable({ $0.baseAddress.map { Int(bitPattern: $0) } }),
              let place else {
            return ExactText(text)
        }
        if let known = keysByStorage[place], known.text.utf8.count == count {
            assert(sameBytes(known.text.utf8, text.utf8), "two texts stored at one place")
            return ExactText(text, bytesHash: known.bytesHash)
        }
        let made = ExactText(text)
        keysByStorage[place] = made
        return made
    }

    /// The key of a word, worked out once an article for each spelling.
    func wordKey(_ word: Substring) -> (key: String, id: WordID) {
        if let known = wordKeys[ExactWord(word)] { return known }
        let made = Vocabulary.key(ofWritten: word)
        wordKeys[ExactWord(word)] = made
        return made
    }

    private struct StagedKey: Hashable {
        let text: ExactText
        let defaultYear: Int?
    }

    private struct ResultKey: Hashable {
        let scanner: String
        let text: ExactText
        let defaultYear: Int?
    }
}

extension ScanMemo {
    /// What `compute` gives, remembered in the current article's memo (computed every time
    /// without one).
    static func remembered<V>(_ scanner: String, _ text: String, defaultYear: Int? = nil, _ compute: () -> V) -> V {
        guard let memo = current else { return compute() }
        return memo.result(scanner, text, defaultYear: defaultYear, compute: compute)
    }
}
