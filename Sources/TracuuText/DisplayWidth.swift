/// How many terminal columns a text takes: one per grapheme cluster (so `ệ` is one column
/// whether it is written as one scalar or three), two for East Asian wide characters,
/// none for a cluster that is only a control or zero-width character.
public enum DisplayWidth {
    public static func columns<S: StringProtocol>(of text: S) -> Int {
        var total = 0
        for ch in text {
            total += columns(of: ch)
        }
        return total
    }

    public static func columns(of ch: Character) -> Int {
        guard let first = ch.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    /// The East Asian Wide and Fullwidth blocks that matter in practice (CJK, Hangul,
    /// fullwidth forms, emoji).
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
