/// Whether two words differ by one slip of the keyboard: a letter missing, added or
/// changed, or two neighbours swapped (Damerau's four edits). Short words do not count:
/// `thu` and `chi` differ by one letter and mean revenue and spending.
enum TypoDistance {
    /// Words shorter than this must match exactly.
    static let shortestWord = 4

    static func isOneTypo(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard min(x.count, y.count) >= shortestWord, abs(x.count - y.count) <= 1, x != y else { return false }
        if x.count == y.count {
            let differ = x.indices.filter { x[$0] != y[$0] }
            if differ.count == 1 { return true }
            return differ.count == 2 && differ[1] == differ[0] + 1 && x[differ[0]] == y[differ[1]] && x[differ[1]] == y[differ[0]]
        }
        // One letter more in the longer: skip it where the two first part.
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        var i = 0
        while i < short.count && long[i] == short[i] { i += 1 }
        return long[(i + 1)...].elementsEqual(short[i...])
    }
}
