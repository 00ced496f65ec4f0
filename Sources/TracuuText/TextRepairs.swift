/// The small repairs that every comparison key makes to real-world text (VIETNAMESE.md §1.3):
/// look-alikes of `Đ/đ`, typographic dashes and quotes, and white space of every kind.
enum TextRepairs {
    /// The real letter for a look-alike of `Đ`/`đ`, or nil when the scalar is not one.
    /// `Ð`/`ð` (Icelandic eth) arrive from text decoded as cp1252 instead of cp1258;
    /// `Ɖ`/`ɖ` (African D) look the same on screen.
    static func realLetter(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00D0, 0x0189: return "\u{0110}"
        case 0x00F0, 0x0256: return "\u{0111}"
        default: return nil
        }
    }

    /// The ASCII form of a typographic dash or quote, or nil for any other scalar:
    /// `‐ ‑ ‒ – — ―` and minus `−` → `-`; `‘ ’` and `ʼ` → `'`; `“ ”` → `"`.
    static func plainPunctuation(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x2018, 0x2019, 0x02BC: return "'"
        case 0x201C, 0x201D: return "\""
        default: return nil
        }
    }

    /// Whether a scalar is white space: ASCII space, tab and line breaks, and the Unicode
    /// spaces (no-break U+00A0, thin U+2009, ideographic U+3000 …).
    @inline(__always)
    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return v == 0x20 || (0x09...0x0D).contains(v)
        }
        // The Unicode White_Space set, spelled out: the property lookup costs a table
        // search per scalar, and every Vietnamese letter would pay it.
        switch scalar.value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Whether a scalar is a combining diacritical mark (U+0300–U+036F): the tones and the
    /// breve, circumflex and horn in decomposed (NFD) or "Unicode tổ hợp" text.
    @inline(__always)
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x0300...0x036F).contains(scalar.value)
    }
}
