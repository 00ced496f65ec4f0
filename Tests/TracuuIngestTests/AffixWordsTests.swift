import Testing
@testable import TracuuIngest

/// The whole-word prefix and suffix tests, with their quick skip of words whose first (last)
/// character differs, find what comparing every word as characters finds: NFC or NFD, `Ð`.
@Suite("Affix words")
struct AffixWordsTests {
    static let words: AffixWords = ["đã", "tiếp tục", "từ", "tăng từ", "y tế", "đạt", "ước"]

    @Test func findsAWholeWordAtEitherEnd() {
        #expect(Self.words.prefix(of: "tiếp tục tăng 5%") == "tiếp tục")
        #expect(Self.words.prefix(of: "tu\u{31B}\u{300} năm 2020") == "từ")
        #expect(Self.words.prefix(of: "từng bước") == nil)
        #expect(Self.words.suffix(of: "tổng số xã đạt") == "đạt")
        #expect(Self.words.suffix(of: "ngành y te\u{302}\u{301}") == "y tế")
    }

    @Test func findsWhatComparingEveryWordFindsOnRandomMixtures() {
        let pieces = ["đã", "ða\u{303}", "tiếp", " tục", "từ", "tu\u{31B}\u{300}", " ", ",", "tăng", "y", " tế", "đạt", "\u{301}", "a", "ước", "u\u{31B}o\u{31B}\u{301}c"]
        var generator = SplitMix(seed: 16)
        for _ in 0..<3_000 {
            let text = (0..<Int(generator.next() % 8)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(Self.words.prefix(of: text) == Self.prefixByComparing(text), "\(Array(text.unicodeScalars))")
            #expect(Self.words.suffix(of: text) == Self.suffixByComparing(text), "\(Array(text.unicodeScalars))")
        }
    }

    private static func prefixByComparing(_ lower: String) -> String? {
        words.words.first { lower == $0 || lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ", ") }
    }

    private static func suffixByComparing(_ lower: String) -> String? {
        words.words.first { lower == $0 || lower.hasSuffix(" " + $0) }
    }
}
