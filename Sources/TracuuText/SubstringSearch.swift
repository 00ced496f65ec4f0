#if canImport(Glibc)
import Glibc
#endif

/// Finds text inside text at memory speed: a byte search (`memchr` for the needle's first
/// byte, `memcmp` for the rest) over the UTF-8 of two keys made the same way (both folded,
/// or both lower-cased NFC).
///
/// Swift's `String.contains` compares grapheme by grapheme, which is right but slow over
/// article bodies. On keys that are already normalized the bytes tell the same story, but
/// for one case: a match that ends where a combining mark follows (`e` found in `e` + U+0323
/// left uncomposed) is not a match of whole letters. That is checked after each byte match.
public enum SubstringSearch {
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var haystack = haystack, needle = needle
        haystack.makeContiguousUTF8()
        needle.makeContiguousUTF8()
        return haystack.utf8.withContiguousStorageIfAvailable { h in
            needle.utf8.withContiguousStorageIfAvailable { n in
                search(h, n)
            } ?? false
        } ?? haystack.contains(needle)
    }

    static func search(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        firstMatch(h, n, from: 0) != nil
    }

    /// Where the first match of a non-empty needle at or after `start` begins, or nil. A match
    /// followed by a combining mark splits a letter and is passed over, unless `wholeLetters`
    /// is false (`LiteralSearch`: code unit for code unit, as Foundation's `.literal`).
    static func firstMatch(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from start: Int,
                           wholeLetters: Bool = true) -> Int? {
        guard let hBase = h.baseAddress, let nBase = n.baseAddress, start >= 0, n.count <= h.count else { return nil }
        // Look for the needle's rarest byte, so memchr stops seldom: in Vietnamese text
        // `n`, `h`, `t` and spaces are everywhere; `m`, `k` or a tone's last byte are not.
        let pivot = rarestByte(n)
        let pivotByte = Int32(n[pivot])
        var offset = start + pivot             // where the pivot of the next candidate may be
        let lastPivot = h.count - n.count + pivot
        while offset <= lastPivot {
            guard let found = memchr(hBase + offset, pivotByte, lastPivot - offset + 1) else { return nil }
            let at = (UnsafeRawPointer(found) - UnsafeRawPointer(hBase)) - pivot
            if memcmp(hBase + at, nBase, n.count) == 0, !wholeLetters || !followedByMark(h, at: at + n.count) { return at }
            offset = at + pivot + 1
        }
        return nil
    }

    /// How common each ASCII byte is in folded Vietnamese text, most common first.
    static let commonBytes = Array(" nhtaicgoudmlvrsbyep,.kxqf".utf8)

    /// The index of the needle byte least likely to occur: a byte not in the common list
    /// (a digit, a tone's last UTF-8 byte) beats any listed one.
    static func rarestByte(_ n: UnsafeBufferPointer<UInt8>) -> Int {
        var best = 0
        var bestRank = -1
        for (i, b) in n.enumerated() {
            // Lead bytes of Vietnamese letters (0xC3, 0xC4, 0xC6, 0xE1) are common too.
            let rank: Int
            if let r = commonBytes.firstIndex(of: b) { rank = r }
            else if b == 0xC3 || b == 0xC4 || b == 0xC6 || b == 0xE1 || b == 0xBB || b == 0xBA { rank = 5 }
            else { rank = 100 }
            if rank > bestRank { best = i; bestRank = rank }
        }
        return best
    }

    /// Whether the scalar at a byte offset is a combining mark (the match would split a letter).
    static func followedByMark(_ h: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset < h.count else { return false }
        let b0 = h[offset]
        guard b0 >= 0xC0 else { return false }       // ASCII or a continuation byte: no mark starts here
        var value: UInt32
        if b0 < 0xE0, offset + 1 < h.count {
            value = (UInt32(b0 & 0x1F) << 6) | UInt32(h[offset + 1] & 0x3F)
        } else if b0 < 0xF0, offset + 2 < h.count {
            value = (UInt32(b0 & 0x0F) << 12) | (UInt32(h[offset + 1] & 0x3F) << 6) | UInt32(h[offset + 2] & 0x3F)
        } else {
            return false
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.canonicalCombiningClass.rawValue > 0
    }
}
