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
    /// The loaded datasets; setting them checks the named queries again.
    public var datasets: [String: Dataset] {
        didSet { recheckNamedQueries() }
    }
    /// Named queries (`let rising = …`) by lowercased name, usable as sources.
    public private(set) var views: [String: NamedQuery] = [:]
    /// The lowercased names of `views` in the order they were first defined: a query
    /// can use only those before it, so checking in this order needs each once.
    private var viewOrder: [String] = []
    /// Values of `$name` (`--param`, `.param set`); setting them checks the named
    /// queries again.
    public var parameters: [String: Value] = [:] {
        didSet { recheckNamedQueries() }
    }
    /// How many times a named query's text went through the checker: once per `let`,
    /// and once per named query when the data or parameters change.
    public private(set) var namedQueryChecks = 0

    public init(datasets: [String: Dataset]) {
        self.datasets = datasets
    }

    /// Names a query (`let name = query`): checks it once, now, so a mistake is reported
    /// where it is written; later uses take the checked query. A name that is already a
    /// dataset is refused: the let would otherwise be silently hidden by the dataset.
    /// Defining a name again replaces it, and checks again the queries defined after it.
    public mutating func define(_ name: Name, as query: Query, in source: SourceFile) throws(Diagnostic) {
        let key = name.text.lowercased()
        if let dataset = datasets.keys.first(where: { $0.lowercased() == key }) {
            throw Diagnostic(.error, "'\(name.text)' is the name of a dataset", at: source.place(of: name.range),
                             hints: ["\(dataset) is a dataset; choose another name for the query, as in: let my\(dataset) = …"])
        }
        let checked = try checkNamed(query, in: source, views: views).get()
        let replacing = views[key] != nil
        views[key] = NamedQuery(name: name.text, query: query, source: source, checked: .success(checked))
        if replacing {
            if let position = viewOrder.firstIndex(of: key) { recheckNamedQueries(after: position) }
        } else {
            viewOrder.append(key)
        }
    }

    /// Checks every named query once, in the order they were defined, against the data
    /// and parameters now set. One that no longer checks keeps its error for its uses.
    mutating func recheckNamedQueries(after position: Int = -1) {
        var known = views
        for key in viewOrder.dropFirst(position + 1) {
            guard var named = known[key] else { continue }
            named.checked = checkNamed(named.query, in: named.source, views: known)
            known[key] = named
        }
        views = known
    }

    private mutating func checkNamed(_ query: Query, in source: SourceFile, views: [String: NamedQuery]) -> Result<CheckedQuery, Diagnostic> {
        namedQueryChecks += 1
        do {
            return .success(try Checker(schemas: schemas, views: views, parameters: parameters, source: source).check(query))
        } catch {
            return .failure(error)
        }
    }

    var schemas: [String: [Field]] {
        datasets.mapValues { $0.schema.fields }
    }

    public func check(_ query: Query, in source: SourceFile) throws(Diagnostic) -> CheckedQuery {
        try Checker(schemas: schemas, views: views, parameters: parameters, source: source).check(query)
    }

    public func plan(_ query: Query, in source: SourceFile) throws(Diagnostic) -> Plan {
        Planner.plan(try check(query, in: source), datasets: datasets, views: views)
    }

    /// Checks and plans a query, then runs it a step at a time to tell what each step
    /// does and how many rows come out of it: the `.plan` view.
    /// Throws a `Diagnostic` for a query that is wrong, and `Interrupted` on Ctrl-C.
    public func walkThrough(_ query: Query, in source: SourceFile, isCancelled: @escaping () -> Bool = { false }) throws -> PlanWalkthrough {
        let planned = try plan(query, in: source)
        do throws(QueryStop) {
            return try Evaluator.walkThrough(planned, isCancelled: isCancelled)
        } catch {
            throw Self.rethrown(error)
        }
    }

    /// Checks, plans and runs one query. Throws a `Diagnostic` for a query that is wrong,
    /// and `Interrupted` when `isCancelled` turns true while it runs.
    public func run(_ query: Query, in source: SourceFile, isCancelled: @escaping () -> Bool = { false }) throws -> ResultTable {
        let planned = try plan(query, in: source)
        do throws(QueryStop) {
            return try Evaluator.run(planned, isCancelled: isCancelled)
        } catch {
            throw Self.rethrown(error)
        }
    }

    /// A stop as callers know it: the diagnostic of rows that cannot be answered, or `Interrupted`.
    private static func rethrown(_ stop: QueryStop) -> any Error {
        switch stop {
        case .interrupted: return Interrupted()
        case .failed(let diagnostic): return diagnostic
        }
    }
}
