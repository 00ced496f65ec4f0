import TracuuData
import TracuuText

/// The distinct texts of a column that match what the user typed of a value, diacritics and
/// case ignored: `trieu` finds `Triệu Phong`, and so does `phong`, since a match may start
/// at any word.
enum ValueCandidates {
    /// At most this many values are offered: a list longer than a screen helps no one.
    static let limit = 200
    /// Longer texts (article bodies, quotes, addresses) are not offered: nobody types them.
    static let longestValue = 80

    /// The stored texts of `column` whose folded form has a word starting with the folded
    /// `typed`, in Vietnamese order.
    static func matching(_ typed: String, in column: Column) -> [String] {
        guard case .text(_, let dictionary) = column else { return [] }
        var prefix = FoldedText.fold(typed)
        // The fold trims spaces, but `"trieu ` has finished a word.
        if !prefix.isEmpty, typed.last?.isWhitespace == true { prefix += " " }
        let wanted = Array(prefix.utf8)

        var found: [(display: String, rank: Int32)] = []
        let folded = dictionary.keys(.folded)
        let ranks = dictionary.sortRanks
        for (code, display) in dictionary.displays.enumerated()
        where isShort(display) && hasWord(startingWith: wanted, in: folded[code]) {
            found.append((display, ranks[code]))
        }
        // The ranks are Vietnamese order (VietnameseCollation), computed once per column.
        found.sort { $0.rank != $1.rank ? $0.rank < $1.rank : VietnameseCollation.precedes($0.display, $1.display) }
        return found.prefix(limit).map(\.display)
    }

    /// Whether a text is short enough to offer, without counting the whole of an article.
    private static func isShort(_ text: String) -> Bool {
        text.utf8.count <= longestValue || text.prefix(longestValue + 1).count <= longestValue
    }

    /// Whether `key` starts with `prefix`, or has it right after a character that is not a
    /// letter or digit: the start of a word. Folded keys are mostly ASCII, so bytes do.
    static func hasWord(startingWith prefix: [UInt8], in key: String) -> Bool {
        let bytes = Array(key.utf8)
        guard prefix.count <= bytes.count else { return false }
        if prefix.isEmpty { return true }
        for start in 0...(bytes.count - prefix.count) where start == 0 || isWordBreak(bytes[start - 1]) {
            if bytes[start..<(start + prefix.count)].elementsEqual(prefix) { return true }
        }
        return false
    }

    /// An ASCII byte that is not a letter or a digit; other bytes belong to letters.
    private static func isWordBreak(_ byte: UInt8) -> Bool {
        byte < 0x80 && !(byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            && !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// A value as it must be written between `opening` and its closing quote: the escapes
    /// the lexer reads back (`\"`, `\\`, `\n`, `\t`).
    static func escaped(_ value: String, quote opening: Character) -> String {
        let closing = TypedTail.closingQuote[opening] ?? opening
        var out = ""
        for ch in value {
            switch ch {
            case "\\": out += "\\\\"
            case _ where ch.isNewline: out += "\\n"   // a line break would end the string
            case "\t": out += "\\t"
            case closing: out += "\\\(closing)"
            default: out.append(ch)
            }
        }
        return out
    }
}
