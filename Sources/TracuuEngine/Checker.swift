import TracuuDiagnostics
import TracuuSyntax
import TracuuText
import TracuuValues

/// Binds a query to the datasets before anything runs: names to fields, literals to
/// types, and every comparison to the rule it follows (`TypeRules`). Its errors point at
/// the exact name or comparison, with a "did you mean …?" where one is close.
public struct Checker {
    let schemas: [String: [Field]]
    let source: SourceFile

    /// `schemas`: each dataset's name and fields.
    public init(schemas: [String: [Field]], source: SourceFile) {
        self.schemas = schemas
        self.source = source
    }

    public func check(_ query: Query) throws(Diagnostic) -> CheckedQuery {
        let datasetName = try resolveDataset(query.source)
        var fields = schemas[datasetName] ?? []
        var stages: [CheckedStage] = []
        var countedAt: Stage?

        if let condition = query.condition {
            stages.append(.filter(try checkCondition(condition, fields: fields, dataset: datasetName)))
        }
        for stage in query.stages {
            if let counted = countedAt {
                throw error("nothing can follow 'count' yet", at: stage.range,
                            hint: "put '\(source.text[stage.range])' before '\(source.text[counted.range])'")
            }
            switch stage.kind {
            case .where(let condition):
                stages.append(.filter(try checkCondition(condition, fields: fields, dataset: datasetName)))
            case .select(let names):
                var indexes: [Int] = []
                for name in names {
                    let (i, _) = try resolveField(name, in: fields, dataset: datasetName)
                    indexes.append(i)
                }
                stages.append(.select(indexes))
                fields = indexes.map { fields[$0] }
            case .sort(let keys):
                var checked: [CheckedSortKey] = []
                for key in keys {
                    let (i, type) = try resolveField(key.field, in: fields, dataset: datasetName)
                    checked.append(CheckedSortKey(field: i, type: type, descending: key.descending))
                }
                stages.append(.sort(checked))
            case .limit(let n):
                stages.append(.limit(n))
            case .count:
                stages.append(.count)
                fields = [Field("count", .integer)]
                countedAt = stage
            }
        }
        return CheckedQuery(dataset: datasetName, stages: stages, resultFields: fields)
    }

    // MARK: - Names

    func resolveDataset(_ name: Name) throws(Diagnostic) -> String {
        let names = schemas.keys.sorted()
        if let exact = names.first(where: { $0.lowercased() == name.text.lowercased() }) { return exact }
        var hints: [String] = []
        if let close = Suggestions.closest(to: name.text, among: names) {
            hints.append("did you mean '\(close)'?")
        } else {
            hints.append("the datasets are: \(names.joined(separator: ", "))")
        }
        throw error("unknown dataset '\(name.text)'", at: name.range, hints: hints)
    }

    func resolveField(_ name: Name, in fields: [Field], dataset: String) throws(Diagnostic) -> (Int, FieldType) {
        if let i = fields.firstIndex(where: { $0.name.lowercased() == name.text.lowercased() }) {
            return (i, fields[i].type)
        }
        let names = fields.map(\.name)
        var hints: [String] = []
        if let close = Suggestions.closest(to: name.text, among: names) {
            hints.append("did you mean '\(close)'?")
        } else {
            hints.append("the fields of \(dataset) here are: \(names.joined(separator: ", "))")
        }
        throw error("unknown field '\(name.text)' in '\(dataset)'", at: name.range, hints: hints)
    }

    // MARK: - Conditions

    func checkCondition(_ expr: Expr, fields: [Field], dataset: String) throws(Diagnostic) -> CheckedExpr {
        let checked = try checkExpr(expr, fields: fields, dataset: dataset)
        guard checked.type == .boolean else {
            throw error("a condition must be true or false, and this is \(TypeRules.article(checked.type))", at: expr.range,
                        hints: ["compare it with something: \(source.text[expr.range]) = …"])
        }
        return checked
    }

    func checkExpr(_ expr: Expr, fields: [Field], dataset: String) throws(Diagnostic) -> CheckedExpr {
        switch expr.kind {
        case .field(let name):
            let (i, type) = try resolveField(Name(name, expr.range), in: fields, dataset: dataset)
            return .field(i, type)
        case .literal(let value):
            return .literal(value)
        case .not(let inner):
            return .not(try checkCondition(inner, fields: fields, dataset: dataset))
        case .logical(let op, let a, let b):
            let left = try checkCondition(a, fields: fields, dataset: dataset)
            let right = try checkCondition(b, fields: fields, dataset: dataset)
            return op == .and ? .and(left, right) : .or(left, right)
        case .comparison(let op, let a, let b):
            var left = try checkExpr(a, fields: fields, dataset: dataset)
            var right = try checkExpr(b, fields: fields, dataset: dataset)
            // A year compared with a period is the period of that year: `period = 2021`.
            left = yearAsPeriod(left, beside: right)
            right = yearAsPeriod(right, beside: left)
            if op == .within {
                if let mismatch = TypeRules.within(left.type, right.type) {
                    throw error(mismatch.message, at: expr.range, hints: mismatch.hint.map { [$0] } ?? [])
                }
                return .within(left, right)
            }
            switch TypeRules.comparison(op, left.type, right.type) {
            case .success(let type):
                return .compare(op, left, right, as: type)
            case .failure(let mismatch):
                throw error(mismatch.message, at: expr.range, hints: mismatch.hint.map { [$0] } ?? [])
            }
        case .inList(let a, let items):
            let left = try checkExpr(a, fields: fields, dataset: dataset)
            var values: [Value] = []
            var type = left.type
            for item in items {
                let checkedItem = yearAsPeriod(try checkExpr(item, fields: fields, dataset: dataset), beside: left)
                guard case .literal(let value) = checkedItem else {
                    throw error("a list after 'in' holds values, not fields", at: item.range,
                                hints: ["write the values themselves: kind in (\"goal\", \"target\")"])
                }
                switch TypeRules.comparison(.equal, left.type, checkedItem.type) {
                case .success(let t): type = t
                case .failure(let mismatch):
                    throw error(mismatch.message, at: item.range, hints: mismatch.hint.map { [$0] } ?? [])
                }
                values.append(value)
            }
            return .oneOf(left, values, as: type)
        case .inRange(let a, let low, let high):
            let left = try checkExpr(a, fields: fields, dataset: dataset)
            var ends: [Value] = []
            var type = left.type
            for end in [low, high] {
                let checkedEnd = yearAsPeriod(try checkExpr(end, fields: fields, dataset: dataset), beside: left)
                guard case .literal(let value) = checkedEnd else {
                    throw error("the ends of a range are values, not fields", at: end.range,
                                hints: ["as in: due in 2020..2025"])
                }
                switch TypeRules.comparison(.lessEqual, left.type, checkedEnd.type) {
                case .success(let t): type = t
                case .failure(let mismatch):
                    throw error(mismatch.message, at: end.range, hints: mismatch.hint.map { [$0] } ?? [])
                }
                ends.append(value)
            }
            return .between(left, ends[0], ends[1], as: type)
        }
    }

    /// An integer literal of four digits beside a period is that year: `period = 2021`.
    func yearAsPeriod(_ expr: CheckedExpr, beside other: CheckedExpr) -> CheckedExpr {
        guard other.type == .period, case .literal(.integer(let year)) = expr,
              let period = Period.year(year) else { return expr }
        return .literal(.period(period))
    }

    func error(_ message: String, at range: SourceRange, hint: String? = nil) -> Diagnostic {
        error(message, at: range, hints: hint.map { [$0] } ?? [])
    }

    func error(_ message: String, at range: SourceRange, hints: [String]) -> Diagnostic {
        Diagnostic(.error, message, at: source.place(of: range), hints: hints)
    }
}
