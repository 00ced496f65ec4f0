/// The one meaning of the text operators that search (`~`, `contains`, `like`,
/// `starts with`), used wherever a text is matched: through a column's dictionary, row by
/// row on a computed column, and on computed values (`lower(district) ~ "trieu"`). Each
/// path may skip work, none decides differently.
///
/// A needle that is empty or only white space asks for nothing in particular: `~`,
/// `contains` and `starts with` match every text that is there (never a missing one, as
/// no comparison does). Without this rule `~ " "` folds to an empty needle on one path
/// and stays a space on another. `like` matches the whole text, so `like ""` matches only
/// an empty one.
public enum TextMatch {
    public enum Operator: Sendable {
        /// `~`: case and diacritics folded away (`FoldedText.fold`). A needle with `%` or
        /// `_` is a `like` pattern searched anywhere in the text (`thu%ngân sách`).
        case matches
        /// `contains`: case ignored, NFC and NFD equal (`CanonicalText.caselessKey`).
        case contains
        /// `like`: the whole text against a pattern (`LikePattern`), on `contains`'s key.
        case like
        /// `starts with`: the text begins with the needle, on `contains`'s key.
        case startsWith
    }

    /// The key a text is searched in, for this operator.
    public static func key(_ op: Operator, of text: String) -> String {
        switch op {
        case .matches: return FoldedText.fold(text)
        case .contains, .like, .startsWith: return CanonicalText.caselessKey(text)
        }
    }

    /// The key a needle is searched for: empty when the needle is empty or white space,
    /// which matches every text (a `like` pattern is kept as it is).
    public static func needle(_ op: Operator, _ text: String) -> String {
        let key = key(op, of: text)
        return op != .like && key.allSatisfy(\.isWhitespace) ? "" : key
    }

    /// A test of texts' keys (from `key(_:of:)`) against a needle's key (from `needle`),
    /// made once for a needle and run on every key.
    public static func test(_ op: Operator, needle: String) -> @Sendable (String) -> Bool {
        switch op {
        case .contains:
            return { needle.isEmpty || SubstringSearch.contains($0, needle) }
        case .matches:
            guard LikePattern.hasWildcards(needle) else { return { needle.isEmpty || SubstringSearch.contains($0, needle) } }
            let pattern = LikePattern("%" + needle + "%")
            return { pattern.matches($0) }
        case .like:
            let pattern = LikePattern(needle)
            return { pattern.matches($0) }
        case .startsWith:
            let prefix = Array(needle.utf8)
            return { key in key.utf8.count >= prefix.count && key.utf8.prefix(prefix.count).elementsEqual(prefix) }
        }
    }

    /// Whether the search can go through a dictionary's arena of keys (`KeyArena`): a
    /// plain substring, not a pattern.
    public static func isSubstringSearch(_ op: Operator, needle: String) -> Bool {
        op == .contains || (op == .matches && !LikePattern.hasWildcards(needle))
    }

    /// `text ~ needle`, `text contains needle`, `text like pattern`, `text starts with
    /// needle`, from the texts as written.
    public static func holds(_ op: Operator, _ text: String, _ needleText: String) -> Bool {
        test(op, needle: needle(op, needleText))(key(op, of: text))
    }
}
