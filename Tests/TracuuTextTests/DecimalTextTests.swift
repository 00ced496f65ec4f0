import Testing
import TracuuText

struct DecimalTextTests {
    @Test("numbers as data files write them", arguments: [
        ("38.1", 38.1), ("-2.5", -2.5), ("956", 956), ("0", 0),
        ("38,1", 38.1), ("24,023", 24.023), ("-0,5", -0.5), ("\u{2212}2,5", -2.5), ("+7", 7),
        ("1.234,5", 1234.5), ("1.602,9", 1602.9), ("1.234.567", 1_234_567), ("8.770.000", 8_770_000),
        ("1.234.567,89", 1_234_567.89),
        ("0.125", 0.125), ("1234.567", 1234.567), ("201.23", 201.23), ("99.5", 99.5),
        ("1e6", 1_000_000), ("2.5E-3", 0.0025), ("1,5e3", 1500),
        (" 38,1 ", 38.1), ("\u{00A0}956\t", 956),
    ])
    func parses(text: String, expected: Double) {
        #expect(DecimalText.parse(text) == expected)
    }

    @Test("ambiguous or non-numeric text is refused", arguments: [
        "1,234.5",      // English grouping
        "1,234,567",
        "1.234",        // grouped 1234 or decimal 1.234?
        "38.100",
        "1.2.3",        // groups must have three digits
        "1.23.456",
        "01.234.567",   // a first group does not start with 0
        "abc", "", "   ", "-", ".5", "5.", "5,", "1 234", "12a", "nan", "inf", "0x10", "1e", "e6", "1e999",
        "38,1%",
    ])
    func refuses(text: String) {
        #expect(DecimalText.parse(text) == nil)
    }

    @Test func acceptsSubstrings() {
        let line = "Triệu Phong;38,1;2020"
        let cells = line.split(separator: ";")
        #expect(DecimalText.parse(cells[1]) == 38.1)
        #expect(DecimalText.parse(cells[0]) == nil)
    }
}
