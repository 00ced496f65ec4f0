import TracuuData
import TracuuDiagnostics
import TracuuSyntax
import TracuuText
import TracuuValues

/// Binds a query to the data before anything runs: names to fields, literals and
/// parameters to values, every comparison and computation to the rule it follows
/// (`TypeRules`). Its errors point at the exact name or expression, with a "did you
/// mean …?" where one is close.
public struct Checker {
    let schemas: [String: [Field]]
    /// Named queries by their lowercased name, already checked.
    let views: [String: NamedQuery]
    let parameters: [String: Value]
    let source: SourceFile
    /// The dataset whose fields the query sees, for messages; nil once a stage has made
    /// fields of its own (select, group by…).
    var scopeName: String?

    public init(schemas: [String: [Field]], views: [String: NamedQuery] = [:], parameters: [String: Value] = [:], source: SourceFile) {
        self.schemas = schemas
        self.views = views
        self.parameters = parameters
        self.source = source
    }

    public func check(_ query: Query) throws(Diagnostic) -> CheckedQuery {
        var scoped = self
        let (checkedSource, sourceFields) = try resolveSource(query.source)
        scoped.scopeName = query.source.text
        if case .dataset(let name) = checkedSource { scoped.scopeName = name }
        return try scoped.checkStages(query, source: checkedSource, fields: sourceFields)
    }

    mutating func checkStages(_ query: Query, source checkedSource: CheckedSource, fields sourceFields: [Field]) throws(Diagnostic) -> CheckedQuery {
        var fields = sourceFields
        var stages: [CheckedStage] = []
        var summaries: [String] = []
        var chart: ChartRequest?
        var groupSummary = ""
        var pendingGroup: [CheckedItem]?     // keys of a `group by` waiting for its aggregates
        var ended: Stage?                    // `count` or `chart`: nothing may follow

        func finishGroup() {
            guard let keys = pendingGroup else { return }
            scopeName = nil
            // `group by` alone counts the rows of each group.
            let count = CheckedAggregate(function: .count, argument: nil, field: Field(uniqueName("count", in: keys.map(\.field)), .integer))
            stages.append(.group(keys: keys, aggregates: [count]))
            summaries.append(groupSummary + " (count)")
            fields = keys.map(\.field) + [count.field]
            pendingGroup = nil
        }

        if let condition = query.condition {
            stages.append(.filter(try checkCondition(condition, fields: fields)))
            summaries.append("filter " + written(condition.range))
        }
        for stage in query.stages {
            if let last = ended {
                let word = source.text[last.range].split(separator: " ").first.map(String.init) ?? ""
                throw error("nothing can follow '\(word)'", at: stage.range,
                            hint: "put '\(source.text[stage.range])' before '\(source.text[last.range])'")
            }
            if case .aggregate = stage.kind {} else { finishGroup() }
            let stageText = written(stage.range)
            switch stage.kind {
            case .where(let condition):
                stages.append(.filter(try checkCondition(condition, fields: fields)))
                summaries.append("filter " + written(condition.range))
            case .select(let items):
                let checked = try checkItems(items, fields: fields)
                stages.append(.select(checked))
                summaries.append(stageText)
                fields = checked.map(\.field)
                scopeName = nil
            case .sort(let keys):
                var checked: [CheckedSortKey] = []
                for key in keys {
                    let (i, type) = try resolveField(key.field, in: fields)
                    checked.append(CheckedSortKey(field: i, type: type, descending: key.descending))
                }
                stages.append(.sort(checked))
                summaries.append(stageText)
            case .limit(let n, let offset):
                stages.append(.limit(try rowCount(n), offset: try rowCount(offset)))
                summaries.append(stageText)
            case .count:
                stages.append(.count)
                summaries.append(stageText)
                fields = [Field("count", .integer)]
                scopeName = nil
                ended = stage
            case .groupBy(let items):
                pendingGroup = try checkItems(items, fields: fields)
                groupSummary = stageText
            case .aggregate(let items):
                let keys = pendingGroup ?? []
                pendingGroup = nil
                var aggregates: [CheckedAggregate] = []
                var taken = keys.map(\.field)
                for item in items {
                    let aggregate = try checkAggregate(item, fields: fields, taken: taken)
                    aggregates.append(aggregate)
                    taken.append(aggregate.field)
                }
                stages.append(.group(keys: keys, aggregates: aggregates))
                summaries.append(keys.isEmpty ? stageText : groupSummary + " | " + stageText)
                fields = taken
                scopeName = nil
            case .distinct(let names, let on):
                var indexes: [Int] = []
                for name in names { indexes.append(try resolveField(name, in: fields).0) }
                let wholeRows = on || names.isEmpty
                stages.append(.distinct(indexes, wholeRows: wholeRows))
                summaries.append(stageText)
                if !wholeRows {
                    fields = indexes.map { fields[$0] }
                    scopeName = nil
                }
            case .top(let n, let key, let descending):
                let checked = try checkExpr(key, fields: fields)
                guard checked.type != .boolean else {
                    throw error("'top' orders rows by a value, not by a condition", at: key.range, hint: "as in: top 3 by value")
                }
                stages.append(.top(n, checked, descending: descending))
                summaries.append(stageText)
            case .join(let name, let keys) where !keys.isEmpty:
                let dataset = try resolveDatasetName(name)
                guard let other = schemas[dataset] else {
                    throw error("'\(name.text)' is a named query; join on fields takes a dataset", at: name.range,
                                hint: "join the dataset, then filter: … | join \(dataset) on district | where …")
                }
                var left: [Int] = [], right: [Int] = []
                for key in keys {
                    let (l, type) = try resolveField(key, in: fields)
                    guard let r = other.firstIndex(where: { $0.name.lowercased() == key.text.lowercased() }) else {
                        throw error("\(dataset) has no field '\(key.text)' to join on", at: key.range,
                                    hint: "the fields of \(dataset) are: \(other.map(\.name).joined(separator: ", "))")
                    }
                    if case .failure(let mismatch) = TypeRules.comparison(.equal, type, other[r].type) {
                        throw error("cannot join on '\(key.text)': \(mismatch.message)", at: key.range)
                    }
                    left.append(l)
                    right.append(r)
                }
                let joined = other.map { Field(dataset + "." + $0.name, $0.type) }
                stages.append(.joinOn(dataset: dataset, left: left, right: right, fields: joined))
                summaries.append(stageText)
                fields += joined
            case .join(let name, _):
                let dataset = try resolveDatasetName(name)
                guard let reference = referenceField(to: dataset, in: fields) else {
                    throw error("the rows here do not refer to \(dataset)", at: name.range,
                                hint: "a join follows a field that holds ids, as metrics' and targets' field 'article' does")
                }
                let targetFields = schemas[dataset] ?? []
                let joined = targetFields.map { Field(fields[reference].name + "." + $0.name, $0.type) }
                stages.append(.join(Lookup(reference: reference, dataset: dataset, field: 0), fields: joined))
                summaries.append(stageText)
                fields += joined
            case .pivot(let column, let using, let keys):
                let (c, _) = try resolveField(column, in: fields)
                let checkedKeys = try checkItems(keys, fields: fields)
                let aggregate = try checkAggregate(using, fields: fields, taken: checkedKeys.map(\.field))
                stages.append(.pivot(column: c, aggregate: aggregate, keys: checkedKeys))
                summaries.append(stageText)
                // The other columns are named by the data: later stages see the keys only
                // (`| sort period` sorts the whole rows), and no query is built on it.
                fields = checkedKeys.map(\.field)
                scopeName = nil
            case .growth(let value, let keys):
                let checkedValue = try checkExpr(value, fields: fields)
                guard checkedValue.type.isNumeric else {
                    throw error("growth compares numbers, and this is \(TypeRules.article(checkedValue.type))", at: value.range,
                                hint: "as in: growth value by district, indicator")
                }
                guard let period = fields.firstIndex(where: { $0.name.lowercased() == "period" && $0.type == .period }) else {
                    throw error("growth compares periods, and the rows here have no field period", at: stage.range,
                                hint: "keep period in the select before it, as in: select district, period, value | growth value by district")
                }
                let checkedKeys = try checkItems(keys, fields: fields)
                for name in PeriodComparison.fields where fields.contains(where: { $0.name.lowercased() == name }) {
                    throw error("growth adds a field '\(name)', and the rows have one already", at: stage.range,
                                hint: "rename it in a select before: select …, \(name) as \(name)_before")
                }
                let unit = fields.firstIndex { $0.name.lowercased() == "unit" && $0.type == .text }
                stages.append(.growth(value: checkedValue, keys: checkedKeys, period: period, unit: unit))
                summaries.append(stageText)
                fields += PeriodComparison.fields.map { Field($0, .number) }
            case .chart(let value, let label):
                let v = try chartColumn(value, fields: fields, role: "values")
                let l = try chartColumn(label, fields: fields, role: "labels")
                guard fields[v].type.isNumeric else {
                    throw error("a chart draws numbers, and '\(fields[v].name)' is \(TypeRules.article(fields[v].type))", at: value.range,
                                hint: "as in: chart total by district")
                }
                chart = ChartRequest(value: v, label: l)
                ended = stage
            }
        }
        finishGroup()
        return CheckedQuery(source: checkedSource, stages: stages, summaries: summaries, resultFields: fields, chart: chart)
    }

    // MARK: - Names

    func resolveSource(_ name: Name) throws(Diagnostic) -> (CheckedSource, [Field]) {
        if let dataset = schemas.keys.first(where: { $0.lowercased() == name.text.lowercased() }) {
            return (.dataset(dataset), schemas[dataset] ?? [])
        }
        // Checked when it was defined: taken as it is, never checked again here. A query
        // can only use names defined before it, so it cannot use itself.
        if let view = views[name.text.lowercased()] {
            let checked = try view.checked.get()
            if case .pivot? = checked.stages.last {
                throw error("'\(view.name)' ends with pivot, whose columns only its data names: it cannot be a source", at: name.range,
                            hint: "name the query before the pivot, and pivot where it is used")
            }
            return (.view(view.name, dataset: checked.dataset), checked.resultFields)
        }
        _ = try resolveDatasetName(name)
        return (.dataset(name.text), [])
    }

    func resolveDatasetName(_ name: Name) throws(Diagnostic) -> String {
        let names = schemas.keys.sorted()
        if let exact = names.first(where: { $0.lowercased() == name.text.lowercased() }) { return exact }
        let viewNames = views.values.map(\.name).sorted()
        let all = names + viewNames
        var hints: [String] = []
        if let close = Suggestions.closest(to: name.text, among: all) {
            hints.append("did you mean '\(close)'?")
        } else {
            hints.append("the datasets are: \(names.joined(separator: ", "))" + (viewNames.isEmpty ? "" : "; named queries: \(viewNames.joined(separator: ", "))"))
        }
        throw error("unknown dataset '\(name.text)'", at: name.range, hints: hints)
    }

    func resolveField(_ name: Name, in fields: [Field]) throws(Diagnostic) -> (Int, FieldType) {
        if let i = fields.firstIndex(where: { $0.name.lowercased() == name.text.lowercased() }) {
            return (i, fields[i].type)
        }
        throw unknownField(name, among: fields)
    }

    func unknownField(_ name: Name, among fields: [Field]) -> Diagnostic {
        let names = fields.map(\.name)
        var hints: [String] = []
        if let close = Suggestions.closest(to: name.text, among: names) {
            hints.append("did you mean '\(close)'?")
        } else {
            hints.append("the fields here are: \(names.joined(separator: ", "))")
        }
        let place = scopeName.map { " in '\($0)'" } ?? ""
        return error("unknown field '\(name.text)'\(place)", at: name.range, hints: hints)
    }

    /// The field that holds ids of `dataset`: `article` for `articles`.
    func referenceField(to dataset: String, in fields: [Field]) -> Int? {
        fields.firstIndex { $0.type == .text && $0.name + "s" == dataset }
    }

    func chartColumn(_ expr: Expr, fields: [Field], role: String) throws(Diagnostic) -> Int {
        guard case .field(let name) = expr.kind else {
            throw error("a chart takes fields for its \(role)", at: expr.range,
                        hint: "compute it first: select \(source.text[expr.range]) as name, then chart name by …")
        }
        return try resolveField(Name(name, expr.range), in: fields).0
    }

    // MARK: - Items

    func checkItems(_ items: [SelectItem], fields: [Field]) throws(Diagnostic) -> [CheckedItem] {
        var result: [CheckedItem] = []
        for item in items {
            if case .allFields = item.expr.kind {
                // `*`: every field coming in, by its name; a name taken twice is the usual error.
                for (i, field) in fields.enumerated() {
                    if result.contains(where: { $0.field.name.lowercased() == field.name.lowercased() }) {
                        throw error("two fields are named '\(field.name)'", at: item.expr.range, hint: "name the other one with 'as'")
                    }
                    result.append(CheckedItem(expr: .field(i, field.type), field: field))
                }
                continue
            }
            let expr = try checkExpr(item.expr, fields: fields)
            let name = item.name?.text ?? defaultName(item.expr)
            if result.contains(where: { $0.field.name.lowercased() == name.lowercased() }) {
                throw error("two fields are named '\(name)'", at: item.name?.range ?? item.expr.range,
                            hint: "name one of them with 'as'")
            }
            result.append(CheckedItem(expr: expr, field: Field(name, expr.type)))
        }
        return result
    }

    /// Source text on one line, for plan summaries.
    func written(_ range: SourceRange) -> String {
        source.text[range].split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A field keeps its name; anything else is named as it was written.
    func defaultName(_ expr: Expr) -> String {
        if case .field(let name) = expr.kind { return name }
        return source.text[expr.range].split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func uniqueName(_ name: String, in fields: [Field]) -> String {
        var candidate = name
        var n = 2
        while fields.contains(where: { $0.name == candidate }) {
            candidate = "\(name)_\(n)"
            n += 1
        }
        return candidate
    }

    func checkAggregate(_ item: SelectItem, fields: [Field], taken: [Field]) throws(Diagnostic) -> CheckedAggregate {
        guard case .call(let name, let arguments, let distinct) = item.expr.kind,
              let function = Checker.aggregate(named: name.text, distinct: distinct) else {
            throw error("expected an aggregate such as sum(value) or count()", at: item.expr.range,
                        hint: "aggregates are: count(), count(distinct x), sum(x), avg(x), min(x), max(x), median(x), percentile(x, p), stddev(x)")
        }
        let fieldName = item.name?.text ?? defaultName(item.expr)
        if taken.contains(where: { $0.name.lowercased() == fieldName.lowercased() }) {
            throw error("two fields are named '\(fieldName)'", at: item.name?.range ?? item.expr.range, hint: "name one of them with 'as'")
        }
        if function == .count && arguments.isEmpty {
            return CheckedAggregate(function: .count, argument: nil, field: Field(fieldName, .integer))
        }
        var parameter: Double?
        if function == .percentile {
            guard arguments.count == 2 else {
                throw error("percentile() takes a value and a percentage", at: item.expr.range, hint: "as in: percentile(value, 90)")
            }
            let p = try checkExpr(arguments[1], fields: fields)
            guard case .literal(let v) = p, let number = v.numeric, (0...100).contains(number) else {
                throw error("the percentage of percentile() is a number from 0 to 100", at: arguments[1].range,
                            hint: "as in: percentile(value, 90)")
            }
            parameter = number
        } else if arguments.count != 1 {
            throw error("\(name.text)() takes one value", at: item.expr.range, hint: "as in: \(name.text)(value)")
        }
        let argument = try checkExpr(arguments[0], fields: fields)
        let type: FieldType
        switch function {
        case .median, .percentile, .stddev:
            guard argument.type.isNumeric else {
                throw error("\(name.text)() is over numbers, and this is \(TypeRules.article(argument.type))", at: arguments[0].range,
                            hint: "as in: \(name.text)(value\(function == .percentile ? ", 90" : ""))")
            }
            type = .number
        case .count, .countDistinct:
            type = .integer
        case .sum, .avg:
            guard argument.type.isNumeric else {
                throw error("\(name.text)() adds numbers, and this is \(TypeRules.article(argument.type))", at: arguments[0].range,
                            hint: "count it instead: count(\(source.text[arguments[0].range]))")
            }
            type = function == .sum ? argument.type : .number
        case .min, .max:
            guard argument.type != .boolean else {
                throw error("true and false have no order", at: arguments[0].range, hint: "count them: count(\(source.text[arguments[0].range]))")
            }
            type = argument.type
        }
        let units = UnitCheck.unitField(for: function, argument, fields: fields).map { ($0, source.place(of: item.expr.range)) }
        return CheckedAggregate(function: function, argument: argument, field: Field(fieldName, type), units: units,
                                parameter: parameter)
    }

    static func aggregate(named name: String, distinct: Bool) -> AggregateFunction? {
        switch name.lowercased() {
        case "count": return distinct ? .countDistinct : .count
        case "sum": return .sum
        case "avg", "mean": return .avg
        case "min": return .min
        case "max": return .max
        case "median": return .median
        case "percentile": return .percentile
        case "stddev", "stdev": return .stddev
        default: return nil
        }
    }

    // MARK: - Conditions and expressions

    func checkCondition(_ expr: Expr, fields: [Field]) throws(Diagnostic) -> CheckedExpr {
        let checked = try checkExpr(expr, fields: fields)
        guard checked.type == .boolean else {
            throw error("a condition must be true or false, and this is \(TypeRules.article(checked.type))", at: expr.range,
                        hints: ["compare it with something: \(source.text[expr.range]) = …"])
        }
        return checked
    }

    func checkExpr(_ expr: Expr, fields: [Field]) throws(Diagnostic) -> CheckedExpr {
        switch expr.kind {
        case .field(let name):
            return try checkField(name, range: expr.range, fields: fields)
        case .literal(let value):
            return .literal(value)
        case .parameter(let name):
            guard let value = parameter(name) else {
                throw error("the parameter '$\(name)' has no value", at: expr.range,
                            hint: "set it with --param \(name)=… on the command line, or .param set \(name) …")
            }
            return .literal(value)
        case .not(let inner):
            return .not(try checkCondition(inner, fields: fields))
        case .logical(let op, let terms):
            var checked: [CheckedExpr] = []
            checked.reserveCapacity(terms.count)
            for term in terms { checked.append(try checkCondition(term, fields: fields)) }
            return op == .and ? .all(checked) : .any(checked)
        case .comparison(let op, let a, let b):
            var left = try checkExpr(a, fields: fields)
            var right: CheckedExpr
            do {
                right = try checkExpr(b, fields: fields)
            } catch {
                throw Checker.bareWordHint(error, word: b, after: a, beside: left, op: op, source: source)
            }
            // A parameter is typed by use: `--param y=2025` beside a text is the text "2025".
            right = textByUse(right, from: b, beside: left)
            left = textByUse(left, from: a, beside: right)
            // A year compared with a period is the period of that year: `period = 2021`.
            left = yearAsPeriod(left, beside: right)
            right = yearAsPeriod(right, beside: left)
            // A unit typed `tỷ đồng` is the loaded `tỉ đồng` (UnitSpellings).
            left = unitSpelled(left, beside: right, fields: fields)
            right = unitSpelled(right, beside: left, fields: fields)
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
                let quoted = Checker.quotedValueHint(a, b, left, right, op: op, source: source)
                throw error(mismatch.message, at: expr.range, hints: (quoted ?? mismatch.hint).map { [$0] } ?? [])
            }
        case .inList(let a, let items):
            let left = try checkExpr(a, fields: fields)
            var values: [Value] = []
            var type = left.type
            for item in items {
                let checkedItem = unitSpelled(yearAsPeriod(textByUse(try checkExpr(item, fields: fields), from: item, beside: left), beside: left),
                                              beside: left, fields: fields)
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
            let left = try checkExpr(a, fields: fields)
            var ends: [Value] = []
            var type = left.type
            for end in [low, high] {
                let checkedEnd = yearAsPeriod(try checkExpr(end, fields: fields), beside: left)
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
        case .allFields:
            throw error("'*' stands for every field only as an item of select", at: expr.range,
                        hint: "as in: select *, value * 2 as double; to multiply, write spaces around '*'")
        case .isMissing(let a, let negated):
            let missing = CheckedExpr.isMissing(try checkExpr(a, fields: fields))
            return negated ? .not(missing) : missing
        case .arithmetic(let op, let a, let b):
            let left = try checkExpr(a, fields: fields)
            let right = try checkExpr(b, fields: fields)
            guard let type = TypeRules.arithmetic(op, left.type, right.type) else {
                let joinsText = op == .add && (left.type == .text || right.type == .text)
                throw error("cannot \(TypeRules.verb(op)) \(TypeRules.article(left.type)) and \(TypeRules.article(right.type))", at: expr.range,
                            hint: joinsText ? "+ joins two texts; to join other values as text, use concat(a, b, …)"
                                : "arithmetic works on integers and numbers (a percentage is a number)")
            }
            return .arithmetic(op, left, right, type)
        case .negate(let inner):
            let operand = try checkExpr(inner, fields: fields)
            guard operand.type.isNumeric else {
                throw error("cannot negate \(TypeRules.article(operand.type))", at: expr.range, hint: nil)
            }
            return .negate(operand, operand.type)
        case .call(let name, let arguments, let distinct):
            if Checker.aggregate(named: name.text, distinct: distinct) != nil {
                throw error("\(name.text)() is an aggregate: it belongs after '|', alone or after group by", at: expr.range,
                            hint: "as in: metrics | group by district | \(name.text)(value) as total")
            }
            return try checkFunction(name, arguments, range: expr.range, fields: fields)
        }
    }

    /// A parameter's value read as text when it stands beside a text: the value was given
    /// as plain words on the command line, and only its use says what it is.
    func textByUse(_ checked: CheckedExpr, from expr: Expr, beside other: CheckedExpr) -> CheckedExpr {
        guard case .parameter = expr.kind, case .literal(let value) = checked, other.type == .text,
              value.type != .text, !value.isMissing else { return checked }
        return .literal(.text(value.description))
    }

    /// A parameter's value; names are matched without regard to case, as fields are.
    func parameter(_ name: String) -> Value? {
        parameters[name] ?? parameters.first { $0.key.lowercased() == name.lowercased() }?.value
    }

    /// A number of rows, written or from a parameter, which must hold a whole number.
    func rowCount(_ count: RowCount) throws(Diagnostic) -> Int {
        switch count {
        case .number(let n): return n
        case .parameter(let name, let range):
            guard let value = parameter(name) else {
                throw error("the parameter '$\(name)' has no value", at: range,
                            hint: "set it with --param \(name)=… on the command line, or .param set \(name) …")
            }
            guard case .integer(let n) = value, n >= 0 else {
                throw error("a number of rows is a whole number, and $\(name) is \(value.description.isEmpty ? "empty" : "'\(value.description)'")",
                            at: range, hint: "as in: --param \(name)=10")
            }
            return n
        }
    }

    /// A field, or a dotted path through a reference: `article.title`.
    func checkField(_ name: String, range: SourceRange, fields: [Field]) throws(Diagnostic) -> CheckedExpr {
        if let i = fields.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
            return .field(i, fields[i].type)
        }
        // After a join, a field only the other side has answers to its bare name too
        // (`title` for `article.title`), when just one joined field has that name.
        let suffix = "." + name.lowercased()
        let joined = fields.indices.filter { fields[$0].name.lowercased().hasSuffix(suffix) }
        if !name.contains("."), joined.count == 1, let i = joined.first {
            return .field(i, fields[i].type)
        }
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        if parts.count == 2, let reference = fields.firstIndex(where: { $0.name.lowercased() == parts[0].lowercased() && $0.type == .text }),
           let dataset = schemas.keys.first(where: { $0 == fields[reference].name + "s" }), let target = schemas[dataset] {
            guard let f = target.firstIndex(where: { $0.name.lowercased() == parts[1].lowercased() }) else {
                let hint = Suggestions.closest(to: parts[1], among: target.map(\.name)).map { "did you mean '\(parts[0]).\($0)'?" }
                    ?? "the fields of \(dataset) are: \(target.map(\.name).joined(separator: ", "))"
                throw error("unknown field '\(parts[1])' in \(dataset)", at: range, hints: [hint])
            }
            return .lookup(Lookup(reference: reference, dataset: dataset, field: f), target[f].type)
        }
        throw unknownField(Name(name, range), among: fields)
    }

    func checkFunction(_ name: Name, _ arguments: [Expr], range: SourceRange, fields: [Field]) throws(Diagnostic) -> CheckedExpr {
        guard let function = ScalarFunction(rawValue: name.text.lowercased()) else {
            let all = ScalarFunction.allCases.map(\.rawValue) + ["count", "sum", "avg", "min", "max", "median", "percentile", "stddev"]
            let hint = Suggestions.closest(to: name.text, among: all).map { "did you mean \($0)()?" }
                ?? "functions are: \(ScalarFunction.allCases.map { $0.rawValue + "()" }.joined(separator: ", "))"
            throw error("unknown function '\(name.text)'", at: name.range, hints: [hint])
        }
        var checked: [CheckedExpr] = []
        for argument in arguments { checked.append(try checkExpr(argument, fields: fields)) }
        guard let type = TypeRules.function(function, checked.map(\.type)) else {
            let message = checked.isEmpty ? "\(function.rawValue)() needs a value"
                : "\(function.rawValue)() does not take \(checked.map { TypeRules.article($0.type) }.joined(separator: " and "))"
            throw error(message,
                        at: range, hint: TypeRules.usage(function))
        }
        return .function(function, checked, type)
    }

    /// An integer literal of four digits beside a period is that year: `period = 2021`.
    /// A text literal beside a unit field, in the spelling units are loaded in.
    private func unitSpelled(_ expr: CheckedExpr, beside other: CheckedExpr, fields: [Field]) -> CheckedExpr {
        guard case .literal(.text(let text)) = expr, case .field(let index, .text) = other, fields.indices.contains(index)
        else { return expr }
        return .literal(.text(UnitSpellings.literal(text, besideField: fields[index].name)))
    }

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
