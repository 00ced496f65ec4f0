import TracuuDiagnostics
import TracuuSyntax
import TracuuValues

/// A query whose names are bound to fields and whose comparisons are known to make sense.
/// The checker makes it from a `Query`; the planner turns it into a `Plan`.
public struct CheckedQuery: Sendable {
    /// The dataset the rows come from.
    public let dataset: String
    public let stages: [CheckedStage]
    /// The fields of the result, after the last stage.
    public let resultFields: [Field]
}

/// One step of a checked query. A leading `where` becomes a `.filter` like any other.
public enum CheckedStage: Sendable {
    case filter(CheckedExpr)
    /// The indexes of the kept fields among the fields coming in.
    case select([Int])
    case sort([CheckedSortKey])
    case limit(Int)
    case count
}

public struct CheckedSortKey: Sendable {
    public let field: Int
    public let type: FieldType
    public let descending: Bool
}

/// A condition with its fields resolved to column indexes and its literals typed.
public indirect enum CheckedExpr: Sendable {
    case field(Int, FieldType)
    case literal(Value)
    case not(CheckedExpr)
    case and(CheckedExpr, CheckedExpr)
    case or(CheckedExpr, CheckedExpr)
    /// A comparison of two values of compatible types; `as` says how they compare.
    case compare(ComparisonOperator, CheckedExpr, CheckedExpr, as: FieldType)
    /// The value is one of the list (compared with `=`).
    case oneOf(CheckedExpr, [Value], as: FieldType)
    /// The value lies between the two, both ends included.
    case between(CheckedExpr, Value, Value, as: FieldType)
    /// A date, a year or a period falls within a term or a period.
    case within(CheckedExpr, CheckedExpr)

    /// The type a condition part yields; comparisons and logic yield booleans.
    public var type: FieldType {
        switch self {
        case .field(_, let t): return t
        case .literal(let v): return v.type ?? .text
        default: return .boolean
        }
    }
}
