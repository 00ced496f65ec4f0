/// The UTF-8 bytes of a key being built, with white space collapsed on the way in:
/// a run of white space becomes one space, and none is kept at either end.
///
/// Bytes rather than a `String` because appending to an array is several times faster,
/// and keys are built for every distinct text of a dataset, article bodies included.
/// A writer may go on after the bytes of earlier keys (`continuing:`), so the search keys
/// of many texts are written into one array (`KeyArena`) without a copy each.
struct KeyWriter {
    private(set) var bytes: [UInt8]
    /// Where this key's bytes begin in `bytes`.
    let start: Int
    /// A space is owed before the next scalar (never written at the start or the end).
    private var spaceIsPending = false

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
        start = 0
    }

    /// A writer that adds this key after the bytes already there. It takes the array over
    /// (so adding to it copies nothing) until `finish(into:)` gives it back.
    init(continuing bytes: inout [UInt8]) {
        self.bytes = []
        swap(&self.bytes, &bytes)
        start = self.bytes.count
    }

    /// Gives the bytes back to the array they were taken from.
    mutating func finish(into bytes: inout [UInt8]) {
        swap(&self.bytes, &bytes)
    }

    /// Notes white space; it is written as one space only if more text follows.
    mutating func appendWhiteSpace() {
        if bytes.count > start { spaceIsPending = true }
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

    /// Appends bytes that stand for one scalar's part of the key (`ScalarKeys`).
    mutating func append(_ piece: ScalarKeys.Piece) {
        if spaceIsPending { writeSpace() }
        bytes.append(piece.b0)
        if piece.count > 1 { bytes.append(piece.b1) }
        if piece.count > 2 { bytes.append(piece.b2) }
        if piece.count > 3 { bytes.append(piece.b3) }
    }

    /// Overwrites the last byte written (the fold turns a final `y` into `i`).
    mutating func replaceLast(ascii byte: UInt8) {
        guard bytes.count > start else { return }
        bytes[bytes.count - 1] = byte
    }

    /// Forgets this key's bytes, to write it again another way.
    mutating func restart() {
        bytes.removeSubrange(start...)
        spaceIsPending = false
    }

    var string: String { String(decoding: bytes[start...], as: UTF8.self) }

    private mutating func writeSpace() {
        bytes.append(0x20)
        spaceIsPending = false
    }
}
