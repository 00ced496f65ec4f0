/// The one meaning of `~` and `contains`, used wherever a text is matched: through a
/// column's dictionary, row by row on a computed column, and on computed values
/// (`lower(district) ~ "trieu"`). Each path may skip work, none decides differently.
///
/// A needle that is empty or only white space asks for nothing in particular: it matches
/// every text that is there (never a missing one, as no comparison does). Without this
/// rule `~ " "` folds to an empty needle on one path and stays a space on another.
public enum TextMatch {
    public enum Operator: Sendable {
        /// `~`: case and diacritics folded away (`FoldedText.fold`).
        case matches
        /// `contains`: case ignored, NFC and NFD equal (`CanonicalText.caselessKey`).
        case contains
    }

    /// The key a text is searched in, for this operator.
    public static func key(_ op: Operator, of text: String) -> String {
        switch op {
        case .matches: return FoldedText.fold(text)
        case .contains: return CanonicalText.caselessKey(text)
        }
    }

    /// The key a needle is searched for: empty when the needle is empty or white space,
    /// which matches every text.
    public static func needle(_ op: Operator, _ text: String) -> String {
        let key = key(op, of: text)
        return key.allSatisfy(\.isWhitespace) ? "" : key
    }

    /// Whether a text's key (from `key(_:of:)`) holds a needle's key (from `needle`).
    public static func holds(key: String, needle: String) -> Bool {
        needle.isEmpty || SubstringSearch.contains(key, needle)
    }

    /// `text ~ needle` or `text contains needle`, from the texts as written.
    public static func holds(_ op: Operator, _ text: String, _ needleText: String) -> Bool {
        holds(key: key(op, of: text), needle: needle(op, needleText))
    }
}
