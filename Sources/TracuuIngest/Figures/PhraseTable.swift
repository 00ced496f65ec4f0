/// Keyword phrases and what each one means, matched word by word on `WordKey`s.
///
/// `PhraseTable(["ước": "ước", "ước tính": "ước tính"])` finds `Ước tính` and `ước  tính`;
/// the longest phrase wins, so `ước thực hiện` is not read as `ước` alone.
struct PhraseTable<Value: Sendable>: Sendable {
    private typealias Entry = (keys: [WordID], value: Value)
    private let entries: [Entry]   // longest first
    /// The entries by their first word, each list longest first: the scanners ask at every
    /// token, and only the phrases that start with that token's word can match there.
    private let byFirstWord: [WordID: [Entry]]
    /// Entries with no word at all (match anywhere, after every longer one).
    private let empty: [Entry]
    /// A bit for each first word's number modulo 64 (`bit(of:)`): a token whose bit is not
    /// set starts no phrase, told without a look-up in `byFirstWord`.
    private let firstWordBits: UInt64

    init(_ pairs: KeyValuePairs<String, Value>) {
        entries = pairs.map { (WordKey.phrase($0.key), $0.value) }
            .sorted { $0.keys.count > $1.keys.count }
        var byFirstWord: [WordID: [Entry]] = [:]
        for entry in entries {
            if let first = entry.keys.first { byFirstWord[first, default: []].append(entry) }
        }
        self.byFirstWord = byFirstWord
        empty = entries.filter(\.keys.isEmpty)
        firstWordBits = byFirstWord.keys.reduce(0) { $0 | PhraseTable.bit(of: $1) }
    }

    /// The bit of a word number in `firstWordBits`.
    static func bit(of id: WordID) -> UInt64 { 1 << UInt64(truncatingIfNeeded: id.number & 63) }

    /// Whether a phrase may start with this word: false only when none does.
    func mayStart(with id: WordID) -> Bool { firstWordBits & PhraseTable.bit(of: id) != 0 }

    /// The words the phrases start with; nil when an empty phrase matches before any word.
    var firstWords: Set<WordID>? { empty.isEmpty ? Set(byFirstWord.keys) : nil }

    /// The longest phrase that starts at token `i`: the index past it and its value.
    func match(in t: TokenizedText, at i: Int) -> (end: Int, value: Value)? {
        if i >= 0, i < t.count, t.tokens[i].isWord, mayStart(with: t.tokens[i].id), let candidates = byFirstWord[t.tokens[i].id] {
            for entry in candidates {
                if let end = t.end(of: entry.keys, at: i) { return (end, entry.value) }
            }
        }
        for entry in empty {
            if let end = t.end(of: entry.keys, at: i) { return (end, entry.value) }
        }
        return nil
    }

    /// The longest phrase that ends just before token `end`: its first index and its value.
    func match(in t: TokenizedText, endingBefore end: Int) -> (start: Int, value: Value)? {
        for entry in entries {
            if let start = t.start(of: entry.keys, endingBefore: end) { return (start, entry.value) }
        }
        return nil
    }
}
