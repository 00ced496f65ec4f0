#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Texts and words that compare and hash by their UTF-8 bytes, for the memo tables:
/// Swift's `String ==` holds NFC and NFD spellings equal, and hashes Vietnamese text by its
/// NFC form, which costs more than the look-up it serves.

/// A word as written, compared and hashed byte for byte: hashing a `Substring` of Vietnamese
/// hashes its NFC form, which costs more than the look-up saves.
struct ExactWord: Hashable {
    let word: Substring

    init(_ word: Substring) { self.word = word }

    static func == (a: ExactWord, b: ExactWord) -> Bool { sameBytes(a.word.utf8, b.word.utf8) }

    func hash(into hasher: inout Hasher) {
        // The same bytes must hash the same however they are stored: copied when not contiguous.
        if word.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            Array(word.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}

/// A text compared byte for byte. Swift's `String ==` holds NFC and NFD spellings equal, but
/// tokens point into the text by byte offsets, so a memo may only hand them to the same bytes.
///
/// The hash of the bytes is worked out when the key is made (or handed over, by a memo that
/// has hashed the same string before), so that a table hashes a long text once, not at every
/// look-up, insertion and growth.
struct ExactText: Hashable {
    let text: String
    let bytesHash: Int

    init(_ text: String) {
        self.text = text
        var hasher = Hasher()
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        bytesHash = hasher.finalize()
    }

    /// A key whose bytes hash to `bytesHash` (worked out by `init(_:)` for the same bytes).
    init(_ text: String, bytesHash: Int) {
        self.text = text
        self.bytesHash = bytesHash
    }

    static func == (a: ExactText, b: ExactText) -> Bool { a.bytesHash == b.bytesHash && sameBytes(a.text.utf8, b.text.utf8) }

    func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }
}

/// Whether two UTF-8 views hold the same bytes: lengths first, then one `memcmp` where both
/// lend their storage (the generic `elementsEqual` walks them a byte at a time through the view).
func sameBytes<A: Collection<UInt8>, B: Collection<UInt8>>(_ a: A, _ b: B) -> Bool {
    guard a.count == b.count else { return false }
    let compared = a.withContiguousStorageIfAvailable { x in
        b.withContiguousStorageIfAvailable { y in
            // No storage: both are empty, their counts being equal.
            guard let p = x.baseAddress, let q = y.baseAddress else { return true }
            return memcmp(p, q, x.count) == 0
        }
    }
    return (compared ?? nil) ?? a.elementsEqual(b)
}
