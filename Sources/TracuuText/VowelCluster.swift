/// The vowel letters of one syllable while the `=` key is built, so that the tone can be
/// moved before they are written (VIETNAMESE.md §1.3).
///
/// Old-style `hòa`, `thủy`, `khóa` put the tone on the first vowel of `oa`, `uy`, `oa`;
/// new-style `hoà`, `thuỷ`, `khoá` on the last. The key always puts it on the last vowel
/// letter, so both styles meet. A syllable has one tone, so no two different words meet:
/// `hòa` (→ `hoà`) stays apart from `hóa` (→ `hoá`). `của` becomes `cuả`: a key, never shown.
struct VowelCluster {
    private var letters: [VietnameseLetter] = []

    init() {
        letters.reserveCapacity(4)
    }

    mutating func append(_ letter: VietnameseLetter) {
        letters.append(letter)
    }

    /// Writes the vowels with the tone on the last one, and starts a new cluster.
    mutating func flush(into writer: inout KeyWriter) {
        if letters.isEmpty { return }
        if letters.count > 1 { moveToneToLastVowel() }
        flushUnchanged(into: &writer)
    }

    /// Writes the vowels as they are, and starts a new cluster.
    mutating func flushUnchanged(into writer: inout KeyWriter) {
        for letter in letters {
            writer.append(letter.scalar)
        }
        letters.removeAll(keepingCapacity: true)
    }

    /// Moves the one tone of the cluster to its last vowel. A cluster with two tones is
    /// not one Vietnamese syllable and stays as it is written.
    private mutating func moveToneToLastVowel() {
        var tonedIndex: Int?
        for index in letters.indices where letters[index].tone != .none {
            if tonedIndex != nil { return }
            tonedIndex = index
        }
        guard let from = tonedIndex else { return }
        let last = letters.count - 1
        if from == last { return }
        letters[last].tone = letters[from].tone
        letters[from].tone = .none
    }
}
