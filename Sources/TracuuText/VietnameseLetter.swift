/// A letter of the Vietnamese alphabet that carries marks: one of the twelve vowel letters
/// or `đ`, with its tone and its case. `Ợ` is (ơ, dot, upper case); plain `a` is (a, none, lower).
///
/// Consonants other than `đ` are plain ASCII and are not listed here.
struct VietnameseLetter: Equatable, Sendable {
    /// The position of the tone-less lower-case letter in `VietnameseLetter.bases`.
    var base: UInt8
    var tone: Tone
    var isUppercase: Bool

    /// The tone-less lower-case letters: the twelve vowels, then `đ`.
    static let bases: [Unicode.Scalar] = Array("aăâeêioôơuưyđ".unicodeScalars)
    /// What each base letter folds to on a keyboard without an input method.
    static let asciiBases: [UInt8] = Array("aaaeeiooouuyd".utf8)
    /// The position of `đ` in `bases`; every other base is a vowel.
    static let dStroke: UInt8 = 12

    /// Each row is a vowel, then that vowel with each tone in `Tone` order:
    /// grave, hook, tilde, acute, dot. All precomposed (NFC).
    static let vowelRows = [
        "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
        "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
    ]

    var isVowel: Bool { base != Self.dStroke }

    /// The letter as one precomposed scalar.
    var scalar: Unicode.Scalar {
        Self.tables.scalars[Self.slot(base: base, tone: tone, isUppercase: isUppercase)]
    }

    /// The letter that a scalar writes, or nil when the scalar is not a vowel letter or `đ`/`Đ`.
    /// Look-alikes such as `Ð` are not letters here: `CanonicalText.normalize` repairs them first.
    init?(_ scalar: Unicode.Scalar) {
        let index = Int(scalar.value) - Self.firstScalar
        guard index >= 0, index < Self.tables.letters.count,
              let letter = Self.tables.letters[index] else { return nil }
        self = letter
    }

    init(base: UInt8, tone: Tone, isUppercase: Bool) {
        self.base = base
        self.tone = tone
        self.isUppercase = isUppercase
    }

    // MARK: - Tables

    /// Every letter above lies between `A` and the end of Latin Extended Additional, so a flat
    /// array indexed by scalar value finds it without hashing.
    private static let firstScalar = 0x41
    private static let endScalar = 0x1F00

    private static func slot(base: UInt8, tone: Tone, isUppercase: Bool) -> Int {
        (Int(base) * Tone.allCases.count + Int(tone.rawValue)) * 2 + (isUppercase ? 1 : 0)
    }

    /// Both directions of the table: scalar → letter and letter → scalar.
    private struct Tables: Sendable {
        var letters: [VietnameseLetter?]
        var scalars: [Unicode.Scalar]
    }

    private static let tables: Tables = {
        var letters = [VietnameseLetter?](repeating: nil, count: endScalar - firstScalar)
        // `đ` has no toned forms: every slot of a missing form holds the tone-less letter.
        var scalars = [Unicode.Scalar](repeating: "?", count: bases.count * Tone.allCases.count * 2)

        func add(_ lower: Unicode.Scalar, base: UInt8, tone: Tone) {
            let upper = uppercase(of: lower)
            for (scalar, isUppercase) in [(lower, false), (upper, true)] {
                let letter = VietnameseLetter(base: base, tone: tone, isUppercase: isUppercase)
                let index = Int(scalar.value) - firstScalar
                if index >= 0, index < letters.count { letters[index] = letter }
                scalars[slot(base: base, tone: tone, isUppercase: isUppercase)] = scalar
            }
        }

        for (row, text) in vowelRows.enumerated() {
            for (tone, scalar) in zip(Tone.allCases, text.unicodeScalars) {
                add(scalar, base: UInt8(row), tone: tone)
            }
        }
        add(bases[Int(dStroke)], base: dStroke, tone: .none)
        for tone in Tone.allCases where tone != .none {
            for isUppercase in [false, true] {
                scalars[slot(base: dStroke, tone: tone, isUppercase: isUppercase)] =
                    scalars[slot(base: dStroke, tone: .none, isUppercase: isUppercase)]
            }
        }
        return Tables(letters: letters, scalars: scalars)
    }()

    /// The upper-case form of a Vietnamese letter; every one is a single precomposed scalar.
    private static func uppercase(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapped = scalar.properties.uppercaseMapping.unicodeScalars
        guard mapped.count == 1, let upper = mapped.first else { return scalar }
        return upper
    }
}
