/// "Did you mean …?": the candidate closest to what was typed, compared without case or
/// diacritics, when it is close enough to be a slip of the fingers.
public enum Suggestions {
    /// Names longer than this get no suggestion: nobody slips into a name this long, and
    /// comparing a pasted megabyte against every candidate would take minutes.
    static let longestName = 64

    public static func closest(to typed: String, among candidates: [String]) -> String? {
        guard typed.utf8.count <= longestName * 4 else { return nil }
        let folded = FoldedText.fold(typed)
        let length = folded.count
        guard length <= longestName else { return nil }
        // Allow about one slip in three letters: `distict`, `metric`, `tagrets`.
        let allowed = max(1, length / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            // A length difference alone is that many edits: no need to compare.
            let other = FoldedText.fold(candidate)
            guard abs(other.count - length) <= allowed else { continue }
            let d = editDistance(folded, other)
            if d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        guard let found = best else { return nil }
        return found.distance <= allowed ? found.name : nil
    }

    /// Levenshtein distance, counting a swap of two neighbours as one edit.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }
}
