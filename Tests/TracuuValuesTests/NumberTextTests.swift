import Testing
import TracuuValues

/// Numbers as people write them (issue 13, item 15): no float noise, no exponent for
/// ordinary sizes, and the text reads back as the same number at 15 digits.
@Suite("Numbers as text")
struct NumberTextTests {
    @Test(arguments: [
        (956 * 1.1, "1051.6"), (0.1 + 0.2, "0.3"), (230_557_143.2, "230557143.2"), (38.1, "38.1"),
        (956.0 / 3, "318.666666666667"), (956.0, "956"), (-2.5, "-2.5"), (0.25, "0.25"),
        (9.56e-6, "0.00000956"), (-9.56e-6, "-0.00000956"), (1.5e-12, "1.5e-12"), (9.56e14, "956000000000000"),
        (1.5e16, "15000000000000000"), (9.56e22, "9.56e+22"), (123456789.123456789, "123456789.123457"),
        (1e-9, "0.000000001"),
    ])
    func shortestAtFifteenDigits(number: Double, text: String) {
        #expect(Value.format(number) == text)
    }

    @Test func theTextReadsBackAsTheNumberAtFifteenDigits() {
        for number in [1051.6000000000001, 318.6666666666667, 0.30000000000000004, 6.02214076e23, 1e-300, 4.9e-7] {
            let back = Double(Value.format(number)) ?? .nan
            #expect(abs(back - number) <= abs(number) * 1e-14, "\(number)")
        }
    }
}
