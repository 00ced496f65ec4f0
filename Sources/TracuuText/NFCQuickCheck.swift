/// A cheap test that text is already in NFC, so that the costly Foundation call can be skipped.
///
/// Text made only of the scalars below is NFC: none of them has a canonical decomposition
/// that NFC would undo, and none is a combining mark that could compose with its neighbour.
/// Anything else (NFD text, combining marks, other scripts) answers "not certain".
enum NFCQuickCheck {
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
