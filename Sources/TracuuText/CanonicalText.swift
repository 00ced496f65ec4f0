import Foundation

/// The canonical form of Vietnamese text, and the keys that `=` and `contains` compare.
///
/// Three texts are kept for every value (VIETNAMESE.md §1.3): the display text
/// (`normalize`), the `=` key (`equalityKey`) and the `contains` key (`caselessKey`);
/// the `~` key is `FoldedText.fold`.
public enum CanonicalText {
    /// What every text is turned into at load and in every query literal: NFC, with the
    /// look-alikes of Đ/đ (U+00D0 Ð, U+00F0 ð, U+0189 Ɖ, U+0256 ɖ) replaced by the real letters.
    /// White space and punctuation are kept: this is the text that is displayed.
    public static func normalize(_ s: String) -> String {
        // One pass over the bytes settles the common case: NFC already, no look-alike.
        if let scan = NFCQuickCheck.scanUTF8(s), scan.certainlyNFC, !scan.lookalike { return s }
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        var text = s
        if text.unicodeScalars.contains(where: { TextRepairs.realLetter(for: $0) != nil }) {
            var repaired = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                repaired.append(TextRepairs.realLetter(for: scalar) ?? scalar)
            }
            text = String(repaired)
        }
        // Foundation's NFC costs microseconds a call; most Vietnamese text is NFC already.
        if NFCQuickCheck.isCertainlyNFC(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// The key for `=`: the normalized text with every white-space run as one space,
    /// trimmed, dashes as `-`, curly quotes as `'` and `"`, and each syllable's tone mark
    /// moved to its last vowel letter so that `hòa` and `hoà` meet (but not `hòa` and `hóa`).
    /// Case is kept: `=` is case-sensitive. `equalityKey(equalityKey(s)) == equalityKey(s)`.
    public static func equalityKey(_ s: String) -> String {
        key(normalize(s), lowercased: false, movingTones: true)
    }

    /// The key for `contains`: like the equality key, but in lower case (`Đ` → `đ`) and
    /// with tone marks left where they were written. A substring may cut a syllable in
    /// two (`"triệ"` in `Triệu`), and moving a tone to the syllable's last vowel would
    /// make such a cut miss; so `contains` ignores case and NFC/NFD but not tone placement.
    public static func caselessKey(_ s: String) -> String {
        caselessKey(ofNormalized: normalize(s))
    }

    /// `equalityKey` of a text that `normalize` has already made canonical (a loaded value),
    /// without normalizing it again.
    public static func equalityKey(ofNormalized s: String) -> String {
        key(s, lowercased: false, movingTones: true)
    }

    /// `caselessKey` of a text that `normalize` has already made canonical, written by
    /// table (`ScalarKeys`): the same bytes `caselessKeyByRules` gives, several times faster.
    public static func caselessKey(ofNormalized s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        appendCaselessKey(ofNormalized: s, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `caselessKey` of a normalized text by the rules, a scalar at a time: what the
    /// table is built from and checked against.
    static func caselessKeyByRules(ofNormalized s: String) -> String {
        key(s, lowercased: true, movingTones: false)
    }

    /// What one scalar (not white space) becomes in a `contains` key.
    static func caselessKeyOfOne(_ scalar: Unicode.Scalar) -> String {
        key(String(scalar), lowercased: true, movingTones: false)
    }

    /// Builds the `=` key of normalized text, lower-cased on request, in one pass.
    private static func key(_ text: String, lowercased: Bool, movingTones: Bool) -> String {
        var writer = KeyWriter(capacity: text.utf8.count)
        var vowels = VowelCluster()
        for scalar in text.unicodeScalars {
            if var letter = VietnameseLetter(scalar) {
                if lowercased { letter.isUppercase = false }
                if letter.isVowel && movingTones {
                    vowels.append(letter)
                    continue
                }
                vowels.flush(into: &writer)
                writer.append(letter.scalar)
                continue
            }
            if TextRepairs.isCombiningMark(scalar) {
                // A mark NFC could not absorb (a second tone, a mark on a consonant): this is
                // not a plain Vietnamese syllable, so its vowels stay as they are written.
                vowels.flushUnchanged(into: &writer)
                writer.append(scalar)
                continue
            }
            vowels.flush(into: &writer)
            if TextRepairs.isWhiteSpace(scalar) {
                writer.appendWhiteSpace()
            } else if let plain = TextRepairs.plainPunctuation(for: scalar) {
                writer.append(plain)
            } else if lowercased {
                appendLowercased(scalar, to: &writer)
            } else {
                writer.append(scalar)
            }
        }
        vowels.flush(into: &writer)
        return writer.string
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to writer: inout KeyWriter) {
        if scalar.isASCII {
            let v = UInt8(truncatingIfNeeded: scalar.value)
            writer.append(ascii: (0x41...0x5A).contains(v) ? v + 0x20 : v)
        } else if scalar.properties.changesWhenLowercased {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                writer.append(lower)
            }
        } else {
            writer.append(scalar)
        }
    }
}
