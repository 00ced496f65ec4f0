import Testing
@testable import TracuuIngest

/// `ArticleLayout.plainSpaces` read by bytes gives what mapping its `Character`s gave.
@Suite("Plain spaces")
struct PlainSpacesTests {
    static func byCharacters(_ text: String) -> String {
        String(text.map { $0.isWhitespace && $0 != "\n" ? " " : $0 })
    }

    @Test(arguments: ByteTokenizerTests.tricky + ["a\u{A0}\u{2009}b\r\nc\td \u{301}e\n\u{301}f"])
    func areWhatMappingCharactersGave(_ text: String) {
        #expect(Array(ArticleLayout.plainSpaces(text).utf8) == Array(Self.byCharacters(text).utf8))
    }

    @Test func areWhatMappingCharactersGaveOnRandomMixtures() {
        let pieces = ["a", "ệ", " ", " ", "\u{A0}", "\u{301}", "\u{600}", "\r", "\n", "\r\n", "\t", "\u{2028}", "\u{3000}", "👍", "1"]
        var generator = SplitMix(seed: 14)
        for _ in 0..<2_000 {
            let text = (0..<Int(generator.next() % 20)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(Array(ArticleLayout.plainSpaces(text).utf8) == Array(Self.byCharacters(text).utf8), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func aSpaceWithAMarkIsOneSpace() {
        #expect(ArticleLayout.plainSpaces("a\u{A0}\u{301}b\r\nc") == "a b c")
    }
}
