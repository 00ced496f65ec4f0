import TracuuDiagnostics
import TracuuSyntax
import TracuuValues

/// A query whose names are bound to fields and whose expressions are typed. The checker
/// makes it from a `Query`; the planner turns it into a `Plan`.
public struct CheckedQuery: Sendable {
    /// Where the rows come from: a dataset, or a named query (`let`).
    public let source: CheckedSource
    public let stages: [CheckedStage]
    /// Each stage as it was written, for plans: "filter district = …", "group by district | sum(value)".
    public let summaries: [String]
    /// The fields of the result, after the last stage.
    public let resultFields: [Field]
    /// `| chart VALUE by LABEL` at the end: the result is drawn.
    public let chart: ChartRequest?

    /// The dataset the rows come from first, through any named queries.
    public var dataset: String {
        switch source {
        case .dataset(let name): return name
        case .view(_, let dataset): return dataset
        }
    }
}

public enum CheckedSource: Sendable {
    case dataset(String)
    /// A named query, by name, and the dataset its rows come from first. Its checked
    /// query stays in `Engine.views`: a chain of lets is not nested into every query
    /// built on it (the planner walks the chain with a loop).
    case view(String, dataset: String)
}

/// One step of a checked query. A leading `where` becomes a `.filter` like any other.
public enum CheckedStage: Sendable {
    case filter(CheckedExpr)
    case select([CheckedItem])
    case sort([CheckedSortKey])
    /// The rows after the first `offset`, up to the count.
    case limit(Int, offset: Int)
    case count
    /// Rows with equal keys become one row of keys and aggregates; without keys, all rows do.
    case group(keys: [CheckedItem], aggregates: [CheckedAggregate])
    /// The first row of each different combination of these fields (all fields when empty);
    /// unless `wholeRows`, only those fields are kept (SQL's `select distinct`).
    case distinct([Int], wholeRows: Bool)
    case top(Int, CheckedExpr, descending: Bool)
    /// Adds the fields of the rows a reference field names: `article.title`, `article.date`…
    case join(Lookup, fields: [Field])
    /// Each pair of a row and a row of `dataset` whose key fields are equal (`=`: text
    /// under canonical equivalence), the other's fields after the row's (`JoinOnFields`).
    case joinOn(dataset: String, left: [Int], right: [Int], fields: [Field])
    /// One row per combination of the keys, one column per value of `column`, each cell the
    /// aggregate over the rows of both (`Pivoting`).
    case pivot(column: Int, aggregate: CheckedAggregate, keys: [CheckedItem])
    /// Each row with `previous`, `growth` and `yoy` from the rows of its group (the keys,
    /// and `unit` when there is one) in like periods (`PeriodComparison`).
    case growth(value: CheckedExpr, keys: [CheckedItem], period: Int, unit: Int?)
}

public struct CheckedSortKey: Sendable {
    public let field: Int
    public let type: FieldType
    public let descending: Bool
}

/// An expression and the field it makes: `value * 2 as double`.
public struct CheckedItem: Sendable {
    public let expr: CheckedExpr
    public let field: Field
}

/// `sum(value) as total`, `count()`, `count(distinct district)`.
public struct CheckedAggregate: Sendable {
    public let function: AggregateFunction
    public let argument: CheckedExpr?
    public let field: Field
    /// For a sum, an average, a minimum or a maximum of a figure (`value`, `value_high`)
    /// in rows that say its unit: the `unit` field, whose values must agree in each group
    /// (`UnitCheck`), and where the aggregate was written, for the error when they do not.
    public var units: (field: Int, place: Place)?
    /// The `p` of `percentile(x, p)`.
    public let parameter: Double?

    public init(function: AggregateFunction, argument: CheckedExpr?, field: Field, units: (field: Int, place: Place)? = nil,
                parameter: Double? = nil) {
        self.function = function
        self.argument = argument
        self.field = field
        self.units = units
        self.parameter = parameter
    }
}

public enum AggregateFunction: String, Sendable, CaseIterable {
    case count, countDistinct = "count distinct", sum, avg, min, max
    /// `Statistics`: numbers only, each a number.
    case median, percentile, stddev

    var isStatistic: Bool { self == .median || self == .percentile || self == .stddev }
}

/// Functions on one row's values.
public enum ScalarFunction: String, Sendable, CaseIterable {
    case year, quarter, month, lower, upper, fold, len, round, abs
    /// The first of its arguments that is not missing.
    case coalesce
    /// `if(condition, a, b)`: `a` where the condition holds, else `b`.
    case `if`
    /// Its arguments as text, one after another; missing ones are left out.
    case concat
}

/// A field of another dataset, reached through a reference: for `article.title`, the
/// row's `article` field (its index), the dataset it names, and the field there.
public struct Lookup: Sendable {
    public let reference: Int
    public let dataset: String
    public let field: Int
}

/// What `| chart VALUE by LABEL` asks for: the columns of the result to draw.
public struct ChartRequest: Sendable, Equatable {
    public let value: Int
    public let label: Int
}

/// An expression with its fields resolved to column indexes and its literals typed.
public indirect enum CheckedExpr: Sendable {
    case field(Int, FieldType)
    case lookup(Lookup, FieldType)
    case literal(Value)
    case not(CheckedExpr)
    /// All of the conditions hold: a chain of `and`, as a flat list.
    case all([CheckedExpr])
    /// At least one of the conditions holds: a chain of `or`, as a flat list.
    case any([CheckedExpr])
    /// A comparison of two values of compatible types; `as` says how they compare.
    case compare(ComparisonOperator, CheckedExpr, CheckedExpr, as: FieldType)
    /// The value is one of the list (compared with `=`).
    case oneOf(CheckedExpr, [Value], as: FieldType)
    /// The value lies between the two, both ends included.
    case between(CheckedExpr, Value, Value, as: FieldType)
    /// A date, a year or a period falls within a term or a period.
    case within(CheckedExpr, CheckedExpr)
    /// The value is missing (`is missing`; `is not missing` is its `.not`).
    case isMissing(CheckedExpr)
    case arithmetic(ArithmeticOperator, CheckedExpr, CheckedExpr, FieldType)
    case negate(CheckedExpr, FieldType)
    case function(ScalarFunction, [CheckedExpr], FieldType)

    /// The type of the value it yields; conditions yield booleans.
    public var type: FieldType {
        switch self {
        case .field(_, let t), .lookup(_, let t), .arithmetic(_, _, _, let t), .negate(_, let t), .function(_, _, let t):
            return t
        case .literal(let v): return v.type ?? .text
        default: return .boolean
        }
    }
}
