/// A `like` pattern, as SQL writes one: `%` stands for any run of characters (none
/// too), `_` for one character; every other character stands for itself. There is no
/// escape: to find a `%` itself, `contains` takes it as written.
///
/// The pattern is cut at each `%` into segments. The first must stand at the start of the
/// text and the last at its end; each one between is taken at its leftmost place after
/// the one before, which is as good as any later place. So the text is walked left to
/// right once per segment, without recursion or backtracking past a `%`.
///
///     "thu%ngân sách"   segments ["thu", "ngân sách"]: starts with thu, ends with ngân sách
///     "%nông thôn%"     ["", "nông thôn", ""]: holds nông thôn anywhere
///     "20_1"            ["20_1"]: four characters, the third any
public struct LikePattern: Sendable {
    /// A pattern character: nil is `_`, any one character.
    private let segments: [[Character?]]

    /// A pattern from a key (the text of the pattern, made into the key its operator
    /// compares, so that `%` and `_` stand as typed).
    public init(_ pattern: String) {
        segments = pattern.split(separator: "%", omittingEmptySubsequences: false).map { segment in
            segment.map { $0 == "_" ? nil : $0 }
        }
    }

    /// Whether a text holds `%` or `_`: `~` then reads it as a pattern.
    public static func hasWildcards(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "_") }
    }

    /// Whether the whole of `text` (a key of the same kind as the pattern's) matches.
    public func matches(_ text: String) -> Bool {
        let characters = Array(text)
        guard let first = segments.first, let last = segments.last else { return characters.isEmpty }
        if segments.count == 1 {
            return characters.count == first.count && Self.segment(first, standsAt: 0, in: characters)
        }
        // The last segment ends the text; the others must all fit before it.
        let lastStart = characters.count - last.count
        guard first.count <= lastStart, Self.segment(first, standsAt: 0, in: characters),
              Self.segment(last, standsAt: lastStart, in: characters) else { return false }
        var position = first.count
        for middle in segments.dropFirst().dropLast() {
            var start = position
            while start + middle.count <= lastStart, !Self.segment(middle, standsAt: start, in: characters) { start += 1 }
            guard start + middle.count <= lastStart else { return false }
            position = start + middle.count
        }
        return true
    }

    private static func segment(_ segment: [Character?], standsAt start: Int, in characters: [Character]) -> Bool {
        guard start >= 0, start + segment.count <= characters.count else { return false }
        for (offset, wanted) in segment.enumerated() {
            if let wanted, characters[start + offset] != wanted { return false }
        }
        return true
    }
}
