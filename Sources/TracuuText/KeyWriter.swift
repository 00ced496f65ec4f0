/// The UTF-8 bytes of a key being built, with white space collapsed on the way in:
/// a run of white space becomes one space, and none is kept at either end.
///
/// Bytes rather than a `String` because appending to an array is several times faster,
/// and keys are built for every distinct text of a dataset, article bodies included.
struct KeyWriter {
    private(set) var bytes: [UInt8] = []
    /// A space is owed before the next scalar (never written at the start or the end).
    private var spaceIsPending = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Notes white space; it is written as one space only if more text follows.
    mutating func appendWhiteSpace() {
        if !bytes.isEmpty { spaceIsPending = true }
    }

    mutating func append(ascii byte: UInt8) {
        if spaceIsPending { writeSpace() }
        bytes.append(byte)
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        if spaceIsPending { writeSpace() }
        if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// Overwrites the last byte written (the fold turns a final `y` into `i`).
    mutating func replaceLast(ascii byte: UInt8) {
        guard !bytes.isEmpty else { return }
        bytes[bytes.count - 1] = byte
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func writeSpace() {
        bytes.append(0x20)
        spaceIsPending = false
    }
}
