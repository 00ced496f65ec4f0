/// Finds where a key and its value are written in the bytes of one JSON object, so an
/// error can point at them. `JSONSerialization` keeps no positions, and errors are rare,
/// so this looks only when one is reported.
enum JSONLocator {
    /// The bytes of `"key"` and of the value after it, or nil when the key is not written
    /// plainly (escaped, say); the caller then points at the object.
    static func find(key: String, in bytes: [UInt8], _ range: Range<Int>) -> (key: Range<Int>, value: Range<Int>)? {
        let quote: UInt8 = 0x22
        let needle = [quote] + Array(key.utf8) + [quote]
        var i = range.lowerBound
        while i + needle.count <= range.upperBound {
            if bytes[i] == quote, bytes[i..<i + needle.count].elementsEqual(needle) {
                let keySpan = i..<i + needle.count
                var j = skipSpace(bytes, keySpan.upperBound, range.upperBound)
                if j < range.upperBound, bytes[j] == UInt8(ascii: ":") {
                    j = skipSpace(bytes, j + 1, range.upperBound)
                    return (keySpan, j..<valueEnd(bytes, j, range.upperBound))
                }
            }
            i += 1
        }
        return nil
    }

    private static func skipSpace(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        return i
    }

    /// The end of a value starting at `start`: after its closing quote for a string,
    /// else before the next `,`, `}`, `]` or space. (A nested value shows its first byte.)
    private static func valueEnd(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        guard start < end else { return start }
        var i = start + 1
        if bytes[start] == 0x22 {
            while i < end, bytes[i] != 0x22 {
                i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
            }
            return min(i + 1, end)
        }
        if bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[") { return i }
        while i < end, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) {
            i += 1
        }
        return i
    }
}
