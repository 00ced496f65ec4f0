import Testing
import TracuuText

struct DecimalTextTests {
    @Test("numbers as data files write them", arguments: [
        ("38.1", 38.1), ("-2.5", -2.5), ("956", 956), ("0", 0),
        ("38,1", 38.1), ("24,0235", 24.0235), ("0,125", 0.125), ("1234,567", 1234.567), ("-0,5", -0.5), ("\u{2212}2,5", -2.5), ("+7", 7),
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
        "10,000", "2,500", "24,023", "10.000", "38.100", // a mark before three digits: ambiguous
        "1,234e3",
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

    @Test("a mark before exactly three digits reads both ways, and says so", arguments: [
        ("10,000", 10, 10_000), ("2,500", 2.5, 2500), ("-2,500", -2.5, -2500), ("10.000", 10_000, 10),
        ("1.234", 1234, 1.234), ("999,999", 999.999, 999_999),
    ])
    func ambiguous(text: String, ifDecimalComma: Double, ifDecimalDot: Double) {
        #expect(DecimalText.read(text) == .ambiguous(ifDecimalComma: ifDecimalComma, ifDecimalDot: ifDecimalDot))
    }

    @Test("cells that show the file writes the comma as the decimal mark", arguments: [
        "38,1", "1.602,9", "1.234.567", "0,125", "1,5e3",
    ])
    func showsTheDecimalComma(text: String) {
        guard case .decimalComma = DecimalText.read(text) else {
            Issue.record("\(text) should show the decimal comma")
            return
        }
    }

    @Test func plainNumbersShowNoConvention() {
        #expect(DecimalText.read("38.1") == .plain(38.1))
        #expect(DecimalText.read("956") == .plain(956))
        #expect(DecimalText.read("0.125") == .plain(0.125))
    }
}
