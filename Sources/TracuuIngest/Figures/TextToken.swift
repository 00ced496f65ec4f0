/// One piece of a sentence as the figure scanners see it: a word, a number or a symbol.
///
/// `ước đạt16.743 tỉ đồng` → word `ước`, word `đạt`, number `16.743` (glued: no gap before
/// it), word `tỉ`, word `đồng`. White space only separates tokens; `gapBefore` and
/// `startsLine` remember where it was.
struct TextToken {
    enum Kind { case word, number, symbol }

    let kind: Kind
    let range: Range<String.Index>   // into the scanned string
    let text: Substring              // the token as written
    /// What tables compare: `WordKey.of` a word (`Tỷ` → `tỉ`), a symbol with every dash as
    /// `-`, a number as written.
    let key: String
    /// The number of a word's key (`Vocabulary`); `WordID.none` for numbers and symbols.
    let id: WordID
    let gapBefore: Bool              // white space (or the text start) right before it
    let startsLine: Bool             // nothing but white space between the line start and it

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    func isSymbol(_ s: String) -> Bool { kind == .symbol && key == s }
    var isDash: Bool { isSymbol("-") }

    // A number token is made of ASCII digits, `.` and `,`, each a character of its own
    // (`ByteTokenizer` takes a digit only when no mark joins it): its characters are its
    // bytes, so these count and cut it by bytes.

    /// `text.count` of a number token.
    var numberLength: Int { text.utf8.count }

    /// `text.firstIndex(of: ".") != nil` of a number token.
    var numberHasDot: Bool { text.utf8.contains(0x2E) }

    /// `text.split(separator: ".")` of a number token.
    var numberParts: [Substring] {
        var parts: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var i = start
        while i < bytes.endIndex {
            if bytes[i] == 0x2E {
                if start < i { parts.append(text[start..<i]) }
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        if start < bytes.endIndex { parts.append(text[start...]) }
        return parts
    }
}

extension TokenizedText {
    /// Whether these tokens are `other`, field by field (the checks of a shortcut).
    func sameTokens(as other: [TextToken]) -> Bool {
        tokens.count == other.count && zip(tokens, other).allSatisfy { a, b in
            a.kind == b.kind && a.range == b.range && a.text == b.text && a.key == b.key && a.id == b.id
                && a.gapBefore == b.gapBefore && a.startsLine == b.startsLine
        }
    }
}

extension Character {
    /// Hyphen, the Unicode dashes and the minus sign: all read as `-` (`2020 – 2025`).
    var isDash: Bool {
        switch self {
        case "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return true
        default: return false
        }
    }

    var isLineBreak: Bool { isNewline }
}
