import TracuuText

/// The key under which a word is compared with the keyword tables of the scanners.
///
/// Lower case, NFC, the tone mark on the syllable's last vowel (`hòa`/`hoà`, `khóa`/`khoá`
/// meet) and a lone final `y` after a consonant written `i` (`tỷ`/`tỉ`, `kỳ`/`kì`, `quý`/`quí`
/// meet). Unlike `FoldedText.fold` it keeps the tones and letter marks, so `năm` (year)
/// stays apart from `nam` (south) and `hộ` (household) from `hồ` (lake).
enum WordKey {
    /// The key of one word: `Tỷ` → `tỉ`, `khoá` → `khoá`, `khóa` → `khoá`, `Quý` → `quí`.
    static func of(_ word: Substring) -> String {
        let key = LowerCase.of(CanonicalText.equalityKey(String(word)))
        guard let last = key.last, let i = iForY[last] else { return key }
        let initial = key.dropLast()
        guard initials.contains(String(initial)) else { return key }
        return initial + String(i)
    }

    /// The number of a word's key (`Vocabulary`): `id("Tỷ") == id("tỉ")`.
    static func id(_ word: Substring) -> WordID {
        Vocabulary.id(of: of(word))
    }

    /// The keys of a phrase written with spaces, as numbers: `"so với cùng kỳ"` → the numbers
    /// of `so`, `với`, `cùng`, `kì`.
    static func phrase(_ text: String) -> [WordID] {
        text.split(separator: " ").map { id($0) }
    }

    /// A final `y` with each tone, and the `i` that replaces it.
    private static let iForY: [Character: Character] = [
        "y": "i", "ý": "í", "ỳ": "ì", "ỷ": "ỉ", "ỹ": "ĩ", "ỵ": "ị",
    ]

    /// The initial consonants after which `y` and `i` are two spellings of one sound.
    private static let initials: Set<String> = [
        "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
        "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]
}
