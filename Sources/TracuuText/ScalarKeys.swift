/// The search keys (`contains`, `~`) written a scalar at a time from tables, straight from
/// a text's UTF-8 bytes.
///
/// Both keys treat each scalar on its own (the fold also remembers where a syllable
/// began), so what a scalar becomes can be worked out once, by the careful functions
/// themselves, and looked up after that: the tables are built by running
/// `CanonicalText`'s and `FoldedText`'s per-scalar rules over every scalar below
/// `tableEnd` (Latin, combining marks, Vietnamese letters, punctuation, currency signs).
/// Scalars above it are left to those rules at the time. Building article keys this way
/// is several times faster than walking `unicodeScalars`, and gives the same bytes
/// (a test compares them on every generated article).
public enum ScalarKeys {
    /// Up to four UTF-8 bytes: what one scalar writes into a key.
    struct Piece {
        var count: UInt8 = 0
        var b0: UInt8 = 0, b1: UInt8 = 0, b2: UInt8 = 0, b3: UInt8 = 0

        init() {}

        init?(_ bytes: some Collection<UInt8>) {
            guard (1...4).contains(bytes.count) else { return nil }
            for b in bytes { append(b) }
        }

        mutating func append(_ b: UInt8) {
            switch count {
            case 0: b0 = b
            case 1: b1 = b
            case 2: b2 = b
            default: b3 = b
            }
            count += 1
        }
    }

    /// What a scalar is to a key.
    struct Entry {
        enum Kind: UInt8 {
            /// Writes `piece`.
            case piece
            /// A letter of a syllable, written as the ASCII byte `piece.b0` (the fold).
            case letter
            /// White space: one space between words, none at either end.
            case space
            /// Written as nothing (the fold's tones and letter marks).
            case dropped
            /// Not in the table: the careful rules decide.
            case unlisted
        }
        var kind: Kind
        var piece = Piece()

        static let unlisted = Entry(kind: .unlisted)
    }

    /// Scalars below this are in the tables.
    static let tableEnd: UInt32 = 0x2100

    /// The `contains` key's table: each scalar as `CanonicalText.caselessKey` writes it alone.
    static let caseless: [Entry] = (0..<tableEnd).map { value in
        guard let scalar = Unicode.Scalar(value) else { return .unlisted }
        if TextRepairs.isWhiteSpace(scalar) { return Entry(kind: .space) }
        guard let piece = Piece(CanonicalText.caselessKeyOfOne(scalar).utf8) else { return .unlisted }
        return Entry(kind: .piece, piece: piece)
    }

    /// Calls `body` with each scalar of valid UTF-8 (a `String`'s bytes) and its value.
    @inline(__always)
    static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Bool) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = UInt32(bytes[i])
            let value: UInt32
            if b0 < 0x80 {
                value = b0
                i += 1
            } else if b0 < 0xE0 {
                value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if b0 < 0xF0 {
                value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F)
                i += 4
            }
            if !body(value) { return false }
        }
        return true
    }

    /// Runs `body` over the UTF-8 bytes of a text, contiguous.
    static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}

extension CanonicalText {
    /// Appends the `contains` key of a normalized text to an array of keys (`KeyArena`),
    /// as `caselessKey(ofNormalized:)` gives it: by table into a buffer of twice the text's
    /// size (no scalar in the table writes more than twice its own bytes), or, for a text
    /// with a scalar above the table (rare: arrows, CJK, emoji), by the rules.
    public static func appendCaselessKey(ofNormalized text: String, to keys: inout [UInt8]) {
        let done = ScalarKeys.withBytes(of: text) { input in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * input.count + 1) { buffer in
                var writer = RawKeyWriter(buffer)
                let table = ScalarKeys.caseless
                let written = ScalarKeys.forEachScalar(input) { value in
                    guard value < ScalarKeys.tableEnd else { return false }
                    let entry = table[Int(value)]
                    if entry.kind == .piece {
                        writer.append(entry.piece)
                    } else if entry.kind == .space {
                        writer.appendWhiteSpace()
                    } else {
                        return false    // a scalar the table has no piece for: by the rules
                    }
                    return true
                }
                guard written else { return false }
                keys.append(contentsOf: writer.written)
                return true
            }
        }
        if !done {
            keys += caselessKeyByRules(ofNormalized: text).utf8
        }
    }
}
