/// The weights of the Vietnamese sort key (VIETNAMESE.md §2.3): the primary rank of every
/// letter, digit and sign, and the secondary (tone) and tertiary (case) weights.
///
/// No weight is 0: 0 separates the three parts of a key, so it must sort before everything.
enum CollationWeights {
    /// Space, then the ASCII signs in the order ICU's root collation gives them
    /// (measured with Foundation's `vi` compare): `_` before `-` before `,` … `$` last.
    static let signs = Array(" _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".utf8)
    /// The Vietnamese alphabet, with f j w z of foreign names in their Latin places.
    static let alphabet = Array("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz".unicodeScalars)

    /// A sign outside ASCII (`…`, `₫`, `°`): this byte, then the scalar's code (`appendCode`).
    static let otherSign = UInt8(signs.count + 1)
    static let firstDigit = otherSign + 1
    static let firstLetter = firstDigit + 10
    /// A letter outside the Vietnamese alphabet (`ø`, Greek, CJK): this byte, then its code.
    static let otherLetter = firstLetter + UInt8(alphabet.count)

    /// Secondary weights: 1 + the tone (none 1 … dot below 6), then any other mark.
    static let otherMark: UInt8 = 7
    /// Tertiary weights: lower case (and everything that has no case) before upper case.
    static let lowercase: UInt8 = 1
    static let uppercase: UInt8 = 2

    static func secondary(_ tone: Tone) -> UInt8 { 1 + tone.rawValue }

    /// The primary rank of every ASCII scalar; 0 for a control character.
    static let asciiPrimaries: [UInt8] = {
        var ranks = [UInt8](repeating: 0, count: 128)
        for (index, sign) in signs.enumerated() {
            ranks[Int(sign)] = UInt8(index + 1)
        }
        for digit in 0..<10 {
            ranks[0x30 + digit] = firstDigit + UInt8(digit)
        }
        for (index, letter) in alphabet.enumerated() where letter.isASCII {
            let lower = Int(letter.value)
            ranks[lower] = firstLetter + UInt8(index)
            ranks[lower - 0x20] = firstLetter + UInt8(index)
        }
        return ranks
    }()

    /// The primary rank of each base in `VietnameseLetter.bases`.
    static let basePrimaries: [UInt8] = VietnameseLetter.bases.map { primary(ofLetter: $0) }

    /// The primary rank of a lower-case letter of `alphabet`.
    static func primary(ofLetter letter: Unicode.Scalar) -> UInt8 {
        guard let index = alphabet.firstIndex(of: letter) else { return otherLetter }
        return firstLetter + UInt8(index)
    }

    /// A scalar's code as three non-zero bytes, so that other letters and signs sort among
    /// themselves by code point without ever writing the separator 0.
    static func appendCode(of scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = scalar.value
        bytes.append(UInt8(v / (255 * 255) + 1))
        bytes.append(UInt8(v / 255 % 255 + 1))
        bytes.append(UInt8(v % 255 + 1))
    }

    /// The letter a breve, circumflex or horn makes of a plain vowel in decomposed text:
    /// a+◌̆ = ă, a/e/o+◌̂ = â/ê/ô, o/u+◌̛ = ơ/ư. Nil for any other pair.
    static func markedLetter(_ letter: Unicode.Scalar, _ mark: Unicode.Scalar) -> Unicode.Scalar? {
        switch (letter, mark.value) {
        case ("a", 0x0306): return "ă"
        case ("a", 0x0302): return "â"
        case ("e", 0x0302): return "ê"
        case ("o", 0x0302): return "ô"
        case ("o", 0x031B): return "ơ"
        case ("u", 0x031B): return "ư"
        default: return nil
        }
    }
}
