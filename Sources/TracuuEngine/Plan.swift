import TracuuData
import TracuuValues

/// What the evaluator will do, step by step: scan a dataset, then each stage in order.
/// Each step is compiled once; running it rewrites the frame of rows.
public struct Plan {
    public let dataset: String
    public let steps: [PlanStep]
    public let resultFields: [Field]
}

public struct PlanStep {
    /// One line for `.plan`: "filter district = …", "sort due desc".
    public let summary: String
    /// How the step does its work, in words, told from the rows coming in (`PlanPrinter`).
    let method: (Frame) -> [String]
    let run: (inout Frame, Cancellation) throws(Interrupted) -> Void
}

/// Thrown when the user pressed Ctrl-C while a query ran.
public struct Interrupted: Error, Equatable {
    public init() {}
}

/// Asks whether the running query should stop. Steps ask between chunks of rows, so a
/// query over millions of rows stops within milliseconds without paying per row.
struct Cancellation {
    let isRequested: () -> Bool

    func check() throws(Interrupted) {
        if isRequested() { throw Interrupted() }
    }

    /// Rows are tested in chunks of this many between two checks.
    static let chunk = 4096
}

/// Turns a checked query into a plan of compiled steps.
public enum Planner {
    public static func plan(_ query: CheckedQuery, describing stages: [String]) -> Plan {
        var steps: [PlanStep] = []
        for (i, stage) in query.stages.enumerated() {
            let summary = i < stages.count ? stages[i] : ""
            steps.append(PlanStep(summary: summary, method: PlanPrinter.method(of: stage), run: compile(stage)))
        }
        return Plan(dataset: query.dataset, steps: steps, resultFields: query.resultFields)
    }

    static func compile(_ stage: CheckedStage) -> (inout Frame, Cancellation) throws(Interrupted) -> Void {
        switch stage {
        case .filter(let condition):
            let predicate = Predicates.compile(condition)
            return { frame, cancellation throws(Interrupted) in
                let test = predicate(frame.columns)
                var kept: [Int] = []
                var start = 0
                while start < frame.rows.count {
                    try cancellation.check()
                    let end = min(start + Cancellation.chunk, frame.rows.count)
                    for row in frame.rows[start..<end] where test(row) { kept.append(row) }
                    start = end
                }
                frame.rows = kept
            }
        case .select(let indexes):
            return { frame, _ in
                frame.fields = indexes.map { frame.fields[$0] }
                frame.columns = indexes.map { frame.columns[$0] }
            }
        case .sort(let keys):
            return { frame, cancellation throws(Interrupted) in
                frame.rows = try Sorting.sorted(frame.rows, columns: frame.columns, by: keys, cancellation: cancellation)
            }
        case .limit(let n):
            return { frame, _ in
                frame.rows = Array(frame.rows.prefix(max(0, n)))
            }
        case .count:
            return { frame, _ in
                frame = Frame(fields: [Field("count", .integer)],
                              columns: [.values([.integer(frame.rows.count)])], rows: [0])
            }
        }
    }
}

/// Runs a plan over the datasets and gives the result table.
public enum Evaluator {
    public static func run(_ plan: Plan, on dataset: Dataset, isCancelled: @escaping () -> Bool = { false }) throws(Interrupted) -> ResultTable {
        var frame = Frame(dataset: dataset)
        let cancellation = Cancellation(isRequested: isCancelled)
        for step in plan.steps {
            try cancellation.check()
            try step.run(&frame, cancellation)
        }
        return frame.table()
    }

    /// Runs a plan one step at a time and tells what each step did, for `.plan`: the scan
    /// first, then every step with how it works and how many rows come out of it.
    /// The counts are exact: they come from running the steps on the data.
    public static func walkThrough(_ plan: Plan, on dataset: Dataset, isCancelled: @escaping () -> Bool = { false }) throws(Interrupted) -> PlanWalkthrough {
        var frame = Frame(dataset: dataset)
        let cancellation = Cancellation(isRequested: isCancelled)
        var reports = [StepReport(summary: "scan \(plan.dataset)",
                                  method: ["reads every row of the dataset, in the order they were loaded"],
                                  rows: frame.rows.count)]
        for step in plan.steps {
            // Said before the step runs: the method is told from the rows coming in.
            let method = step.method(frame)
            try step.run(&frame, cancellation)
            reports.append(StepReport(summary: step.summary, method: method, rows: frame.rows.count))
        }
        return PlanWalkthrough(dataset: plan.dataset, steps: reports)
    }
}
