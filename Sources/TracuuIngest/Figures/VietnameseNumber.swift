/// A number as Vietnamese writes it: grouping dots and a decimal comma.
///
/// `38,1` → 38.1, `1.602,9` → 1602.9, `16.743` → 16743, `8.770.000` → 8770000,
/// `24,023` → 24.023 (a comma is always decimal here, even before three digits), `956` → 956.
/// English-style numbers (`1.5`, `1,234.5`) give nil: they are flagged, not guessed.
public enum VietnameseNumber {
    /// The value of a written number, or nil when it is not a Vietnamese-style number:
    /// a dot not followed by exactly three digits (`1.5`, `6.2021`), a comma before a dot
    /// (`1,234.5`), two commas, or anything but digits, dots and one comma.
    public static func parse(_ text: Substring) -> Double? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || (!fraction.isEmpty && fraction.allSatisfy(\.isDigitASCII)) else { return nil }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard let lead = groups.first, !lead.isEmpty, lead.allSatisfy(\.isDigitASCII) else { return nil }
        // Grouped numbers start with one to three digits, and every later group has three.
        if groups.count > 1 {
            guard lead.count <= 3 else { return nil }
            for group in groups.dropFirst() where group.count != 3 || !group.allSatisfy(\.isDigitASCII) {
                return nil
            }
        }
        let digits = groups.joined()
        return Double(fraction.isEmpty ? digits : digits + "." + fraction)
    }

    /// `parse` of a whole string.
    public static func parse(_ text: String) -> Double? { parse(Substring(text)) }
}

extension Character {
    /// `0`–`9` only: `²`, `٣` and other numeric characters are not digits of a figure.
    var isDigitASCII: Bool {
        guard let ascii = asciiValue else { return false }
        return (0x30...0x39).contains(ascii)
    }
}
