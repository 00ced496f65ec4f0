/// Gives each distinct byte string a number, without making a `String` of it.
///
/// The fast CSV path meets the same few texts over and over (750 districts, 63 provinces
/// in a million rows): hashing the field's bytes and comparing them with the bytes seen
/// before is far cheaper than building, normalizing and hashing a Swift `String` per cell.
/// Open addressing, linear probing, FNV-1a; the table doubles at half full.
struct ByteInterner {
    private var arena: [UInt8] = []          // the bytes of every distinct string, one after another
    private var starts: [Int] = [0]          // where string i starts in the arena (and i+1 where it ends)
    private var slots: [Int32]               // a string's number, or -1 for an empty slot
    private var mask: Int

    init() {
        slots = [Int32](repeating: -1, count: 1024)
        mask = 1023
    }

    var count: Int { starts.count - 1 }

    /// The number of these bytes, and whether they were new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int32, isNew: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let code = slots[slot]
            if code < 0 { break }
            if equal(Int(code), bytes) { return (code, false) }
            slot = (slot + 1) & mask
        }
        let code = Int32(count)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        slots[slot] = code
        if count * 2 > slots.count { grow() }
        return (code, true)
    }

    private func equal(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[code], end = starts[code + 1]
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            var i = 0
            while i < bytes.count {
                if stored[start + i] != bytes[i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for code in 0..<count {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for i in starts[code]..<starts[code + 1] { hash = (hash ^ UInt64(arena[i])) &* 0x0000_0100_0000_01B3 }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code)
        }
    }
}
