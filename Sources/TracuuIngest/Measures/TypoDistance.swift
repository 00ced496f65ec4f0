/// Whether two words differ by one slip of the keyboard: a letter missing, added or
/// changed, or two neighbours swapped (Damerau's four edits). Short words do not count:
/// `thu` and `chi` differ by one letter and mean revenue and spending.
enum TypoDistance {
    /// Words shorter than this must match exactly.
    static let shortestWord = 4

    static func isOneTypo(_ a: String, _ b: String) -> Bool {
        isOneTypo(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// The same on words already taken apart into scalars.
    static func isOneTypo(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        guard min(x.count, y.count) >= shortestWord, abs(x.count - y.count) <= 1, x != y else { return false }
        if x.count == y.count {
            // The places where they differ; more than two is never one typo.
            var first = -1, second = -1
            for k in x.indices where x[k] != y[k] {
                if first < 0 { first = k } else if second < 0 { second = k } else { return false }
            }
            if second < 0 { return true }
            return second == first + 1 && x[first] == y[second] && x[second] == y[first]
        }
        // One letter more in the longer: skip it where the two first part.
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        var i = 0
        while i < short.count && long[i] == short[i] { i += 1 }
        return long[(i + 1)...].elementsEqual(short[i...])
    }
}
