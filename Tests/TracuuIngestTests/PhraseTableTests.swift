import Testing
@testable import TracuuIngest

/// Phrase tables, looked up by the first word: the longest phrase starting at a token wins.
@Suite("Phrase table")
struct PhraseTableTests {
    let table = PhraseTable<String>(["ước": "ước", "ước tính": "ước tính", "ước thực hiện": "ước thực hiện", "đạt": "đạt"])

    @Test func theLongestPhraseAtATokenWins() {
        let t = TokenizedText("Ước thực hiện đạt, ước  tính, ước đạt")
        #expect(table.match(in: t, at: 0)?.value == "ước thực hiện")
        #expect(table.match(in: t, at: 0)?.end == 3)
        #expect(table.match(in: t, at: 3)?.value == "đạt")
        #expect(table.match(in: t, at: 5)?.value == "ước tính")
        #expect(table.match(in: t, at: 8)?.value == "ước")
    }

    @Test func noPhraseStartsAtASymbolANumberOrAnotherWord() {
        let t = TokenizedText(", 5 tỷ")
        #expect(table.match(in: t, at: 0) == nil)
        #expect(table.match(in: t, at: 1) == nil)
        #expect(table.match(in: t, at: 2) == nil)
        #expect(table.match(in: t, at: 9) == nil)
    }

    @Test func aPhraseDoesNotRunAcrossALineBreak() {
        let t = TokenizedText("ước\ntính")
        #expect(table.match(in: t, at: 0)?.value == "ước")
    }
}
