import Testing
import TracuuText
@testable import TracuuOutput

@Test func nfcAndNfdTakeTheSameColumns() {
    #expect(Fixtures.nfc.unicodeScalars.count != Fixtures.nfd.unicodeScalars.count)
    #expect(DisplayWidth.columns(of: Fixtures.nfc) == 11)
    #expect(DisplayWidth.columns(of: Fixtures.nfd) == 11)
    #expect(CellText.pad(Fixtures.nfd, to: 13, .left).unicodeScalars.suffix(2).elementsEqual("  ".unicodeScalars))
}

@Test(arguments: [
    ("abc", 3, "abc"),
    ("abcd", 3, "ab…"),
    ("abcd", 1, "…"),
    ("abcd", 0, ""),
    (Fixtures.nfc, 11, Fixtures.nfc),
    (Fixtures.nfc, 10, "Triệu Pho…"),
    // Wide characters are left out whole: 4 columns fit "漢字" + "…" would need 5.
    ("漢字漢字", 5, "漢字…"),
    ("漢字漢字", 4, "漢…"),
])
func cutEndsInAnEllipsis(text: String, width: Int, expected: String) {
    let cut = CellText.cut(text, to: width)
    #expect(cut == expected)
    #expect(DisplayWidth.columns(of: cut) <= max(0, width))
}

@Test func cutKeepsTheToneMarksOfAnNfdLetter() {
    // Cut right after "Triệ": the dot below and the circumflex stay with their `e`.
    let cut = CellText.cut(Fixtures.nfd, to: 5)
    #expect(Array(cut.unicodeScalars) == Array("Trie\u{323}\u{302}…".unicodeScalars))
}

@Test(arguments: [
    ("plain", "plain"),
    ("a\nb", "a↵b"),
    ("a\r\nb", "a↵b"),
    ("a\rb", "a↵b"),
    ("a\u{2028}b", "a↵b"),
    ("a\tb", "a b"),
    ("\u{1B}[31mred", "␛[31mred"),
    ("x\u{202E}y\u{7F}\u{85}", "x<U+202E>y␡↵"),
])
func oneLineShowsBreaksAndControls(text: String, expected: String) {
    #expect(CellText.oneLine(text) == expected)
}
