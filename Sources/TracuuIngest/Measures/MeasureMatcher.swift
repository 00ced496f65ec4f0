import Synchronization
import TracuuText

/// Finds the measure an indicator names, on folded words (`FoldedText`: no case, no
/// diacritics, `tỷ`/`tỉ` alike, NFC and NFD alike), so `ty le ho ngheo`, `Tỷ lệ hộ nghèo`
/// and `tỉ lệ hộ nghèo` meet.
///
/// An alias matches when its words stand together in the indicator's (`tổng thu ngân sách
/// nhà nước trên địa bàn huyện` holds `thu ngân sách nhà nước`); a word of four letters or
/// more may differ from the alias's by one typo (a letter missing, added, changed, or two
/// swapped). Of several matches the best is the one whose usual units hold the figure's
/// unit (`hộ nghèo` in % is the share, in `hộ` the count), then the longest alias, then a
/// match without a typo, then the measure higher in the table.
public enum MeasureMatcher {
    /// The measure of an indicator, or nil when no alias is in it.
    public static func match(_ indicator: String, unit: String? = nil) -> Measure? {
        let key = MemoKey(indicator: Array(indicator.utf8), unit: unit.map { Array($0.utf8) })
        if let known = memo.withLock({ $0[key] }) { return known.map { MeasureTable.all[$0] } }
        let found = unmemoizedMatch(indicator, unit: unit)
        memo.withLock { memo in
            if memo.count >= memoLimit { memo.removeAll(keepingCapacity: true) }
            memo[key] = found
        }
        return found.map { MeasureTable.all[$0] }
    }

    /// Matches already made, by the bytes of indicator and unit: a corpus names a few hundred
    /// indicators in thousands of figures, and ingest asks once per figure and target.
    /// Shared by the threads that extract files; emptied when full, so it stays small.
    private static let memo = Mutex([MemoKey: Int?]())
    private static let memoLimit = 50_000

    private struct MemoKey: Hashable {
        let indicator: [UInt8]
        let unit: [UInt8]?
    }

    /// The index in `MeasureTable.all` of the measure an indicator names.
    private static func unmemoizedMatch(_ indicator: String, unit: String?) -> Int? {
        let words = Self.words(indicator).map { FoldedWord($0, number: aliasWordNumbers[$0] ?? -1) }
        guard !words.isEmpty else { return nil }
        let unitKey = unit.map(unitFamily)
        var best: Candidate?
        for (measureIndex, aliases) in compiled.enumerated() {
            for alias in aliases {
                guard let exact = find(alias, in: words) else { continue }
                let candidate = Candidate(measure: measureIndex, words: alias.count, exact: exact,
                                          unitFits: unitKey.map { unitFamilies[measureIndex].contains($0) } ?? false)
                if best.map({ candidate.isBetter(than: $0) }) ?? true { best = candidate }
            }
        }
        return best.map(\.measure)
    }

    /// A match found, with what ranks it.
    private struct Candidate {
        let measure: Int
        let words: Int
        let exact: Bool
        let unitFits: Bool

        func isBetter(than other: Candidate) -> Bool {
            if unitFits != other.unitFits { return unitFits }
            if words != other.words { return words > other.words }
            if exact != other.exact { return exact }
            return measure < other.measure
        }
    }

    /// Each measure's aliases as folded words.
    private static let compiled: [[[FoldedWord]]] = MeasureTable.all.map { measure in
        measure.aliases.map { words($0).map { FoldedWord($0, number: aliasWordNumbers[$0] ?? -1) } }.filter { !$0.isEmpty }
    }

    /// A number for each word the aliases use, so that an indicator's words are compared with
    /// theirs as integers (an indicator word no alias has is -1, equal to none of them).
    private static let aliasWordNumbers: [String: Int32] = {
        var numbers: [String: Int32] = [:]
        for measure in MeasureTable.all {
            for alias in measure.aliases {
                for word in words(alias) where numbers[word] == nil { numbers[word] = Int32(numbers.count) }
            }
        }
        return numbers
    }()

    /// A folded word with its scalars, taken apart once for the typo test (which compares
    /// every word of an indicator with every alias word it does not equal).
    private struct FoldedWord {
        let text: String
        let scalars: [Unicode.Scalar]
        /// Its number among the aliases' words (`aliasWordNumbers`), -1 for another word.
        let number: Int32

        init(_ text: String, number: Int32) {
            self.text = text
            scalars = Array(text.unicodeScalars)
            self.number = number
        }
    }

    /// Each measure's units, as families (`tỉ đồng` and `triệu đồng` are both money).
    private static let unitFamilies: [Set<String>] = MeasureTable.all.map { Set($0.units.map(unitFamily)) }

    /// A unit's family: amounts of money compare after conversion, so `tỉ đồng`,
    /// `triệu đồng` and `đồng` are one family, as are `USD` and `triệu USD`; others are
    /// their folded selves (`%`, `ha`, `xã`).
    static func unitFamily(_ unit: String) -> String {
        let folded = words(unit)
        if folded.first(where: { $0 == "dong" || $0 == "usd" }) != nil {
            return folded.contains("usd") ? "usd" : FoldedText.fold(unit).contains("/") ? "dong/" : "dong"
        }
        let key = FoldedText.fold(unit)
        return key.isEmpty ? unit : key
    }

    /// The folded words of a text: letters and digits, everything else a break.
    static func words(_ text: String) -> [String] {
        FoldedText.fold(text).split { !($0.isLetter || $0.isNumber || $0 == "%") }.map(String.init)
    }

    /// Where `alias` stands in `words`: true when all its words match exactly, false when
    /// one word differs by a typo, nil when it is not there.
    private static func find(_ alias: [FoldedWord], in words: [FoldedWord]) -> Bool? {
        guard alias.count <= words.count else { return nil }
        var found: Bool?
        for start in 0...(words.count - alias.count) {
            var typos = 0
            for (offset, word) in alias.enumerated() {
                let other = words[start + offset]
                // The same number is the same word (`word` is an alias's, so never -1).
                if other.number == word.number { continue }
                typos += 1
                if typos > 1 || !TypoDistance.isOneTypo(word.scalars, other.scalars) { typos = 2; break }
            }
            if typos == 0 { return true }
            if typos == 1 { found = false }
        }
        return found
    }
}
