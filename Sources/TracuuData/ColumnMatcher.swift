import TracuuText

/// Finds the schema field a column name in a file means.
///
/// Names are matched after trimming white space and ignoring case, so `District ` is
/// `district`. A name that matches nothing gets the closest field name as a suggestion,
/// by edit distance over folded names (`distict` → `district`, `ngay` → …).
struct ColumnMatcher: Sendable {
    let schema: Schema
    private var indexOfKey: [String: Int] = [:]

    init(schema: Schema) {
        self.schema = schema
        for (i, field) in schema.fields.enumerated() {
            indexOfKey[ColumnMatcher.key(field.name)] = i
        }
    }

    /// The index of the field a column name means, or nil for an unknown name.
    func fieldIndex(of name: String) -> Int? {
        indexOfKey[ColumnMatcher.key(name)]
    }

    /// The error for a name that matches no field, with a suggestion when one is close.
    func unknown(_ name: String) -> LoadError {
        .unknownColumn(
            name: name,
            dataset: schema.dataset,
            suggestion: suggestion(for: name),
            columns: schema.fields.map(\.name))
    }

    /// The field name closest to `name`, if it is near enough to be a typo:
    /// at most two edits, and fewer than half the letters.
    func suggestion(for name: String) -> String? {
        let typed = Array(FoldedText.fold(ColumnMatcher.key(name)))
        var best: (name: String, distance: Int)?
        for field in schema.fields {
            let d = ColumnMatcher.editDistance(typed, Array(FoldedText.fold(field.name)))
            if d <= 2, d * 2 < max(typed.count, 1), d < (best?.distance ?? Int.max) {
                best = (field.name, d)
            }
        }
        return best?.name
    }

    static func key(_ name: String) -> String {
        var s = Substring(name)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s.lowercased()
    }

    /// Levenshtein distance: the fewest insertions, deletions and substitutions from `a` to `b`.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
