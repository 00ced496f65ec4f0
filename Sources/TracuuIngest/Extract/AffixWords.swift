/// Words a phrase may start or end with, and the spellings a whole-word test compares with
/// them (`word `, `word, `, ` word`), made once rather than for every phrase tested.
struct AffixWords: ExpressibleByArrayLiteral {
    let words: [String]
    let followedBySpace: [String]
    let followedByComma: [String]
    let precededBySpace: [String]

    init(_ words: [String]) {
        self.words = words
        followedBySpace = words.map { $0 + " " }
        followedByComma = words.map { $0 + ", " }
        precededBySpace = words.map { " " + $0 }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// The first of the words a lower-cased phrase starts with as a whole word.
    func prefix(of lower: String) -> String? {
        for i in words.indices
            where lower == words[i] || lower.hasPrefix(followedBySpace[i]) || lower.hasPrefix(followedByComma[i]) {
            return words[i]
        }
        return nil
    }

    /// The first of the words a lower-cased phrase ends with as a whole word.
    func suffix(of lower: String) -> String? {
        for i in words.indices where lower == words[i] || lower.hasSuffix(precededBySpace[i]) {
            return words[i]
        }
        return nil
    }
}
