/// What Tab offers for the text before the cursor.
public struct CompletionResult: Sendable, Equatable {
    /// The text just before the cursor that a candidate replaces (a word, or a value after
    /// its opening quote).
    public var replacing: String
    public var candidates: [String]
    /// Added after a single candidate: a space after a word, a closing quote after a value.
    public var suffix: String

    public init(replacing: String, candidates: [String], suffix: String) {
        self.replacing = replacing
        self.candidates = candidates
        self.suffix = suffix
    }

    public static let none = CompletionResult(replacing: "", candidates: [], suffix: "")

    /// The text to put in place of `replacing`, or nil when the candidates must be listed.
    public var insertion: String? {
        guard let first = candidates.first else { return nil }
        if candidates.count == 1 { return first + suffix }
        // Several: extend to what they all start with, when that is more than was typed.
        // Values match without diacritics and inside words (`hai` finds `Triệu Hải` and
        // `Hải Lăng`), so the shared start can be shorter than the typed text, or empty.
        var common = Array(first)
        for candidate in candidates.dropFirst() {
            common = Array(zip(common, candidate).prefix { $0 == $1 }.map(\.0))
        }
        return common.count > replacing.count ? String(common) : nil
    }
}
