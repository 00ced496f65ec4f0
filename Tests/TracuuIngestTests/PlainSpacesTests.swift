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

    @Test func aSpaceWithAMarkIsOneSpace() {
        #expect(ArticleLayout.plainSpaces("a\u{A0}\u{301}b\r\nc") == "a b c")
    }
}
