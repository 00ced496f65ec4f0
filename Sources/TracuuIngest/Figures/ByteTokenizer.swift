/// Cuts a text into `TextToken`s by reading its UTF-8 bytes: the same tokens as walking it
/// `Character` by `Character`, several times faster.
///
/// Swift's `Character` walk asks Unicode's grapheme rules at every step and looks up each
/// character's properties in the standard library's tables; here both are settled from the
/// bytes for the letters Vietnamese text is made of (ASCII, Latin-1 and the Latin Extended
/// blocks that hold `ắ`, `ệ`, `ự`…), and the standard library is asked only for the rest.
///
/// A token is still made of whole characters: `a` followed by a combining mark (NFD text)
/// is one character, and the word runs on through the mark, as `Character` iteration does.
enum ByteTokenizer {
    /// The tokens of `text` (the first `limit` of them), with `wordKey` giving each word's key
    /// and its number.
    static func tokens(of text: String, limit: Int = .max, wordKey: (Substring) -> (key: String, id: WordID)) -> [TextToken] {
        func cut(_ bytes: UnsafeBufferPointer<UInt8>) -> [TextToken] {
            var reader = CharacterReader(text: text, bytes: bytes)
            return ByteTokenizer.cut(&reader, text: text, limit: limit, wordKey: wordKey)
        }
        // Native strings (all that files are read into) lend their bytes; others are copied.
        return text.utf8.withContiguousStorageIfAvailable(cut) ?? Array(text.utf8).withUnsafeBufferPointer(cut)
    }

    private static func cut(_ reader: inout CharacterReader, text: String, limit: Int,
                            wordKey: (Substring) -> (key: String, id: WordID)) -> [TextToken] {
        var tokens: [TextToken] = []
        var gap = true
        var lineStart = true
        var c = reader.character(at: 0)
        while let current = c, tokens.count < limit {
            if current.kind == .space || current.kind == .lineBreak {
                gap = true
                if current.kind == .lineBreak { lineStart = true }
                c = reader.character(at: current.end)
                continue
            }
            let kind: TextToken.Kind
            var end = current.end
            if current.isDigit {
                kind = .number
                end = endOfNumber(&reader, after: current)
            } else if current.kind == .letter {
                kind = .word
                while let next = reader.character(at: end), next.kind == .letter { end = next.end }
            } else {
                kind = .symbol
            }
            let range = reader.index(current.start)..<reader.index(end)
            let piece = text[range]
            let key: String
            var id = WordID.none
            switch kind {
            case .word: (key, id) = wordKey(piece)
            case .number: key = String(piece)
            case .symbol: key = current.isDash ? "-" : String(piece)
            }
            tokens.append(TextToken(kind: kind, range: range, text: piece, key: key, id: id,
                                    gapBefore: gap, startsLine: lineStart))
            gap = false
            lineStart = false
            c = reader.character(at: end)
        }
        return tokens
    }

    /// Digits, and a `.` or `,` with a digit right after it: where the number that starts with
    /// `first` ends.
    private static func endOfNumber(_ reader: inout CharacterReader, after first: CharacterReader.Character) -> Int {
        var end = first.end
        while let c = reader.character(at: end) {
            if c.isDigit { end = c.end; continue }
            if c.isSingle(0x2E) || c.isSingle(0x2C), let next = reader.character(at: c.end), next.isDigit {
                end = next.end
                continue
            }
            break
        }
        return end
    }
}

/// Reads the characters (grapheme clusters) of a UTF-8 text one at a time, by byte offset.
struct CharacterReader {
    /// What the tokenizer needs to know of a character, from its first scalar, as `Character`'s
    /// `isWhitespace`, `isNewline` and `isLetter` say it.
    enum Kind { case space, lineBreak, letter, other }

    struct Character {
        let start: Int
        let end: Int
        let kind: Kind
        /// The first scalar, and whether it is the whole character.
        let first: UInt32
        let isOneScalar: Bool

        /// An ASCII digit and nothing else (`Character.isDigitASCII`).
        var isDigit: Bool { isOneScalar && first >= 0x30 && first <= 0x39 }

        /// Exactly the scalar `value`, as `Character ==` compares (nothing composes with it).
        func isSingle(_ value: UInt32) -> Bool { isOneScalar && first == value }

        /// Hyphen, the Unicode dashes and the minus sign (`Character.isDash`).
        var isDash: Bool {
            guard isOneScalar else { return false }
            switch first {
            case 0x2D, 0x2010...0x2015, 0x2212: return true
            default: return false
            }
        }
    }

    let text: String
    let bytes: UnsafeBufferPointer<UInt8>

    /// The character that starts at byte `offset`, or nil at the end.
    func character(at offset: Int) -> Character? {
        guard offset < bytes.count else { return nil }
        let (first, next, end) = bounds(at: offset)
        return Character(start: offset, end: end, kind: CharacterReader.kind(of: first), first: first,
                         isOneScalar: end == next)
    }

    /// The first scalar of the character at byte `offset` (not the end), where the scalar
    /// ends and where the character ends.
    func bounds(at offset: Int) -> (first: UInt32, next: Int, end: Int) {
        let (first, length) = scalar(at: offset)
        let next = offset + length
        guard next < bytes.count else { return (first, next, next) }
        let (following, _) = scalar(at: next)
        // Between two plain scalars there is always a boundary, but in CR LF; otherwise
        // Swift's own grapheme rules say where the character ends.
        if CharacterReader.isPlain(first) && CharacterReader.isPlain(following) && !(first == 0x0D && following == 0x0A) {
            return (first, next, next)
        }
        let after = text.index(after: index(offset))
        return (first, next, text.utf8.distance(from: text.startIndex, to: after))
    }

    /// The string index at byte `offset` (O(1) for native UTF-8 strings).
    func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// The scalar that starts at byte `offset` and its length in bytes (the text is valid UTF-8).
    private func scalar(at offset: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[offset])
        if b0 < 0x80 { return (b0, 1) }
        func continuation(_ k: Int) -> UInt32 {
            offset + k < bytes.count ? UInt32(bytes[offset + k] & 0x3F) : 0
        }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | continuation(1), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((b0 & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }

    /// Scalars that never join the scalar before or after them into one character (Unicode's
    /// grapheme break property `Other` or `Control`, not `Prepend`, `Extend` or a joiner):
    /// ASCII, Latin-1, Latin Extended-A and -B, IPA and spacing modifiers, the Latin
    /// Extended Additional block of Vietnamese letters, and general punctuation (dashes,
    /// quotes, `…`). Combining marks (U+0300…) are not among them.
    static func isPlain(_ v: UInt32) -> Bool {
        v < 0x0300 || (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v) || (0x2030...0x203B).contains(v)
    }

    /// Whether every scalar of `text` is plain, so a character of its own: then comparing its
    /// characters (canonical equivalence) is comparing its bytes, for the other plain texts.
    static func isPlain<S: StringProtocol>(text: S) -> Bool {
        text.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    /// The kind of a character whose first scalar is `v`.
    static func kind(of v: UInt32) -> Kind {
        if v < 0x80 {
            if v == 0x20 || v == 0x09 { return .space }
            if (0x0A...0x0D).contains(v) { return .lineBreak }
            let lower = v | 0x20
            return lower >= 0x61 && lower <= 0x7A ? .letter : .other
        }
        // Latin-1 letters (not × and ÷), Latin Extended-A and -B, Latin Extended Additional:
        // all alphabetic, none white space.
        if (0xC0...0x24F).contains(v) { return v == 0xD7 || v == 0xF7 ? .other : .letter }
        if (0x1E00...0x1EFF).contains(v) { return .letter }
        guard let scalar = Unicode.Scalar(v) else { return .other }
        let properties = scalar.properties
        if properties.isWhitespace {
            return v == 0x85 || v == 0x2028 || v == 0x2029 ? .lineBreak : .space
        }
        return properties.isAlphabetic ? .letter : .other
    }
}
