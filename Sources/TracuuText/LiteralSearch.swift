/// Where a text occurs in a text, found by its UTF-8 bytes: the same match as Foundation's
/// `range(of:options: .literal)` (code unit for code unit, a match may end before a combining
/// mark), without bridging the string to an `NSString` on every call, which cost more than the
/// search itself where a phrase is tried against a dozen words.
public enum LiteralSearch {
    /// The first match of `needle` starting at or after `start`; nil for an empty needle.
    public static func firstRange(of needle: String, in haystack: String, from start: String.Index? = nil) -> Range<String.Index>? {
        let from = start.map { haystack.utf8.distance(from: haystack.startIndex, to: $0) } ?? 0
        return search(needle, in: haystack) { h, n in next(h, n, from: from) }
    }

    /// The match of `needle` that starts last; nil for an empty needle.
    public static func lastRange(of needle: String, in haystack: String) -> Range<String.Index>? {
        search(needle, in: haystack) { h, n in
            var last: Int?
            var from = 0
            while let at = next(h, n, from: from) {
                last = at
                from = at + 1
            }
            return last
        }
    }

    private static func search(_ needle: String, in haystack: String,
                               _ find: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Int?) -> Range<String.Index>? {
        if needle.isEmpty { return nil }
        var haystack = haystack, needle = needle
        haystack.makeContiguousUTF8()
        needle.makeContiguousUTF8()
        let count = needle.utf8.count
        let found = haystack.utf8.withContiguousStorageIfAvailable { h in
            needle.utf8.withContiguousStorageIfAvailable { n in find(h, n) } ?? nil
        } ?? nil
        guard let at = found else { return nil }
        let lower = haystack.utf8.index(haystack.startIndex, offsetBy: at)
        return lower..<haystack.utf8.index(lower, offsetBy: count)
    }

    /// The byte offset of the first match at or after `start`: SubstringSearch's byte search,
    /// without its whole-letter rule.
    private static func next(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        SubstringSearch.firstMatch(h, n, from: start, wholeLetters: false)
    }
}
