/// The reserved words of the language. They are matched without regard to case:
/// `where`, `WHERE` and `Where` are the same keyword.
public enum Keyword: String, Sendable, CaseIterable {
    case `where`, and, or, not, contains, `in`, like, `is`
    case select, sort, by, asc, desc, limit, count
    case group, having, distinct, top, join, chart, `as`, `let`
    case `true`, `false`

    /// Keywords that are also field names (`targets` has a field `count`): where a name
    /// is expected, they are read as names.
    public var canBeName: Bool { self == .count }

    /// The keywords that start a stage after `|`.
    public static let stages: [Keyword] = [.where, .select, .sort, .limit, .count, .group, .having, .distinct, .top, .join, .chart]

    /// The keyword a word spells, if any.
    public init?(word: String) {
        self.init(rawValue: word.lowercased())
    }
}
