import TracuuText

/// Words a phrase may start or end with, and the spellings a whole-word test compares with
/// them (`word `, `word, `, ` word`), made once rather than for every phrase tested.
struct AffixWords: ExpressibleByArrayLiteral {
    let words: [String]
    let followedBySpace: [String]
    let followedByComma: [String]
    let precededBySpace: [String]

    /// The first byte of the fold (`FoldedText`) of each word's first and last character.
    private let firstKeys: [UInt8?]
    private let lastKeys: [UInt8?]

    init(_ words: [String]) {
        self.words = words
        followedBySpace = words.map { $0 + " " }
        followedByComma = words.map { $0 + ", " }
        precededBySpace = words.map { " " + $0 }
        firstKeys = words.map { AffixWords.key($0.first) }
        lastKeys = words.map { AffixWords.key($0.last) }
    }

    /// A quick test that two characters differ: equal characters (NFC or NFD) fold alike, so
    /// the first bytes of their folds are equal too. A word whose first (last) character's
    /// key is not the phrase's is skipped without comparing the two as characters.
    private static func key(_ character: Character?) -> UInt8? {
        character.flatMap { FoldedText.fold(String($0)).utf8.first }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// The first of the words a lower-cased phrase starts with as a whole word.
    func prefix(of lower: String) -> String? {
        let first = AffixWords.key(lower.first)
        for i in words.indices where firstKeys[i] == first
            && (lower == words[i] || lower.hasPrefix(followedBySpace[i]) || lower.hasPrefix(followedByComma[i])) {
            return words[i]
        }
        return nil
    }

    /// The first of the words a lower-cased phrase ends with as a whole word.
    func suffix(of lower: String) -> String? {
        let last = AffixWords.key(lower.last)
        for i in words.indices where lastKeys[i] == last && (lower == words[i] || lower.hasSuffix(precededBySpace[i])) {
            return words[i]
        }
        return nil
    }
}
