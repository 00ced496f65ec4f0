import TracuuDiagnostics

/// One query: a source dataset, an optional condition, and the stages the rows flow through.
///
///     targets where district = "Triệu Phong" | sort due desc | limit 3
///     ───────────────────┬────────────────── ───────┬─────── ───┬───
///        source and condition                     stage        stage
public struct Query: Sendable, Equatable {
    public let source: Name
    public let condition: Expr?
    public let stages: [Stage]
    public let range: SourceRange

    public init(source: Name, condition: Expr?, stages: [Stage], range: SourceRange) {
        self.source = source
        self.condition = condition
        self.stages = stages
        self.range = range
    }
}

/// A name as written, with its range: a dataset or a field.
public struct Name: Sendable, Equatable {
    public let text: String
    public let range: SourceRange

    public init(_ text: String, _ range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// One stage after a `|`.
public struct Stage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `where CONDITION`: keep the rows for which it holds.
        case `where`(Expr)
        /// `select a, b, value * 2 as double`: these fields and computed values, in this order.
        case select([SelectItem])
        /// `group by district, year(date) as y`: rows with the same keys become one group;
        /// the aggregates after it (`| sum(value) as total`) are computed per group.
        case groupBy([SelectItem])
        /// `sum(value) as total, count() as n`: aggregates, per group or over all rows.
        case aggregate([SelectItem])
        /// `distinct district, kind`: those fields, one row for each different combination
        /// (SQL's `select distinct`); `distinct` alone: the different rows. With `on`
        /// (`distinct on district`): the first whole row of each different district.
        case distinct([Name], on: Bool)
        /// `top 3 by value`: the rows with the largest values (`asc`: the smallest).
        case top(Int, Expr, descending: Bool)
        /// `join articles`: the fields of the row each row refers to, as `article.title`…;
        /// `join targets on district`: each pair of rows with equal fields named in `on`.
        case join(Name, on: [Name])
        /// `chart total by district`: draw the result as a bar chart.
        case chart(value: Expr, label: Expr)
        /// `sort a desc, b`: order the rows.
        case sort([SortKey])
        /// `limit 10`, `limit 10 offset 20`, `limit $n`: keep the rows after the first
        /// `offset`, up to 10.
        case limit(RowCount, offset: RowCount)
        /// `count`: one row, the number of rows.
        case count
        /// `pivot district using sum(value) by period`: one row per period, one column per
        /// district, each cell the aggregate of the rows of both.
        case pivot(column: Name, using: SelectItem, by: [SelectItem])
        /// `growth value by district, indicator`: each row with `previous`, `growth` and
        /// `yoy`, from the rows of its group in other periods.
        case growth(Expr, by: [SelectItem])
    }

    public let kind: Kind
    public let range: SourceRange

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// An expression with the name its column takes: `value * 2 as double`. Without `as`, a
/// field keeps its name and anything else is named as it was written.
public struct SelectItem: Sendable, Equatable {
    public let expr: Expr
    public let name: Name?

    public init(expr: Expr, name: Name?) {
        self.expr = expr
        self.name = name
    }
}

public struct SortKey: Sendable, Equatable {
    public let field: Name
    public let descending: Bool

    public init(field: Name, descending: Bool) {
        self.field = field
        self.descending = descending
    }
}

/// What one statement of an input is: a query, a dot-command, or the error that stopped
/// it from parsing. A script goes through its statements in order, so queries before an
/// error run.
public enum Statement: Sendable {
    case query(Query)
    /// `let rising = metrics where change > 0`: a named query, usable as a source.
    case `let`(Name, Query)
    case command(DotCommandLine)
    case error(Diagnostic)
}

/// A line that starts with `.` at the start of a statement: `.load data/`, `.format csv`.
/// It runs to the end of its line; the shell, not the language, gives it meaning.
public struct DotCommandLine: Sendable, Equatable {
    /// Without the dot: `load`.
    public let name: String
    /// The rest of the line, trimmed: `data/`.
    public let argument: String
    /// The whole line, for errors.
    public let range: SourceRange
    public let nameRange: SourceRange
    public let argumentRange: SourceRange

    public init(name: String, argument: String, range: SourceRange, nameRange: SourceRange, argumentRange: SourceRange) {
        self.name = name
        self.argument = argument
        self.range = range
        self.nameRange = nameRange
        self.argumentRange = argumentRange
    }
}

/// A number of rows in `limit N offset M`: written, or a parameter's value (`limit $n`),
/// which the checker reads.
public enum RowCount: Sendable, Equatable, CustomStringConvertible {
    case number(Int)
    case parameter(String, SourceRange)

    public var description: String {
        switch self {
        case .number(let n): return String(n)
        case .parameter(let name, _): return "$" + name
        }
    }

    public static let zero = RowCount.number(0)
}
