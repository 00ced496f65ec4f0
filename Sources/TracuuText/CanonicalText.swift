import Foundation

/// The canonical form of Vietnamese text, and the key that `=` compares.
public enum CanonicalText {
    /// What every text is turned into at load and in every query literal: NFC, with the
    /// look-alikes of Đ/đ (U+00D0 Ð, U+00F0 ð, U+0189, U+0256) replaced by the real letters.
    /// White space and punctuation are kept: this is the text that is displayed.
    public static func normalize(_ s: String) -> String {
        // STUB: to be completed (see TracuuTextTests).
        s.precomposedStringWithCanonicalMapping
    }

    /// The key for `=`: the normalized text with every white-space run as one space,
    /// trimmed, dashes as `-`, and each syllable's tone mark moved to one place so that
    /// `hòa` and `hoà` meet. Case is kept: `=` is case-sensitive.
    public static func equalityKey(_ s: String) -> String {
        normalize(s)
    }

    /// The key for `contains`: the equality key in lower case.
    public static func caselessKey(_ s: String) -> String {
        equalityKey(s).lowercased()
    }
}
