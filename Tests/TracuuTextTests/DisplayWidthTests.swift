import Testing
import TracuuText

struct DisplayWidthTests {
    @Test("columns a text takes in a terminal", arguments: [
        ("Triệu Phong", 11),
        (Decomposed.trieuPhong, 11),   // one column per grapheme, however it is encoded
        ("tỉ đồng", 7),
        ("北京", 4),
        ("a\u{200B}b", 2),
        ("", 0),
    ])
    func columns(text: String, expected: Int) {
        #expect(DisplayWidth.columns(of: text) == expected)
    }
}
