/// Which tokens of a text an earlier scanner has already explained.
///
/// The scanners run in a fixed order (`ScanStage`): `30/5/2019` taken as a date is no longer
/// three numbers, and `năm 2020` taken as a period is not a figure of 2020.
struct ClaimedTokens {
    private var taken: [Bool]

    init(count: Int) { taken = Array(repeating: false, count: count) }

    func isFree(_ i: Int) -> Bool { taken.indices.contains(i) && !taken[i] }

    func isFree(_ r: Range<Int>) -> Bool { r.allSatisfy { isFree($0) } }

    mutating func claim(_ r: Range<Int>) {
        for i in r where taken.indices.contains(i) { taken[i] = true }
    }

    /// The loop every scanner runs: try `match` at each free token, left to right; keep a
    /// match whose tokens are all free, claim them, and go on after it.
    mutating func claimMatches<V>(in t: TokenizedText, _ match: (Int) -> TokenMatch<V>?) -> [TokenMatch<V>] {
        var found: [TokenMatch<V>] = []
        var i = 0
        while i < t.count {
            // A match starts at `i` and takes at least one token, so the scan always moves on.
            if isFree(i), let m = match(i), m.tokens.lowerBound == i, m.tokens.upperBound > i, isFree(m.tokens) {
                found.append(m)
                claim(m.tokens)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }
}

/// A match found on tokens: which tokens, and what they mean.
struct TokenMatch<Value> {
    let tokens: Range<Int>
    let value: Value
}

extension TokenizedText {
    /// Token matches as matches into the scanned string.
    func matches<V>(_ found: [TokenMatch<V>]) -> [Match<V>] {
        found.map { Match(range: range($0.tokens), value: $0.value) }
    }

    /// Tokens `r` joined as they were written, white-space runs as one space and dashes as `-`:
    /// `so với\u{A0}cùng kỳ` → `so với cùng kỳ`.
    func plainText(_ r: Range<Int>) -> String {
        var s = ""
        for i in r {
            if i > r.lowerBound, tokens[i].gapBefore { s += " " }
            s += tokens[i].kind == .symbol ? tokens[i].key : String(tokens[i].text)
        }
        return s
    }
}
