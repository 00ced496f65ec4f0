import TracuuData
import TracuuDiagnostics
import TracuuSyntax
import TracuuValues

/// The whole pipeline, one function a stage:
///
///     text ──Lexer──▶ tokens ──Parser──▶ Query ──Checker──▶ CheckedQuery
///          ──Planner──▶ Plan ──Evaluator──▶ ResultTable ──(TracuuOutput)──▶ text
///
/// An `Engine` holds the loaded datasets; everything else is made per query.
public struct Engine: Sendable {
    public var datasets: [String: Dataset]
    /// Named queries (`let rising = …`), usable as sources.
    public var views: [String: NamedQuery] = [:]
    /// Values of `$name` (`--param`, `.param set`).
    public var parameters: [String: Value] = [:]

    public init(datasets: [String: Dataset]) {
        self.datasets = datasets
    }

    var schemas: [String: [Field]] {
        datasets.mapValues { $0.schema.fields }
    }

    public func check(_ query: Query, in source: SourceFile) throws(Diagnostic) -> CheckedQuery {
        try Checker(schemas: schemas, views: views, parameters: parameters, source: source).check(query)
    }

    public func plan(_ query: Query, in source: SourceFile) throws(Diagnostic) -> Plan {
        Planner.plan(try check(query, in: source), datasets: datasets)
    }

    /// Checks and plans a query, then runs it a step at a time to tell what each step
    /// does and how many rows come out of it: the `.plan` view.
    /// Throws a `Diagnostic` for a query that is wrong, and `Interrupted` on Ctrl-C.
    public func walkThrough(_ query: Query, in source: SourceFile, isCancelled: @escaping () -> Bool = { false }) throws -> PlanWalkthrough {
        try Evaluator.walkThrough(try plan(query, in: source), isCancelled: isCancelled)
    }

    /// Checks, plans and runs one query. Throws a `Diagnostic` for a query that is wrong,
    /// and `Interrupted` when `isCancelled` turns true while it runs.
    public func run(_ query: Query, in source: SourceFile, isCancelled: @escaping () -> Bool = { false }) throws -> ResultTable {
        try Evaluator.run(try plan(query, in: source), isCancelled: isCancelled)
    }
}
