import TracuuData
import TracuuDiagnostics
import TracuuValues

/// What the evaluator will do, step by step: read the rows of a dataset (or of a named
/// query), then each stage in order. Each step is compiled once; running it rewrites the
/// frame of rows.
public struct Plan {
    public let source: PlanSource
    public let steps: [PlanStep]
    public let resultFields: [Field]
    public let chart: ChartRequest?

    /// The dataset the rows come from first.
    public var dataset: String {
        switch source {
        case .dataset(let d): return d.name
        case .view(_, let plan): return plan.dataset
        }
    }
}

public indirect enum PlanSource {
    case dataset(Dataset)
    /// A named query, run first; its rows come in.
    case view(String, Plan)
}

public struct PlanStep {
    /// One line for `.plan`: "filter district = …", "sort due desc".
    public let summary: String
    /// How the step does its work, in words, told from the rows coming in (`PlanPrinter`).
    let method: (Frame) -> [String]
    let run: (inout Frame, Cancellation) throws(QueryStop) -> Void
}

/// Thrown when the user pressed Ctrl-C while a query ran.
public struct Interrupted: Error, Equatable {
    public init() {}
}

/// Why a running query stopped before its end: Ctrl-C, or rows that cannot give a true
/// answer (`sum(value)` over figures in different units), found only once the rows are read.
public enum QueryStop: Error {
    case interrupted
    case failed(Diagnostic)
}

/// Asks whether the running query should stop. Steps ask between chunks of rows, so a
/// query over millions of rows stops within milliseconds without paying per row.
struct Cancellation {
    let isRequested: () -> Bool

    func check() throws(QueryStop) {
        if isRequested() { throw QueryStop.interrupted }
    }

    /// Rows are tested in chunks of this many between two checks.
    static let chunk = 4096

    /// `rows.map(transform)`, asking between chunks: every per-row loop stops within a
    /// chunk of Ctrl-C.
    func map<T>(_ rows: [Int], _ transform: (Int) -> T) throws(QueryStop) -> [T] {
        var result: [T] = []
        result.reserveCapacity(rows.count)
        for (offset, row) in rows.enumerated() {
            if offset % Cancellation.chunk == Cancellation.chunk - 1 { try check() }
            result.append(transform(row))
        }
        return result
    }
}

/// Turns a checked query into a plan of compiled steps over the loaded datasets.
public enum Planner {
    /// `views` are the named queries a query may read from (`Engine.views`).
    public static func plan(_ query: CheckedQuery, datasets: [String: Dataset], views: [String: NamedQuery] = [:]) -> Plan {
        let context = CompileContext(datasets: datasets)
        let source: PlanSource
        switch query.source {
        case .dataset(let name):
            source = .dataset(dataset(name, in: datasets))
        case .view(let name, let dataset):
            source = .view(name, planChain(from: name, dataset: dataset, datasets: datasets, views: views))
        }
        return Plan(source: source, steps: steps(of: query, context), resultFields: query.resultFields, chart: query.chart)
    }

    static func dataset(_ name: String, in datasets: [String: Dataset]) -> Dataset {
        datasets[name] ?? DatasetBuilder(schema: Schema(dataset: name, fields: [])).build()
    }

    /// A named query as one plan over its dataset: the steps of every named query it is
    /// built on, innermost first, found with a loop (a chain of lets can be thousands long).
    static func planChain(from name: String, dataset: String, datasets: [String: Dataset], views: [String: NamedQuery]) -> Plan {
        let context = CompileContext(datasets: datasets)
        var links: [CheckedQuery] = []
        var next: String? = name
        while let current = next, let named = views[current.lowercased()], case .success(let checked) = named.checked {
            links.append(checked)
            next = nil
            if case .view(let inner, _) = checked.source { next = inner }
        }
        let chainSteps = links.reversed().flatMap { Planner.steps(of: $0, context) }
        return Plan(source: .dataset(self.dataset(dataset, in: datasets)), steps: chainSteps, resultFields: links.first?.resultFields ?? [], chart: nil)
    }

    static func steps(of query: CheckedQuery, _ context: CompileContext) -> [PlanStep] {
        var steps: [PlanStep] = []
        var i = 0
        while i < query.stages.count {
            let stage = query.stages[i]
            let summary = i < query.summaries.count ? query.summaries[i] : ""
            // `sort` then `limit`: one step that keeps only the first rows while it sorts.
            if case .sort(let keys) = stage, i + 1 < query.stages.count, case .limit(let n, let offset) = query.stages[i + 1] {
                let both = summary + " | " + (i + 1 < query.summaries.count ? query.summaries[i + 1] : "limit \(n)")
                // The first `offset + n` in order, then the first `offset` of them dropped.
                let (kept, overflow) = max(0, n).addingReportingOverflow(max(0, offset))
                let limit = overflow ? Int.max : kept
                steps.append(PlanStep(summary: both, method: { frame in
                    PlanPrinter.method(of: stage, context)(frame) + ["keeps only the first \(limit) while sorting: most rows go after one comparison"]
                        + (offset > 0 ? ["then drops the first \(offset)"] : [])
                }, run: { frame, cancellation throws(QueryStop) in
                    let top = try Sorting.top(frame.rows, limit: limit, columns: frame.columns, by: keys, cancellation: cancellation)
                    frame.rows = Array(top.dropFirst(max(0, offset)))
                }))
                i += 2
                continue
            }
            steps.append(PlanStep(summary: summary, method: PlanPrinter.method(of: stage, context), run: compile(stage, context)))
            i += 1
        }
        return steps
    }

    static func compile(_ stage: CheckedStage, _ context: CompileContext) -> (inout Frame, Cancellation) throws(QueryStop) -> Void {
        switch stage {
        case .filter(let condition):
            let predicate = Predicates.compile(condition, context)
            return { frame, cancellation throws(QueryStop) in
                frame.rows = try predicate(frame.columns).filter(frame.rows, cancellation)
            }
        case .select(let items):
            // Fields are kept as they are; computed values become new columns of the rows
            // still in, which are numbered afresh.
            let compiled = items.map { item -> CompiledValue? in
                if case .field = item.expr { return nil }
                return Expressions.compile(item.expr, context)
            }
            return { frame, cancellation throws(QueryStop) in
                if compiled.allSatisfy({ $0 == nil }) {
                    frame.columns = items.map { item in
                        if case .field(let i, _) = item.expr { return frame.columns[i] }
                        return .values([])
                    }
                    frame.fields = items.map(\.field)
                    return
                }
                var columns: [Column] = []
                for (item, value) in zip(items, compiled) {
                    try cancellation.check()
                    if let value {
                        let read = value(frame.columns)
                        columns.append(.values(try cancellation.map(frame.rows, read)))
                    } else if case .field(let i, _) = item.expr {
                        columns.append(frame.columns[i].gather(frame.rows))
                    }
                }
                frame = Frame(fields: items.map(\.field), columns: columns, rows: Array(0..<frame.rows.count))
            }
        case .sort(let keys):
            return { frame, cancellation throws(QueryStop) in
                frame.rows = try Sorting.sorted(frame.rows, columns: frame.columns, by: keys, cancellation: cancellation)
            }
        case .limit(let n, let offset):
            return { frame, _ in
                frame.rows = Array(frame.rows.dropFirst(max(0, offset)).prefix(max(0, n)))
            }
        case .count:
            return { frame, _ in
                frame = Frame(fields: [Field("count", .integer)],
                              columns: [.values([.integer(frame.rows.count)])], rows: [0])
            }
        case .group(let keys, let aggregates):
            let keyValues = keys.map { Expressions.compile($0.expr, context) }
            let arguments = aggregates.map { $0.argument.map { Expressions.compile($0, context) } }
            return { frame, cancellation throws(QueryStop) in
                try cancellation.check()
                let readKeys = keyValues.map { $0(frame.columns) }
                let parts = Grouping.keyParts(keys, readKeys, columns: frame.columns)
                var groups = try Grouping.groups(frame.rows, keyParts: parts, cancellation)
                // Aggregates without `group by` are over the whole input: one row even when
                // no row came in (count 0, the others missing), as SQL gives.
                if keys.isEmpty, groups.isEmpty { groups = [(first: 0, rows: [])] }
                try cancellation.check()
                var columns: [Column] = keyValues.indices.map { k in
                    .values(groups.map { readKeys[k]($0.first) })
                }
                for (aggregate, argument) in zip(aggregates, arguments) {
                    if let units = aggregate.units, let figure = aggregate.argument, let argument {
                        try UnitCheck.check(aggregate, units: units, groups: groups.map(\.rows), figure: figure,
                                            compiled: argument, columns: frame.columns)
                    }
                    // A numbers field is aggregated from its doubles, never boxed.
                    if case .field(let i, _)? = aggregate.argument, case .numbers(let n) = frame.columns[i] {
                        columns.append(.values(groups.map { Grouping.aggregate(aggregate.function, n, rows: $0.rows, parameter: aggregate.parameter) }))
                        continue
                    }
                    let read = argument?(frame.columns)
                    var values: [Value] = []
                    for group in groups {
                        guard let read else { values.append(.integer(group.rows.count)); continue }
                        values.append(Grouping.aggregate(aggregate.function, try cancellation.map(group.rows, read), rows: group.rows.count,
                                                         parameter: aggregate.parameter))
                    }
                    columns.append(.values(values))
                }
                frame = Frame(fields: keys.map(\.field) + aggregates.map(\.field), columns: columns, rows: Array(0..<groups.count))
            }
        case .distinct(let indexes, let wholeRows):
            return { frame, cancellation throws(QueryStop) in
                try cancellation.check()
                let fields = indexes.isEmpty ? Array(frame.columns.indices) : indexes
                let columns = frame.columns
                let readers = fields.map { i in { (row: Int) in columns[i].value(at: row) } }
                frame.rows = try Grouping.groups(frame.rows, keys: readers, cancellation).map(\.first)
                if !wholeRows {
                    frame = Frame(fields: fields.map { frame.fields[$0] }, columns: fields.map { columns[$0] }, rows: frame.rows)
                }
            }
        case .top(let n, let key, let descending):
            let value = Expressions.compile(key, context)
            return { frame, cancellation throws(QueryStop) in
                try cancellation.check()
                let read = value(frame.columns)
                let column = Column.values(frame.rows.map(read))
                let positions = try Sorting.sorted(Array(frame.rows.indices), columns: [column],
                                                   by: [CheckedSortKey(field: 0, type: key.type, descending: descending)],
                                                   cancellation: cancellation)
                frame.rows = positions.prefix(max(0, n)).map { frame.rows[$0] }
            }
        case .pivot(let column, let aggregate, let keys):
            let keyValues = keys.map { Expressions.compile($0.expr, context) }
            let argument = aggregate.argument.map { Expressions.compile($0, context) }
            return { frame, cancellation throws(QueryStop) in
                try cancellation.check()
                let readKeys = keyValues.map { $0(frame.columns) }
                let keyParts = Grouping.keyParts(keys, readKeys, columns: frame.columns)
                let columnPart = Grouping.partReader(frame.columns[column])
                let pivoted = try Pivoting.pivot(rows: frame.rows, keyParts: keyParts, columnPart: columnPart,
                                                  cancellation: cancellation)
                let read = argument?(frame.columns)
                if let units = aggregate.units, let figure = aggregate.argument, let argument {
                    try UnitCheck.check(aggregate, units: units, groups: pivoted.cells.flatMap { $0.compactMap { $0 } },
                                        figure: figure, compiled: argument, columns: frame.columns)
                }
                var columns: [Column] = readKeys.map { read in .values(pivoted.groups.map { read($0) }) }
                var fields = keys.map(\.field)
                for (c, first) in pivoted.columns.enumerated() {
                    let name = frame.columns[column].value(at: first).description
                    fields.append(Field(name.isEmpty ? "(missing)" : name, aggregate.field.type))
                    var values: [Value] = []
                    for cells in pivoted.cells {
                        guard let rows = cells[c] else { values.append(aggregate.function == .count ? .integer(0) : .missing); continue }
                        guard let read else { values.append(.integer(rows.count)); continue }
                        values.append(Grouping.aggregate(aggregate.function, try cancellation.map(rows, read), rows: rows.count,
                                                         parameter: aggregate.parameter))
                    }
                    columns.append(.values(values))
                }
                frame = Frame(fields: fields, columns: columns, rows: Array(0..<pivoted.groups.count))
            }
        case .growth(let value, let keys, let period, let unit):
            let readValue = Expressions.compile(value, context)
            let keyValues = keys.map { Expressions.compile($0.expr, context) }
            return { frame, cancellation throws(QueryStop) in
                try cancellation.check()
                let read = readValue(frame.columns)
                var parts = Grouping.keyParts(keys, keyValues.map { $0(frame.columns) }, columns: frame.columns)
                if let unit { parts.append(Grouping.partReader(frame.columns[unit])) }
                let groups = try Grouping.groups(frame.rows, keyParts: parts, cancellation).map(\.rows)
                let periods = frame.columns[period]
                let found = PeriodComparison.compare(groups: groups, period: { row in
                    if case .period(let p) = periods.value(at: row) { return p }
                    return nil
                }, value: { read($0).numeric })
                try cancellation.check()
                var columns = frame.columns.map { $0.gather(frame.rows) }
                for values in [found.previous, found.growth, found.yoy] {
                    columns.append(.values(frame.rows.map { values[$0].map(Value.number) ?? .missing }))
                }
                frame = Frame(fields: frame.fields + PeriodComparison.fields.map { Field($0, .number) }, columns: columns,
                              rows: Array(0..<frame.rows.count))
            }
        case .joinOn(let dataset, let left, let right, let fields):
            return { frame, cancellation throws(QueryStop) in
                try cancellation.check()
                guard let other = context.datasets[dataset] else { return }
                let pairs = try JoinOnFields.pairs(frame.rows, keys: left.map { frame.columns[$0] },
                                                   other: right.map { other.columns[$0] }, otherRows: other.rowCount,
                                                   cancellation: cancellation)
                frame = Frame(fields: frame.fields + fields,
                              columns: frame.columns.map { $0.gather(pairs.map(\.0)) } + other.columns.map { $0.gather(pairs.map(\.1)) },
                              rows: Array(0..<pairs.count))
            }
        case .join(let lookup, let fields):
            return { frame, cancellation throws(QueryStop) in
                try cancellation.check()
                guard let target = context.datasets[lookup.dataset], let idColumn = target.schema.index(of: "id") else { return }
                var rowOfID: [String: Int] = [:]
                for r in 0..<target.rowCount where rowOfID[target.value(row: r, column: idColumn).description] == nil {
                    rowOfID[target.value(row: r, column: idColumn).description] = r
                }
                let reference = frame.columns[lookup.reference]
                // For every row of the frame (numbered as its columns are), the row it refers to.
                let count = frame.columns.first?.count ?? 0
                let targetRows = (0..<count).map { row -> Int in
                    guard case .text(let id) = reference.value(at: row) else { return -1 }
                    return rowOfID[id] ?? -1
                }
                frame.columns += target.columns.map { $0.gather(targetRows) }
                frame.fields += fields
            }
        }
    }
}

/// Runs a plan and gives the result table.
public enum Evaluator {
    public static func run(_ plan: Plan, isCancelled: @escaping () -> Bool = { false }) throws(QueryStop) -> ResultTable {
        let cancellation = Cancellation(isRequested: isCancelled)
        var frame = try input(of: plan, cancellation)
        for step in plan.steps {
            try cancellation.check()
            try step.run(&frame, cancellation)
        }
        var table = frame.table()
        table.chart = plan.chart.map { TableChart(value: $0.value, label: $0.label) }
        return table
    }

    /// The rows a plan starts from: its dataset's, or those its named query gives.
    static func input(of plan: Plan, _ cancellation: Cancellation) throws(QueryStop) -> Frame {
        switch plan.source {
        case .dataset(let dataset):
            return Frame(dataset: dataset)
        case .view(_, let inner):
            var frame = try input(of: inner, cancellation)
            for step in inner.steps {
                try cancellation.check()
                try step.run(&frame, cancellation)
            }
            return frame
        }
    }

    /// Runs a plan one step at a time and tells what each step did, for `.plan`: the scan
    /// first, then every step with how it works and how many rows come out of it.
    /// The counts are exact: they come from running the steps on the data.
    public static func walkThrough(_ plan: Plan, isCancelled: @escaping () -> Bool = { false }) throws(QueryStop) -> PlanWalkthrough {
        let cancellation = Cancellation(isRequested: isCancelled)
        var frame = try input(of: plan, cancellation)
        let scan: StepReport
        switch plan.source {
        case .dataset(let d):
            var method = ["reads every row of the dataset, in the order they were loaded"]
            if d.name == Schemas.progress.dataset { method += Progress.howRowsAreMade }
            scan = StepReport(summary: "scan \(d.name)", method: method, rows: frame.rows.count)
        case .view(let name, _):
            scan = StepReport(summary: "run \(name)", method: ["runs the named query \(name) and takes its rows"], rows: frame.rows.count)
        }
        var reports = [scan]
        for step in plan.steps {
            // Said before the step runs: the method is told from the rows coming in.
            let method = step.method(frame)
            try step.run(&frame, cancellation)
            reports.append(StepReport(summary: step.summary, method: method, rows: frame.rows.count))
        }
        return PlanWalkthrough(dataset: plan.dataset, steps: reports)
    }
}
