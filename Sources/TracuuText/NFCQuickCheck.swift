/// A cheap test that text is already in NFC, so that the costly Foundation call can be skipped.
///
/// Text made only of the scalars below is NFC: none of them has a canonical decomposition
/// that NFC would undo, and none is a combining mark that could compose with its neighbour.
/// Anything else (NFD text, combining marks, other scripts) answers "not certain".
enum NFCQuickCheck {
    /// The same test made on the UTF-8 bytes, one pass, for long texts (article bodies);
    /// it also says whether a look-alike of Đ/đ (Ð ð Ɖ ɖ) occurs. Nil when the text is not
    /// stored as contiguous UTF-8.
    static func scanUTF8(_ text: String) -> (certainlyNFC: Bool, lookalike: Bool)? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> (Bool, Bool) in
            var lookalike = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                guard i + 1 < n else { return (false, lookalike) }
                let c = bytes[i + 1]
                switch b {
                case 0xC2...0xC5:                                       // U+0080–U+017F
                    if b == 0xC3, c == 0x90 || c == 0xB0 { lookalike = true }
                    i += 2
                case 0xC6:
                    if c == 0x89 { return (false, true) }                 // Ɖ: outside the NFC-certain set
                    guard c == 0xA0 || c == 0xA1 || c == 0xAF || c == 0xB0 else { return (false, lookalike) }
                    i += 2
                case 0xC9 where c == 0x96:
                    return (false, true)                                    // ɖ: likewise
                case 0xE1, 0xE2:
                    guard i + 2 < n else { return (false, lookalike) }
                    let d = bytes[i + 2]
                    let ok: Bool
                    if b == 0xE1 {
                        ok = (c == 0xBA && d >= 0xA0) || (c == 0xBB && d <= 0xB9)        // U+1EA0–U+1EF9
                    } else {
                        ok = (c == 0x80 && d >= 0x82) || (c == 0x81 && d <= 0xAF)        // U+2002–U+206F
                            || (c == 0x82 && d >= 0xA0) || (c == 0x83 && d <= 0x8F)      // U+20A0–U+20CF
                    }
                    guard ok else { return (false, lookalike) }
                    i += 3
                default:
                    return (false, lookalike)
                }
            }
            return (true, lookalike)
        }.map { (certainlyNFC: $0.0, lookalike: $0.1) }
    }

    static func isCertainlyNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x0000...0x017F,      // ASCII, Latin-1 Supplement, Latin Extended-A (ă â đ ĩ ũ …)
                 0x01A0, 0x01A1,       // Ơ ơ
                 0x01AF, 0x01B0,       // Ư ư
                 0x1EA0...0x1EF9,      // the toned Vietnamese letters of Latin Extended Additional
                 0x2002...0x206F,      // spaces, dashes, quotes, … (U+2000 and U+2001 decompose)
                 0x20A0...0x20CF:      // currency signs, ₫
                return true
            default:
                return false
            }
        }
    }
}
