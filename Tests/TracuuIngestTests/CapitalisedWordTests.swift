import Testing
@testable import TracuuIngest

/// The byte tests of a capitalised word and of a word in capitals give what the character
/// tests give: NFD, `Đ`, marks after ASCII letters, a prepended mark.
@Suite("Capitalised words")
struct CapitalisedWordTests {
    @Test func areWhatTheCharacterTestsGiveOnRandomMixtures() {
        let pieces = ["Q", "q", "u", "Ả", "ả", "ư", "ồ", "Ồ", "\u{1DC0}", "\u{200D}", "ʼ", "\u{2FF}", "\u{300}", "A\u{309}", "a\u{309}", "Đ", "đ", "N", "g", "\u{301}", "\u{345}", "\u{600}", "1", "-", "TP", "\r"]
        var generator = SplitMix(seed: 18)
        for _ in 0..<3_000 {
            let word = (1...Int(1 + generator.next() % 5)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let text = Substring(word)
            #expect(UnitMentions.startsCapitalised(text) == (text.first?.isUppercase == true), "\(Array(word.unicodeScalars))")
            for token in TokenizedText(word).tokens {
                #expect(UnitMentions.isInCapitals(token) == (token.text.count > 1 && token.text.allSatisfy { !$0.isLetter || $0.isUppercase }),
                        "\(Array(token.text.unicodeScalars))")
            }
        }
    }
}
