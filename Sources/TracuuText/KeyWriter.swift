/// The UTF-8 bytes of a key being built, with white space collapsed on the way in:
/// a run of white space becomes one space, and none is kept at either end.
///
/// Bytes rather than a `String` because appending to an array is several times faster,
/// and keys are built for every distinct text of a dataset, article bodies included.
/// A writer may go on after the bytes of earlier keys (`continuing:`), so the search keys
/// of many texts are written into one array (`KeyArena`) without a copy each.
struct KeyWriter: KeyOutput {
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

    var string: String { String(decoding: bytes[start...], as: UTF8.self) }

    var count: Int { bytes.count }
    subscript(_ i: Int) -> UInt8 { bytes[i] }

    private mutating func writeSpace() {
        bytes.append(0x20)
        spaceIsPending = false
    }
}

/// Where a key's bytes go: a growing array (`KeyWriter`), or a buffer of known size
/// (`RawKeyWriter`) for the table paths, which write every byte of every article.
protocol KeyOutput {
    /// The bytes written so far; `self[i]` is one of them.
    var count: Int { get }
    subscript(_ i: Int) -> UInt8 { get }
    mutating func appendWhiteSpace()
    mutating func append(ascii byte: UInt8)
    mutating func append(_ scalar: Unicode.Scalar)
    mutating func append(_ piece: ScalarKeys.Piece)
    mutating func replaceLast(ascii byte: UInt8)
}

/// A key written into a buffer its caller made large enough, with white space collapsed
/// as `KeyWriter` does: no checks of room or of sharing per byte, which on article bodies
/// is most of the time a key takes. The table paths bound a key at twice the text's
/// bytes (no scalar in the tables writes more than twice its own length).
struct RawKeyWriter: KeyOutput {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0
    private var spaceIsPending = false

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// The bytes written.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[..<count]) }

    subscript(_ i: Int) -> UInt8 { buffer[i] }

    mutating func appendWhiteSpace() {
        if count > 0 { spaceIsPending = true }
    }

    @inline(__always)
    mutating func append(ascii byte: UInt8) {
        if spaceIsPending { writeSpace() }
        buffer[count] = byte
        count += 1
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        if spaceIsPending { writeSpace() }
        UTF8.encode(scalar) { buffer[count] = $0; count += 1 }
    }

    @inline(__always)
    mutating func append(_ piece: ScalarKeys.Piece) {
        if spaceIsPending { writeSpace() }
        buffer[count] = piece.b0
        if piece.count > 1 { buffer[count + 1] = piece.b1 }
        if piece.count > 2 { buffer[count + 2] = piece.b2 }
        if piece.count > 3 { buffer[count + 3] = piece.b3 }
        count += Int(piece.count)
    }

    mutating func replaceLast(ascii byte: UInt8) {
        guard count > 0 else { return }
        buffer[count - 1] = byte
    }

    private mutating func writeSpace() {
        buffer[count] = 0x20
        count += 1
        spaceIsPending = false
    }
}
