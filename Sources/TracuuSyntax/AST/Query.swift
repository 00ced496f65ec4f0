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
        /// `select a, b`: keep these fields, in this order.
        case select([Name])
        /// `sort a desc, b`: order the rows.
        case sort([SortKey])
        /// `limit 10`: keep the first rows.
        case limit(Int)
        /// `count`: one row, the number of rows.
        case count
    }

    public let kind: Kind
    public let range: SourceRange

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
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
