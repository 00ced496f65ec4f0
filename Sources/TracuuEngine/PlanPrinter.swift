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
/// what `Planner.compile` and `Predicates` really do, so a teacher can trust them.
enum PlanPrinter {
    /// The sentences for one step, to be told from the rows that come into it.
    static func method(of stage: CheckedStage) -> (Frame) -> [String] {
        switch stage {
        case .filter(let condition):
            return { frame in
                let lines = conditionMethod(condition, frame)
                guard !lines.isEmpty else { return ["keeps the rows for which the condition holds"] }
                // `RowTest.all`: each term of a top-level `and` is its own loop over fewer rows.
                if case .all = condition {
                    return lines + ["each condition joined by and is tested only on the rows the ones before it kept"]
                }
                return lines
            }
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
        case .distinct(let indexes):
            return { frame in
                let names = indexes.isEmpty ? "all fields" : indexes.map { frame.fields[$0].name }.joined(separator: ", ")
                return ["keeps the first row of each different \(names)"]
            }
        case .top(let n, _, let descending):
            return { _ in ["computes the value in each row, orders the rows \(descending ? "largest" : "smallest") first, keeps \(n)"] }
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
        case .limit(let n):
            return { _ in ["keeps the first \(n) \(n == 1 ? "row" : "rows")"] }
        case .count:
            return { _ in ["counts the rows: the result is one row with one field, count"] }
        }
    }

    /// One sentence per comparison of a condition, in the order they are written.
    static func conditionMethod(_ expr: CheckedExpr, _ frame: Frame) -> [String] {
        switch expr {
        case .not(let inner):
            return conditionMethod(inner, frame)
        case .all(let terms), .any(let terms):
            return terms.flatMap { conditionMethod($0, frame) }
        case .compare(let op, let left, let right, let type):
            // The same two shapes that `Predicates.compileComparison` decides through the dictionary.
            if type == .text, case .field(let index, _) = left, case .literal(.text) = right {
                return [dictionaryMethod(op, index, frame)]
            }
            if type == .text, op != .matches, op != .contains,
               case .literal(.text) = left, case .field(let index, _) = right {
                return [dictionaryMethod(op, index, frame)]
            }
            if op == .within { return [withinMethod(left, right, frame)] }
            // The shapes `Predicates.fieldTest` decides from the field's stored values alone.
            if case .field(let index, _) = left, case .literal(let literal) = right {
                return [fieldMethod(index, "\(plural(type)) compared", "", frame, plainNumbers: literal.numeric != nil)]
            }
            if case .literal(let literal) = left, case .field(let index, _) = right {
                return [fieldMethod(index, "\(plural(type)) compared", "", frame, plainNumbers: literal.numeric != nil)]
            }
            return [sentence(name(of: left, frame) ?? name(of: right, frame), "\(plural(type)) compared in each row")]
        case .oneOf(let left, let values, let type):
            if case .field(let index, .text) = left {
                return [sentence(name(of: left, frame),
                                 "text looked up among \(values.count) values once per distinct value"
                                 + distinctCount(index, frame) + ", then by code per row")]
            }
            if case .field(let index, _) = left {
                return [fieldMethod(index, "\(plural(type)) compared", " with each of \(values.count) values", frame,
                                    plainNumbers: values.allSatisfy { $0.numeric != nil })]
            }
            return [sentence(name(of: left, frame), "\(plural(type)) compared in each row with each of \(values.count) values")]
        case .between(let left, let low, let high, let type):
            let bounds = " to lie between \(ASTPrinter.literal(low)) and \(ASTPrinter.literal(high))"
            if case .field(let index, _) = left {
                return [fieldMethod(index, "\(plural(type)) checked", bounds, frame, plainNumbers: low.numeric != nil && high.numeric != nil)]
            }
            return [sentence(name(of: left, frame), "\(plural(type)) checked in each row" + bounds)]
        case .within(let left, let right):
            return [withinMethod(left, right, frame)]
        default:
            return [sentence(name(of: expr, frame), "computed in each row")]
        }
    }

    /// A text field against a text: decided once per distinct text, then looked up by code.
    static func dictionaryMethod(_ op: ComparisonOperator, _ index: Int, _ frame: Frame) -> String {
        let how: String
        switch op {
        case .matches: how = "text folded (no case, no diacritics) and searched"
        case .contains: how = "text searched, ignoring case,"
        case .less, .lessEqual, .greater, .greaterEqual: how = "text placed in Vietnamese alphabetical order"
        default: how = "text compared"
        }
        guard case .text = frame.columns[index] else {
            // A computed text column has no dictionary, so it is compared row by row.
            return sentence(frame.fields[index].name, "text compared in each row")
        }
        return sentence(frame.fields[index].name,
                        "\(how) once per distinct value\(distinctCount(index, frame)), then by code per row")
    }

    /// `date in 2020-2025`, `2021 in term`: said of the field, whichever side it is on.
    static func withinMethod(_ left: CheckedExpr, _ right: CheckedExpr, _ frame: Frame) -> String {
        if case .field(let index, _) = left, case .literal = right {
            return fieldMethod(index, "checked", " to fall within \(describe(right, frame))", frame, plainNumbers: false)
        }
        if case .literal = left, case .field(let index, _) = right {
            return fieldMethod(index, "checked", " to hold \(describe(left, frame))", frame, plainNumbers: false)
        }
        if let field = name(of: left, frame) {
            return sentence(field, "checked in each row to fall within \(describe(right, frame))")
        }
        return sentence(name(of: right, frame), "checked in each row to hold \(describe(left, frame))")
    }

    /// A stored field against constants (`Predicates.fieldTest`): decided once per distinct
    /// value of a coded column, on plain numbers for a numbers column, else row by row.
    static func fieldMethod(_ index: Int, _ what: String, _ detail: String, _ frame: Frame, plainNumbers: Bool) -> String {
        let name = frame.fields[index].name
        switch frame.columns[index] {
        case .coded(_, let dictionary):
            return sentence(name, "\(what) once per distinct value (\(dictionary.count) distinct)\(detail), then by code per row")
        case .numbers where plainNumbers:
            return sentence(name, "\(what) in each row\(detail), as plain numbers")
        default:
            return sentence(name, "\(what) in each row\(detail)")
        }
    }

    /// A field's name or a literal as written: for sentences about the other side.
    static func describe(_ expr: CheckedExpr, _ frame: Frame) -> String {
        switch expr {
        case .literal(let value): return ASTPrinter.literal(value)
        default: return name(of: expr, frame) ?? "the other side"
        }
    }

    /// " (3 distinct)" for a dictionary-encoded column.
    static func distinctCount(_ index: Int, _ frame: Frame) -> String {
        guard case .text(_, let dictionary) = frame.columns[index] else { return "" }
        return " (\(dictionary.count) distinct)"
    }

    static func name(of expr: CheckedExpr, _ frame: Frame) -> String? {
        guard case .field(let index, _) = expr else { return nil }
        return frame.fields[index].name
    }

    /// "district: text compared …", or without a field "the same for every row: …".
    static func sentence(_ field: String?, _ how: String) -> String {
        guard let field else { return "no field: the same answer for every row" }
        return "\(field): \(how)"
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
