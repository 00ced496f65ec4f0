import TracuuData
import TracuuSyntax
import TracuuValues

/// A plan as `.plan` shows it: every step, from the scan on, with how it works and how
/// many rows come out of it.
public struct PlanWalkthrough: Sendable {
    /// The dataset the scan reads.
    public let dataset: String
    /// The scan first, then the steps in the order they run.
    public let steps: [StepReport]
}

/// One step of a plan, told for people.
public struct StepReport: Sendable, Equatable {
    /// "scan targets", "filter district = "Triệu Phong"", "sort due desc".
    public let summary: String
    /// How the step does its work, one sentence a line.
    public let method: [String]
    /// How many rows come out of the step, counted by running it.
    public let rows: Int
}

/// Puts the steps of a plan into words: how each one does its work. The words follow
/// what `Planner.compile` and `Predicates` really do, so a teacher can trust them: a
/// filter's sentences come from the compiled test itself (`TestLabel`).
enum PlanPrinter {
    /// The sentences for one step, to be told from the rows that come into it.
    static func method(of stage: CheckedStage, _ context: CompileContext) -> (Frame) -> [String] {
        switch stage {
        case .filter(let condition):
            // The same compiled test the step runs, asked to describe itself.
            let predicate = Predicates.compile(condition, context)
            return { frame in filterMethod(predicate(frame.columns), frame) }
        case .select(let items):
            return { frame in
                let kept = items.filter { if case .field = $0.expr { return true }; return false }
                let computed = items.count - kept.count
                let names = items.map(\.field.name).joined(separator: ", ")
                if computed == 0 {
                    return ["keeps \(items.count) of \(frame.fields.count) fields (\(names)); no value is copied"]
                }
                return ["gives \(items.count) fields (\(names)); \(computed) computed in each row"]
            }
        case .group(let keys, let aggregates):
            return { frame in
                let functions = aggregates.map { "\($0.function.rawValue) as \($0.field.name)" }.joined(separator: ", ")
                guard !keys.isEmpty else {
                    return ["one group of all \(frame.rows.count) rows: \(functions)"]
                }
                return ["rows with the same \(keys.map(\.field.name).joined(separator: ", ")) become one group (text equal under =), in order of first appearance",
                        "then per group: \(functions)"]
            }
        case .distinct(let indexes, let wholeRows):
            return { frame in
                let names = indexes.isEmpty ? "all fields" : indexes.map { frame.fields[$0].name }.joined(separator: ", ")
                return wholeRows ? ["keeps the first row of each different \(names)"]
                    : ["keeps \(names) alone, one row for each different combination, in order of first appearance"]
            }
        case .top(let n, _, let descending):
            return { _ in ["computes the value in each row, orders the rows \(descending ? "largest" : "smallest") first, keeps \(n)"] }
        case .joinOn(let dataset, let left, _, let fields):
            return { frame in
                ["pairs each row with every row of \(dataset) (\(fields.count) fields) whose \(left.map { frame.fields[$0].name }.joined(separator: ", ")) is equal (text under =), through an index of \(dataset) built once",
                 "a row without a match, or with a missing key, is left out (an inner join)"]
            }
        case .join(let lookup, let fields):
            return { frame in
                ["adds the \(fields.count) fields of \(lookup.dataset) for the id in \(frame.fields[lookup.reference].name), found through an index of ids built once"]
            }
        case .sort(let keys):
            return { frame in
                keys.map { key in
                    let name = frame.fields[key.field].name
                    let direction = key.descending ? "descending" : "ascending"
                    if key.type == .text {
                        return "\(name): in Vietnamese alphabetical order, \(direction), by ranks computed at load"
                    }
                    return "\(name): \(plural(key.type)) in \(direction) order"
                } + ["missing values go last; rows that tie keep their order"]
            }
        case .pivot(let column, let aggregate, let keys):
            return { frame in
                let by = keys.isEmpty ? "all rows" : "each different " + keys.map(\.field.name).joined(separator: ", ")
                return ["one row for \(by); one column for each value of \(frame.fields[column].name), in order of first appearance",
                        "each cell: \(aggregate.function.rawValue) over the rows of both"]
            }
        case .growth(_, let keys, _, let unit):
            return { frame in
                let group = (keys.map(\.field.name) + (unit.map { [frame.fields[$0].name] } ?? [])).joined(separator: ", ")
                return ["rows with the same \(group.isEmpty ? "everything" : group) are compared in like periods (same kind and length)",
                        "adds previous (the latest earlier period's value), growth and yoy (% from it, and from a year before)"]
            }
        case .limit(let n, let offset):
            let rows = "\(n) \(n == 1 ? "row" : "rows")"
            return { _ in [offset == 0 ? "keeps the first \(rows)" : "skips the first \(offset), then keeps \(rows)"] }
        case .count:
            return { _ in ["counts the rows: the result is one row with one field, count"] }
        }
    }

    /// What a filter does, read off the test it runs (`RowTest.sentences`).
    static func filterMethod(_ test: RowTest, _ frame: Frame) -> [String] {
        let lines = test.sentences(fieldNames: frame.fields.map(\.name))
        guard !lines.isEmpty else { return ["keeps the rows for which the condition holds"] }
        // `RowTest.all`: each term of a top-level `and` is its own loop over fewer rows.
        if case .all = test {
            return lines + ["each condition joined by and is tested only on the rows the ones before it kept"]
        }
        return lines
    }

    static func plural(_ type: FieldType) -> String {
        switch type {
        case .text: return "texts"
        case .integer: return "integers"
        case .number: return "numbers"
        case .date: return "dates"
        case .term: return "terms"
        case .period: return "periods"
        case .boolean: return "booleans"
        }
    }
}
