/// What Tab offers at the cursor: the texts that may replace the word being typed, and what
/// to append when there is only one.
///
/// `replacing` counts `Character`s, as Swift does. libedit counts wide characters (Unicode
/// scalars), which differ for text typed in NFD: use `replacedText(in:)` to know exactly what
/// to delete.
public struct Completion: Equatable, Sendable {
    /// How many characters before the cursor the candidates replace (the word being completed;
    /// for a quoted value, the text after the opening quote).
    public var replacing: Int
    /// Full replacement texts, sorted (Vietnamese order for values via VietnameseCollation,
    /// plain order otherwise), without duplicates.
    public var candidates: [String]
    /// What to append after a single unique candidate: " " after a keyword/name/dot-command,
    /// "\"" to close a quoted value, "" for a path (a folder's "/" is already in its candidate)
    /// and otherwise.
    public var suffix: String

    public init(replacing: Int, candidates: [String], suffix: String) {
        self.replacing = replacing
        self.candidates = candidates
        self.suffix = suffix
    }

    /// Nothing to offer.
    public static let empty = Completion(replacing: 0, candidates: [], suffix: "")

    /// The text the candidates replace: the last `replacing` characters typed.
    public func replacedText(in textBeforeCursor: String) -> Substring {
        textBeforeCursor.suffix(replacing)
    }

    /// The longest start the candidates share, character by character: what readline inserts
    /// when there are several. Values match without diacritics (`trieu` finds `Triệu Phong`)
    /// and inside words (`phong` finds it too), so this need not start with the typed text;
    /// a binding should insert it only when it is at least as long as what it replaces.
    public var commonPrefix: String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let shared = zip(prefix, candidate).prefix { $0 == $1 }.count
            prefix.removeSubrange(shared...)
        }
        return String(prefix)
    }
}
