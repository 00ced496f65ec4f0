/// Roman numerals as congresses and quarters are numbered: `XX`, `VII`, `XIII`, `IV`.
public enum RomanNumerals {
    /// The value of a strict, upper-case Roman numeral from 1 to 399:
    /// `C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})`. `XX` → 20, `VII` → 7, `XIII` → 13, `XL` → 40;
    /// `IIII`, `VX`, `IIV`, `xx`, `` → nil.
    public static func value(_ text: Substring) -> Int? {
        var rest = text[...]
        var total = 0
        // Each decimal place, largest first: its one, five and ten letters.
        for (one, five, ten, weight) in [("C", "D", "M", 100), ("X", "L", "C", 10), ("I", "V", "X", 1)] as [(Character, Character, Character, Int)] {
            guard let digit = readDigit(&rest, one: one, five: five, ten: ten, hundreds: weight == 100) else { return nil }
            total += digit * weight
        }
        guard rest.isEmpty, total > 0 else { return nil }
        return total
    }

    /// Reads one decimal place (0–9) written with `one`, `five`, `ten`; nil when it is malformed.
    /// Hundreds stop at 300, so `D` and `M` never appear.
    private static func readDigit(_ s: inout Substring, one: Character, five: Character, ten: Character,
                                  hundreds: Bool) -> Int? {
        if !hundreds, s.hasPrefix(String([one, ten])) { s = s.dropFirst(2); return 9 }
        if !hundreds, s.hasPrefix(String([one, five])) { s = s.dropFirst(2); return 4 }
        var digit = 0
        if !hundreds, s.first == five { s = s.dropFirst(); digit = 5 }
        var ones = 0
        while s.first == one, ones < 3 { s = s.dropFirst(); ones += 1 }
        if s.first == one { return nil }   // a fourth `I`, `X` or `C`
        return digit + ones
    }

    /// `value` of a whole string.
    public static func value(_ text: String) -> Int? { value(Substring(text)) }
}
