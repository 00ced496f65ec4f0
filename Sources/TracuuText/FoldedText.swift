import Foundation

/// The key for `~`: what a keyboard without a Vietnamese input method types.
///
/// `Triệu Phong` → `trieu phong`, `ĐẠI HỘI` → `dai hoi`, `Quý` → `qui` (VIETNAMESE.md §1.3).
/// The key is lossy on purpose: `Thanh Trì` and `Thạnh Trị` share `thanh tri`.
public enum FoldedText {
    /// Lower case, tones and letter marks dropped, `đ/Đ/Ð/ð` → `d`, a lone `y` after a
    /// consonant as `i` (`tỷ` → `ti`, `Quy Nhơn` → `qui nhon`), white-space runs as one
    /// space, trimmed, dashes as `-`. NFC, NFD and "Unicode tổ hợp" input give the same key.
    public static func fold(_ s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        appendFold(s, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the `~` key of a text to an array of keys (`KeyArena`). Scalars are
    /// classified by table (`ScalarKeys`) and written into a buffer of the text's size (a
    /// fold is never longer than its text); a letter outside Vietnamese sends the text
    /// down the decomposing path instead.
    public static func appendFold(_ s: String, to keys: inout [UInt8]) {
        let done = ScalarKeys.withBytes(of: s) { input in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: input.count + 1) { buffer in
                var writer = FoldWriter(RawKeyWriter(buffer))
                let table = FoldedText.table
                let folded = ScalarKeys.forEachScalar(input) { value in
                    writer.append(value < ScalarKeys.tableEnd ? table[Int(value)] : FoldRules.classify(value))
                }
                guard folded else { return false }
                keys.append(contentsOf: writer.finishWritten())
                return true
            }
        }
        if !done {
            var writer = FoldWriter(KeyWriter(continuing: &keys))
            appendDecomposed(s, to: &writer)
            writer.finish(into: &keys)
        }
    }

    /// What each scalar below `ScalarKeys.tableEnd` is to the fold (`FoldRules.classify`).
    static let table: [ScalarKeys.Entry] = (0..<ScalarKeys.tableEnd).map(FoldRules.classify)

    /// The slow path, for text with letters outside Vietnamese (`ü`, `ñ`, Greek …): such a
    /// letter may arrive precomposed or decomposed, and decomposing the whole text first
    /// gives both forms one key.
    private static func appendDecomposed<Output>(_ s: String, to writer: inout FoldWriter<Output>) {
        let decomposed = s.decomposedStringWithCanonicalMapping
        for scalar in decomposed.unicodeScalars where !writer.append(FoldRules.classify(scalar.value)) {
            writer.appendLowercased(scalar)
        }
    }

    /// The fold by the rules, a scalar at a time without the table: what the table is
    /// checked against.
    static func foldByRules(_ s: String) -> String {
        var writer = FoldWriter(KeyWriter(capacity: s.utf8.count))
        for scalar in s.unicodeScalars where !writer.append(FoldRules.classify(scalar.value)) {
            var again = FoldWriter(KeyWriter(capacity: s.utf8.count))
            appendDecomposed(s, to: &again)
            return again.finish()
        }
        return writer.finish()
    }
}

/// The `~` key being built: the folded bytes, and where the current syllable began so that
/// its final `y` can become `i`.
private struct FoldWriter<Output: KeyOutput> {
    private var key: Output
    /// Where the letters of the current syllable begin in `key`; nil between syllables.
    private var syllableStart: Int?
    /// False once the syllable holds a letter the fold keeps as it is (`ø`, Greek …).
    private var syllableIsASCII = true

    init(_ output: Output) {
        key = output
    }

    /// Writes one classified scalar; false for an unlisted one, which it leaves out.
    @inline(__always)
    mutating func append(_ entry: ScalarKeys.Entry) -> Bool {
        // Letters first: most scalars are (a chain of tests predicts better than a jump table).
        if entry.kind == .letter {
            appendLetter(ascii: entry.piece.b0)
        } else if entry.kind == .space {
            endSyllable()
            key.appendWhiteSpace()
        } else if entry.kind == .piece {
            endSyllable()
            key.append(entry.piece)
        } else if entry.kind == .unlisted {
            return false
        }
        return true
    }

    /// Appends a scalar that `append` left over (unlisted), in lower case.
    mutating func appendLowercased(_ scalar: Unicode.Scalar) {
        let properties = scalar.properties
        guard properties.isAlphabetic else {
            endSyllable()
            key.append(scalar)
            return
        }
        let lower = properties.changesWhenLowercased ? properties.lowercaseMapping : String(scalar)
        for s in lower.unicodeScalars {
            key.append(s)
        }
        // The syllable is no longer checked for a final `y`, so its start no longer matters.
        if syllableStart == nil { syllableStart = key.count }
        syllableIsASCII = false
    }

    /// Ends the key and gives the array of keys back (see `KeyWriter.init(continuing:)`).
    mutating func finish(into keys: inout [UInt8]) where Output == KeyWriter {
        endSyllable()
        key.finish(into: &keys)
    }

    mutating func finish() -> String where Output == KeyWriter {
        endSyllable()
        return key.string
    }

    /// Ends the key and gives the bytes written into the buffer.
    mutating func finishWritten() -> UnsafeBufferPointer<UInt8> where Output == RawKeyWriter {
        endSyllable()
        return key.written
    }

    private mutating func appendLetter(ascii byte: UInt8) {
        key.append(ascii: byte)
        if syllableStart == nil { syllableStart = key.count - 1 }
    }

    /// Ends the current syllable, turning an initial consonant plus lone `y` into `…i`:
    /// `ky` → `ki`, `quy` → `qui`, but not `thuy`, `nay` or `y` alone.
    private mutating func endSyllable() {
        defer {
            syllableStart = nil
            syllableIsASCII = true
        }
        guard let start = syllableStart, syllableIsASCII, key.count > start,
              key[key.count - 1] == UInt8(ascii: "y") else { return }
        let initial = String(decoding: (start..<(key.count - 1)).map { key[$0] }, as: UTF8.self)
        if FoldRules.initials.contains(initial) {
            key.replaceLast(ascii: UInt8(ascii: "i"))
        }
    }
}

/// What the fold does with each scalar, apart from the writer that follows it.
enum FoldRules {
    /// The initial consonants after which a lone `y` is written `i` as well (`kỳ`/`kì`).
    static let initials: Set<String> = [
        "b", "c", "ch", "d", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
        "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]

    /// What a scalar is to the fold: a letter (as its ASCII base), a mark to drop, white
    /// space, a piece to copy, or unlisted — a letter outside Vietnamese that could have
    /// been written decomposed, which the caller must handle.
    static func classify(_ value: UInt32) -> ScalarKeys.Entry {
        guard let scalar = Unicode.Scalar(value) else { return .unlisted }
        if scalar.isASCII {
            let byte = UInt8(truncatingIfNeeded: value)
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): return letter(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return letter(byte + 0x20)
            case 0x20, 0x09...0x0D: return ScalarKeys.Entry(kind: .space)
            default: return piece(scalar)
            }
        }
        if let vietnamese = VietnameseLetter(TextRepairs.realLetter(for: scalar) ?? scalar) {
            return letter(VietnameseLetter.asciiBases[Int(vietnamese.base)])
        }
        // Tones and letter marks of decomposed text: dropped, and the syllable goes on.
        if TextRepairs.isCombiningMark(scalar) { return ScalarKeys.Entry(kind: .dropped) }
        if TextRepairs.isWhiteSpace(scalar) { return ScalarKeys.Entry(kind: .space) }
        if let plain = TextRepairs.plainPunctuation(for: scalar) { return piece(plain) }
        if hasNoDecomposition(scalar) { return piece(scalar) }
        return .unlisted
    }

    private static func letter(_ ascii: UInt8) -> ScalarKeys.Entry {
        var entry = ScalarKeys.Entry(kind: .letter)
        entry.piece.append(ascii)
        return entry
    }

    private static func piece(_ scalar: Unicode.Scalar) -> ScalarKeys.Entry {
        guard let piece = ScalarKeys.Piece(Array(String(scalar).utf8)) else { return .unlisted }
        return ScalarKeys.Entry(kind: .piece, piece: piece)
    }

    /// Non-letters that NFD leaves as they are, so the fast path may copy them: Latin-1
    /// signs (`°`, `²`, `×`), general punctuation (`…`, `•`) and currency signs (`₫`).
    static func hasNoDecomposition(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0...0x00BF, 0x00D7, 0x00F7, 0x2002...0x206F, 0x20A0...0x20CF:
            return true
        default:
            return false
        }
    }
}
