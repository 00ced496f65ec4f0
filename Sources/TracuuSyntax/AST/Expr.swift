import TracuuDiagnostics
import TracuuValues

/// An expression of a `where` condition, with the range of text it was parsed from.
public struct Expr: Sendable, Equatable {
    public indirect enum Kind: Sendable, Equatable {
        /// A field of the dataset: `district`; or a field reached through a reference:
        /// `article.title` (the `title` of the article the row's `article` names).
        case field(String)
        /// `$district`: a parameter's value.
        case parameter(String)
        /// `value * 2`, `change - 10`
        case arithmetic(ArithmeticOperator, Expr, Expr)
        /// `-change`
        case negate(Expr)
        /// `year(date)`, `sum(value)`, `count()`, `count(distinct district)`.
        case call(Name, [Expr], distinct: Bool)
        /// A literal value: `"Triệu Phong"`, `2020-2025`, `38.1%` (the number 38.1).
        case literal(Value)
        /// `not CONDITION`
        case not(Expr)
        /// `A and B and C`, `A or B or C`: a chain of one operator as a flat list of two or
        /// more terms, so a long chain is a wide node and not a tall tree (later passes loop
        /// over it, and freeing it needs no deep recursion). Parentheses may nest one chain
        /// in another: `a and (b and c)`.
        case logical(LogicalOperator, [Expr])
        /// `A = B`, `A ~ B`, `A contains B` …
        case comparison(ComparisonOperator, Expr, Expr)
        /// `A in (B, C, …)`
        case inList(Expr, [Expr])
        /// `A in B..C`, both ends included.
        case inRange(Expr, Expr, Expr)
        /// `*` in a `select`: every field, in order.
        case allFields
        /// `A is missing` (`is null`), or with `negated`, `A is not missing`.
        case isMissing(Expr, negated: Bool)
    }

    public let kind: Kind
    public let range: SourceRange

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum ArithmeticOperator: String, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
}

public enum LogicalOperator: String, Sendable {
    case and, or
}

public enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    /// The same letters, ignoring case and diacritics: `district ~ "trieu phong"`.
    case matches = "~"
    /// A substring, ignoring case: `text contains "nông thôn mới"`.
    case contains = "contains"
    /// The whole text against a pattern, ignoring case: `indicator like "thu%"`.
    case like = "like"
    /// A beginning, ignoring case: `indicator starts with "thu ngân sách"`.
    case startsWith = "starts with"
    /// `date in 2020-2025`, `period in 2021`: a value within a term or a period.
    case within = "in"

    public var isOrdering: Bool {
        switch self {
        case .less, .lessEqual, .greater, .greaterEqual: return true
        default: return false
        }
    }
}
