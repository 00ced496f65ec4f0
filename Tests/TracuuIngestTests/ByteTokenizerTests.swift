import Testing
@testable import TracuuIngest

/// The byte tokenizer gives the very tokens the `Character` walk it replaced gave
/// (`CharacterTokenizer` below is that walk, kept as the reference), on text as it is
/// published: NFD, `Ð` for `Đ`, no-break spaces, en dashes, decimal commas, CRLF.
@Suite("Byte tokenizer")
struct ByteTokenizerTests {
    static let tricky: [String] = [
        "Thu ngân sách ước đạt 1.602,9 tỷ đồng, tăng 12,5% so với cùng kỳ.",
        "Ðảng bộ huyện Ðakrông (Ð U+00D0) và Đảng bộ thị xã",
        "Tho\u{302}\u{301}ng ke\u{302} cu\u{309}a huye\u{323}\u{302}n",          // NFD: marks after their letters
        "nhiệm kỳ 2020\u{A0}–\u{A0}2025, giai đoạn 2016 - 2020, 9\u{2011}10%/năm",
        "Mục\r\ntiêu: 68\u{202F}triệu đồng\r\n- 100% xã\u{2028}đạt chuẩn",
        "\u{301}đầu dòng là dấu rời, 2\u{301} chữ số có dấu, .\u{301} chấm có dấu",
        "0 45% là 0,45%; 5.10.2020; năm 2020. Quý I/2022; 30/5/2019; QH15; COVID-19",
        "emoji 👍🏽 và cờ 🇻🇳, tiếng Hàn 한국어, ả-rập \u{600}1, ×÷ ª º µ",
        "tab\there  and\u{85}next line\u{3000}ideographic space\u{200B}zero width",
        "ước đạt16.743 tấn; 45.799/36.875 tỷ đồng; “trích dẫn” ‘đơn’ … ./.",
        "",
        " ",
        "\r\n",
        "a",
        "9",
    ]

    @Test(arguments: tricky)
    func givesTheTokensOfTheCharacterWalk(_ text: String) {
        let byBytes = ByteTokenizer.tokens(of: text, wordKey: Self.key)
        let byCharacters = CharacterTokenizer.tokens(of: text)
        #expect(byBytes.map(Self.describe(text)) == byCharacters.map(Self.describe(text)))
    }

    /// Random mixtures of the scalars where grapheme rules and properties bite.
    @Test func givesTheTokensOfTheCharacterWalkOnRandomMixtures() {
        let pieces: [String] = [
            "a", "Đ", "Ð", "ệ", "\u{301}", "\u{323}", "\u{302}", "\u{200D}", "\u{200C}", "\u{600}", "\u{903}",
            "1", "9", ".", ",", "-", "–", "\u{2212}", " ", "\u{A0}", "\r", "\n", "\u{85}", "\u{2028}", "\t",
            "👍", "\u{1F3FD}", "🇻", "🇳", "한", "\u{1100}", "\u{1161}", "©", "%", "/", "…", "\u{AD}", "ª",
        ]
        var generator = SplitMix(seed: 11)
        for _ in 0..<2_000 {
            let text = (0..<Int(generator.next() % 24)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let byBytes = ByteTokenizer.tokens(of: text, wordKey: Self.key)
            let byCharacters = CharacterTokenizer.tokens(of: text)
            #expect(byBytes.map(Self.describe(text)) == byCharacters.map(Self.describe(text)), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func everyScalarOfTheFastLetterRangesIsALetterAndNoSpace() {
        for v in UInt32(0x80)...0x1EFF {
            guard let scalar = Unicode.Scalar(v), (0xC0...0x24F).contains(v) || v >= 0x1E00 else { continue }
            let kind = CharacterReader.kind(of: v)
            #expect((kind == .letter) == scalar.properties.isAlphabetic, "U+\(String(v, radix: 16))")
            #expect(!scalar.properties.isWhitespace)
        }
    }

    @Test func plainScalarsNeverJoinTheirNeighbours() {
        for v in UInt32(0)...0x203B where CharacterReader.isPlain(v) && v != 0x0D {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let s = String(scalar)
            #expect(("a" + s + "a").count == 3, "U+\(String(v, radix: 16))")
            #expect((s + s).count == 2, "U+\(String(v, radix: 16))")
            #expect(("\u{1EC7}" + s + "\u{1EA1}").count == 3, "U+\(String(v, radix: 16))")
        }
    }

    static func key(_ word: Substring) -> (key: String, id: WordID) {
        let key = WordKey.of(word)
        return (key, Vocabulary.id(of: key))
    }

    /// A token as bytes and flags, so that tokens of two runs compare exactly.
    static func describe(_ text: String) -> (TextToken) -> String {
        { t in
            let start = text.utf8.distance(from: text.startIndex, to: t.range.lowerBound)
            let end = text.utf8.distance(from: text.startIndex, to: t.range.upperBound)
            return "\(t.kind) \(start)..<\(end) [\(Array(t.text.utf8))] \(Array(t.key.utf8)) \(t.id.number) \(t.gapBefore) \(t.startsLine)"
        }
    }
}

/// A small seeded generator, so that a failing mixture comes back on the next run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The tokenizer as it was written before `ByteTokenizer`: a walk over `Character`s.
enum CharacterTokenizer {
    static func tokens(of text: String) -> [TextToken] {
        var tokens: [TextToken] = []
        var i = text.startIndex
        var gap = true
        var lineStart = true
        while i < text.endIndex {
            let c = text[i]
            if c.isWhitespace {
                gap = true
                if c.isLineBreak { lineStart = true }
                i = text.index(after: i)
                continue
            }
            let start = i
            let kind: TextToken.Kind
            if c.isDigitASCII {
                kind = .number
                i = endOfNumber(in: text, from: i)
            } else if c.isLetter {
                kind = .word
                while i < text.endIndex, text[i].isLetter { i = text.index(after: i) }
            } else {
                kind = .symbol
                i = text.index(after: i)
            }
            let piece = text[start..<i]
            let key: String
            var id = WordID.none
            switch kind {
            case .word: (key, id) = ByteTokenizerTests.key(piece)
            case .number: key = String(piece)
            case .symbol: key = c.isDash ? "-" : String(piece)
            }
            tokens.append(TextToken(kind: kind, range: start..<i, text: piece, key: key, id: id,
                                    gapBefore: gap, startsLine: lineStart))
            gap = false
            lineStart = false
        }
        return tokens
    }

    private static func endOfNumber(in text: String, from start: String.Index) -> String.Index {
        var i = start
        while i < text.endIndex {
            let c = text[i]
            if c.isDigitASCII { i = text.index(after: i); continue }
            if c == "." || c == "," {
                let next = text.index(after: i)
                if next < text.endIndex, text[next].isDigitASCII { i = next; continue }
            }
            break
        }
        return i
    }
}
