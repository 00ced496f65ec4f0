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

    init(_ pairs: KeyValuePairs<String, Value>) {
        entries = pairs.map { (WordKey.phrase($0.key), $0.value) }
            .sorted { $0.keys.count > $1.keys.count }
        var byFirstWord: [WordID: [Entry]] = [:]
        for entry in entries {
            if let first = entry.keys.first { byFirstWord[first, default: []].append(entry) }
        }
        self.byFirstWord = byFirstWord
        empty = entries.filter(\.keys.isEmpty)
    }

    /// The words the phrases start with; nil when an empty phrase matches before any word.
    var firstWords: Set<WordID>? { empty.isEmpty ? Set(byFirstWord.keys) : nil }

    /// The longest phrase that starts at token `i`: the index past it and its value.
    func match(in t: TokenizedText, at i: Int) -> (end: Int, value: Value)? {
        if let token = t.at(i), token.isWord, let candidates = byFirstWord[token.id] {
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
