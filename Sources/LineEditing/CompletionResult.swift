/// What Tab offers for the text before the cursor.
public struct CompletionResult: Sendable, Equatable {
    /// How many characters before the cursor the candidates replace.
    public var replacing: Int
    public var candidates: [String]
    /// Added after a single candidate: a space after a word, a closing quote after a value.
    public var suffix: String

    public init(replacing: Int, candidates: [String], suffix: String) {
        self.replacing = replacing
        self.candidates = candidates
        self.suffix = suffix
    }

    /// What to do with the line: the text to put in place of the `replacing` characters,
    /// or nil when the candidates must be listed instead.
    public func insertion(typed: String) -> String? {
        guard let first = candidates.first else { return nil }
        if candidates.count == 1 { return first + suffix }
        // Several: extend to what they all start with, when that is more than was typed.
        var common = first
        for candidate in candidates.dropFirst() {
            common = String(zip(common, candidate).prefix { $0 == $1 }.map(\.0))
        }
        return common.count > typed.count ? common : nil
    }
}
