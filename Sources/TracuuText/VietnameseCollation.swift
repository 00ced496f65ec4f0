import Foundation

/// Vietnamese alphabetical order (a ă â b c d đ e ê …), as a byte key to compare.
///
/// ICU's `vi` collation (Foundation's `compare(_:options:range:locale:)`) gives the same order
/// but costs microseconds a comparison on Linux and, through a Foundation bug, ties `Đại Hoàng`
/// with `Đại Hồng`. The key is computed once per distinct text; sorting then compares bytes.
public enum VietnameseCollation {
    /// The sort key of a text (VIETNAMESE.md §2.3): primaries ‖ 0 ‖ secondaries ‖ 0 ‖ tertiaries.
    ///
    /// - primary: the letter of the alphabet a ă â b c d đ e ê … (ă, â, đ are letters of
    ///   their own), digits before letters, signs before digits, space first;
    /// - secondary: the tone, none < grave < hook < tilde < acute < dot (`ma mà mả mã má mạ`);
    /// - tertiary: lower case before upper case.
    ///
    /// So `Dak Lak < Duy Xuyên < Đà Nẵng < Đắk Lắk`, and `Hoà Bình < Hòa Bình < Hoàng Mai`:
    /// tone placement only breaks ties. White space is collapsed as in the `=` key.
    /// NFC and NFD text give the same key. Compare keys with `lexicographicallyPrecedes`.
    public static func sortKey(_ s: String) -> [UInt8] {
        let text = CanonicalText.normalize(s)
        var builder = SortKeyBuilder(capacity: text.utf8.count)
        for scalar in text.unicodeScalars where !builder.append(scalar) {
            // A letter outside Vietnamese (ü, ñ) with its marks: weigh its parts.
            return decomposedKey(text)
        }
        return builder.key
    }

    /// Whether `a` sorts before `b` in Vietnamese order.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        sortKey(a).lexicographicallyPrecedes(sortKey(b))
    }

    private static func decomposedKey(_ text: String) -> [UInt8] {
        var builder = SortKeyBuilder(capacity: text.utf8.count, decomposed: true)
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            _ = builder.append(scalar)
        }
        return builder.key
    }
}

/// The three parts of a sort key being built, one collation element per letter or sign.
private struct SortKeyBuilder {
    private var primaries: [UInt8] = []
    private var secondaries: [UInt8] = []
    private var tertiaries: [UInt8] = []
    /// The text was decomposed (NFD), so every Latin letter arrives as a base and its marks.
    private let decomposed: Bool
    /// The last element is this plain letter, which a following breve, circumflex or horn
    /// may turn into ă, â, ê, ô, ơ or ư (decomposed text only).
    private var lastPlainLetter: Unicode.Scalar?
    /// White space was seen; one space element is written before the next element.
    private var spaceIsPending = false

    init(capacity: Int, decomposed: Bool = false) {
        self.decomposed = decomposed
        primaries.reserveCapacity(capacity)
        secondaries.reserveCapacity(capacity)
        tertiaries.reserveCapacity(capacity)
    }

    var key: [UInt8] {
        primaries + [0] + secondaries + [0] + tertiaries
    }

    /// Adds one scalar of normalized text; false when a precomposed letter outside Vietnamese
    /// needs the decomposed path.
    mutating func append(_ scalar: Unicode.Scalar) -> Bool {
        if TextRepairs.isWhiteSpace(scalar) {
            if !primaries.isEmpty { spaceIsPending = true }
            return true
        }
        let scalar = TextRepairs.plainPunctuation(for: scalar) ?? scalar
        if scalar.isASCII {
            appendASCII(scalar)
        } else if let letter = VietnameseLetter(scalar) {
            appendElement(
                primary: CollationWeights.basePrimaries[Int(letter.base)],
                secondary: CollationWeights.secondary(letter.tone),
                isUppercase: letter.isUppercase)
        } else if TextRepairs.isCombiningMark(scalar) {
            applyMark(scalar)
        } else if scalar.properties.isAlphabetic {
            if !decomposed && Self.mayDecompose(scalar) { return false }
            appendOtherLetter(scalar)
        } else {
            appendElement(primary: CollationWeights.otherSign, code: scalar, isUppercase: false)
        }
        return true
    }

    private mutating func appendASCII(_ scalar: Unicode.Scalar) {
        let v = Int(scalar.value)
        let primary = CollationWeights.asciiPrimaries[v]
        guard primary != 0 else {
            // A control character: weighed like any other sign outside the table.
            appendElement(primary: CollationWeights.otherSign, code: scalar, isUppercase: false)
            return
        }
        let isUppercase = (0x41...0x5A).contains(v)
        appendElement(primary: primary, secondary: CollationWeights.secondary(.none), isUppercase: isUppercase)
        if decomposed, primary >= CollationWeights.firstLetter {
            lastPlainLetter = Unicode.Scalar(UInt8(isUppercase ? v + 0x20 : v))
        }
    }

    /// A tone sets the secondary weight of the letter before it; a breve, circumflex or horn
    /// changes the letter (a → ă); any other mark counts as a secondary difference.
    private mutating func applyMark(_ mark: Unicode.Scalar) {
        guard let last = secondaries.indices.last else { return }
        if let tone = Tone(combiningMark: mark) {
            if secondaries[last] == CollationWeights.secondary(.none) {
                secondaries[last] = CollationWeights.secondary(tone)
            }
        } else if let plain = lastPlainLetter, let letter = CollationWeights.markedLetter(plain, mark),
                  let lastPrimary = primaries.indices.last {
            primaries[lastPrimary] = CollationWeights.primary(ofLetter: letter)
            lastPlainLetter = nil
        } else {
            secondaries[last] = CollationWeights.otherMark
        }
    }

    private mutating func appendOtherLetter(_ scalar: Unicode.Scalar) {
        let properties = scalar.properties
        let lower = properties.changesWhenLowercased ? properties.lowercaseMapping.unicodeScalars.first : scalar
        appendElement(primary: CollationWeights.otherLetter, code: lower ?? scalar,
                      isUppercase: properties.changesWhenLowercased)
    }

    /// An element of a letter or sign outside the tables: its class, then its code point.
    private mutating func appendElement(primary: UInt8, code: Unicode.Scalar, isUppercase: Bool) {
        appendElement(primary: primary, secondary: CollationWeights.secondary(.none), isUppercase: isUppercase)
        CollationWeights.appendCode(of: code, to: &primaries)
    }

    private mutating func appendElement(primary: UInt8, secondary: UInt8, isUppercase: Bool) {
        if spaceIsPending {
            spaceIsPending = false
            appendElement(primary: CollationWeights.asciiPrimaries[0x20],
                          secondary: CollationWeights.secondary(.none), isUppercase: false)
        }
        primaries.append(primary)
        secondaries.append(secondary)
        tertiaries.append(isUppercase ? CollationWeights.uppercase : CollationWeights.lowercase)
        lastPlainLetter = nil
    }

    /// Whether a letter may be a Latin letter with marks, which NFD would split into parts.
    private static func mayDecompose(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00C0...0x024F, 0x1E00...0x1EFF: return true
        default: return false
        }
    }
}
