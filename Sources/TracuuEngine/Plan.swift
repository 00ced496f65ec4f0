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
    let run: (inout Frame) -> Void
}

/// Turns a checked query into a plan of compiled steps.
public enum Planner {
    public static func plan(_ query: CheckedQuery, describing stages: [String]) -> Plan {
        var steps: [PlanStep] = []
        for (i, stage) in query.stages.enumerated() {
            let summary = i < stages.count ? stages[i] : ""
            steps.append(PlanStep(summary: summary, run: compile(stage)))
        }
        return Plan(dataset: query.dataset, steps: steps, resultFields: query.resultFields)
    }

    static func compile(_ stage: CheckedStage) -> (inout Frame) -> Void {
        switch stage {
        case .filter(let condition):
            let predicate = Predicates.compile(condition)
            return { frame in
                let test = predicate(frame.columns)
                frame.rows = frame.rows.filter(test)
            }
        case .select(let indexes):
            return { frame in
                frame.fields = indexes.map { frame.fields[$0] }
                frame.columns = indexes.map { frame.columns[$0] }
            }
        case .sort(let keys):
            return { frame in
                frame.rows = Sorting.sorted(frame.rows, columns: frame.columns, by: keys)
            }
        case .limit(let n):
            return { frame in
                frame.rows = Array(frame.rows.prefix(max(0, n)))
            }
        case .count:
            return { frame in
                frame = Frame(fields: [Field("count", .integer)],
                              columns: [.values([.integer(frame.rows.count)])], rows: [0])
            }
        }
    }
}

/// Runs a plan over the datasets and gives the result table.
public enum Evaluator {
    public static func run(_ plan: Plan, on dataset: Dataset) -> ResultTable {
        var frame = Frame(dataset: dataset)
        for step in plan.steps {
            step.run(&frame)
        }
        return frame.table()
    }
}
