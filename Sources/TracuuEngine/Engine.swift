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

    public init(datasets: [String: Dataset]) {
        self.datasets = datasets
    }

    var schemas: [String: [Field]] {
        datasets.mapValues { $0.schema.fields }
    }

    public func check(_ query: Query, in source: SourceFile) throws(Diagnostic) -> CheckedQuery {
        try Checker(schemas: schemas, source: source).check(query)
    }

    public func plan(_ query: Query, in source: SourceFile) throws(Diagnostic) -> Plan {
        let checked = try check(query, in: source)
        var summaries: [String] = []
        if let condition = query.condition {
            summaries.append("filter " + QueryText.condition(condition, in: source))
        }
        for stage in query.stages {
            summaries.append(QueryText.stage(stage, in: source))
        }
        return Planner.plan(checked, describing: summaries)
    }

    /// Checks and plans a query, then runs it a step at a time to tell what each step
    /// does and how many rows come out of it: the `.plan` view.
    /// Throws a `Diagnostic` for a query that is wrong, and `Interrupted` on Ctrl-C.
    public func walkThrough(_ query: Query, in source: SourceFile, isCancelled: @escaping () -> Bool = { false }) throws -> PlanWalkthrough {
        let plan = try plan(query, in: source)
        guard let dataset = datasets[plan.dataset] else {
            throw Diagnostic(.error, "the dataset '\(plan.dataset)' is not loaded")
        }
        return try Evaluator.walkThrough(plan, on: dataset, isCancelled: isCancelled)
    }

    /// Checks, plans and runs one query. Throws a `Diagnostic` for a query that is wrong,
    /// and `Interrupted` when `isCancelled` turns true while it runs.
    public func run(_ query: Query, in source: SourceFile, isCancelled: @escaping () -> Bool = { false }) throws -> ResultTable {
        let plan = try plan(query, in: source)
        guard let dataset = datasets[plan.dataset] else {
            throw Diagnostic(.error, "the dataset '\(plan.dataset)' is not loaded")
        }
        return try Evaluator.run(plan, on: dataset, isCancelled: isCancelled)
    }
}

/// The text of parts of a query, as typed, for plan summaries.
enum QueryText {
    static func condition(_ expr: Expr, in source: SourceFile) -> String {
        String(source.text[expr.range]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func stage(_ stage: Stage, in source: SourceFile) -> String {
        let text = String(source.text[stage.range]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if case .where = stage.kind { return "filter " + text.dropFirst("where".count).drop(while: \.isWhitespace) }
        return text
    }
}
