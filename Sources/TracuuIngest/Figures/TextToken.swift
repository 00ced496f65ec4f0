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
