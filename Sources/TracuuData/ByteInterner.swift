#if canImport(Glibc)
import Glibc
#endif

/// Gives each distinct byte string a number, without making a `String` of it.
///
/// The fast CSV path meets the same few texts over and over (750 districts, 63 provinces
/// in a million rows): hashing the field's bytes and comparing them with the bytes seen
/// before is far cheaper than building, normalizing and hashing a Swift `String` per cell.
/// Open addressing with linear probing; the hash reads eight bytes at a time; the table
/// doubles at half full.
struct ByteInterner {
    private var arena: [UInt8] = []          // the bytes of every distinct string, one after another
    private var starts: [Int] = [0]          // where string i starts in the arena (and i+1 where it ends)
    private var hashes: [UInt64] = []        // the hash of string i, to grow without hashing again
    private var slots: [Int32]               // a string's number, or -1 for an empty slot
    private var mask: Int

    init() {
        slots = [Int32](repeating: -1, count: 1024)
        mask = 1023
    }

    var count: Int { starts.count - 1 }

    /// The number of these bytes, and whether they were new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int32, isNew: Bool) {
        let hash = ByteInterner.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while true {
            let code = slots[slot]
            if code < 0 { break }
            if hashes[Int(code)] == hash, equal(Int(code), bytes) { return (code, false) }
            slot = (slot + 1) & mask
        }
        let code = Int32(count)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = code
        if count * 2 > slots.count { grow() }
        return (code, true)
    }

    /// The bytes of the string numbered `code`.
    func withBytes<R>(of code: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = starts[Int(code)], end = starts[Int(code) + 1]
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// A multiply-mix hash over eight bytes at a time (in the spirit of FxHash and wyhash).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= raw.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x2127_599B_F432_5C37
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < raw.count {
            tail |= UInt64(raw[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x2127_599B_F432_5C37
        return h ^ (h >> 32)
    }

    private func equal(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[code], end = starts[code + 1]
        guard end - start == bytes.count else { return false }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        return arena.withUnsafeBufferPointer { stored in
            guard let storedBase = stored.baseAddress else { return false }
            return memcmp(storedBase + start, base, bytes.count) == 0
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for code in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[code] >> 7) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code)
        }
    }
}
