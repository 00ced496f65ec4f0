/// The reserved words of the language. They are matched without regard to case:
/// `where`, `WHERE` and `Where` are the same keyword.
public enum Keyword: String, Sendable, CaseIterable {
    case `where`, and, or, not, contains, `in`
    case select, sort, by, asc, desc, limit, count
    case `true`, `false`

    /// Keywords that are also field names (`targets` has a field `count`): where a name
    /// is expected, they are read as names.
    public var canBeName: Bool { self == .count }

    /// The keyword a word spells, if any.
    public init?(word: String) {
        self.init(rawValue: word.lowercased())
    }
}
