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
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(s) }
        var writer = FoldWriter(capacity: s.utf8.count)
        for scalar in s.unicodeScalars where !writer.appendFolded(scalar) {
            return foldDecomposed(s)
        }
        return writer.finish()
    }

    /// The fast path for text a user typed on a plain keyboard.
    private static func foldASCII(_ s: String) -> String {
        var writer = FoldWriter(capacity: s.utf8.count)
        for byte in s.utf8 {
            writer.appendASCII(byte)
        }
        return writer.finish()
    }

    /// The slow path, for text with letters outside Vietnamese (`ü`, `ñ`, Greek …): such a
    /// letter may arrive precomposed or decomposed, and decomposing the whole text first
    /// gives both forms one key.
    private static func foldDecomposed(_ s: String) -> String {
        let decomposed = s.decomposedStringWithCanonicalMapping
        var writer = FoldWriter(capacity: decomposed.utf8.count)
        for scalar in decomposed.unicodeScalars where !writer.appendFolded(scalar) {
            writer.appendLowercased(scalar)
        }
        return writer.finish()
    }
}

/// The `~` key being built: the folded bytes, and where the current syllable began so that
/// its final `y` can become `i`.
private struct FoldWriter {
    private var key: KeyWriter
    /// Where the letters of the current syllable begin in `key.bytes`; nil between syllables.
    private var syllableStart: Int?
    /// False once the syllable holds a letter the fold keeps as it is (`ø`, Greek …).
    private var syllableIsASCII = true

    /// The initial consonants after which a lone `y` is written `i` as well (`kỳ`/`kì`).
    private static let initials: Set<String> = [
        "b", "c", "ch", "d", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
        "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]

    init(capacity: Int) {
        key = KeyWriter(capacity: capacity)
    }

    mutating func appendASCII(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            appendLetter(ascii: byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            appendLetter(ascii: byte + 0x20)
        case 0x20, 0x09...0x0D:
            endSyllable()
            key.appendWhiteSpace()
        default:
            endSyllable()
            key.append(ascii: byte)
        }
    }

    /// Folds one scalar; false when the scalar is a letter outside Vietnamese that could
    /// have been written decomposed, which the caller must handle.
    mutating func appendFolded(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            appendASCII(UInt8(truncatingIfNeeded: scalar.value))
            return true
        }
        if let letter = VietnameseLetter(TextRepairs.realLetter(for: scalar) ?? scalar) {
            appendLetter(ascii: VietnameseLetter.asciiBases[Int(letter.base)])
            return true
        }
        // Tones and letter marks of decomposed text: dropped, and the syllable goes on.
        if TextRepairs.isCombiningMark(scalar) { return true }
        if TextRepairs.isWhiteSpace(scalar) {
            endSyllable()
            key.appendWhiteSpace()
            return true
        }
        if let plain = TextRepairs.plainPunctuation(for: scalar) {
            endSyllable()
            key.append(plain)
            return true
        }
        if Self.hasNoDecomposition(scalar) {
            endSyllable()
            key.append(scalar)
            return true
        }
        return false
    }

    /// Appends a scalar that `appendFolded` left over, in lower case.
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
        if syllableStart == nil { syllableStart = key.bytes.count }
        syllableIsASCII = false
    }

    mutating func finish() -> String {
        endSyllable()
        return key.string
    }

    private mutating func appendLetter(ascii byte: UInt8) {
        key.append(ascii: byte)
        if syllableStart == nil { syllableStart = key.bytes.count - 1 }
    }

    /// Ends the current syllable, turning an initial consonant plus lone `y` into `…i`:
    /// `ky` → `ki`, `quy` → `qui`, but not `thuy`, `nay` or `y` alone.
    private mutating func endSyllable() {
        defer {
            syllableStart = nil
            syllableIsASCII = true
        }
        guard let start = syllableStart, syllableIsASCII,
              key.bytes.last == UInt8(ascii: "y") else { return }
        let initial = String(decoding: key.bytes[start..<(key.bytes.count - 1)], as: UTF8.self)
        if Self.initials.contains(initial) {
            key.replaceLast(ascii: UInt8(ascii: "i"))
        }
    }

    /// Non-letters that NFD leaves as they are, so the fast path may copy them: Latin-1
    /// signs (`°`, `²`, `×`), general punctuation (`…`, `•`) and currency signs (`₫`).
    private static func hasNoDecomposition(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0...0x00BF, 0x00D7, 0x00F7, 0x2002...0x206F, 0x20A0...0x20CF:
            return true
        default:
            return false
        }
    }
}
