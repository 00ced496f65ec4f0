import TracuuValues

/// Writes a syntax tree as S-expressions, the view `.ast` shows and parser tests compare:
///
///     (query targets
///       (where (and (= district "Triệu Phong") (= term 2020-2025)))
///       (sort due desc))
public enum ASTPrinter {
    public static func print(_ query: Query) -> String {
        var lines = ["(query \(query.source.text)"]
        if let condition = query.condition {
            lines.append("  (where \(print(condition)))")
        }
        for stage in query.stages {
            lines.append("  | " + print(stage))
        }
        lines[lines.count - 1] += ")"
        return lines.joined(separator: "\n")
    }

    public static func print(_ stage: Stage) -> String {
        switch stage.kind {
        case .where(let e): return "(where \(print(e)))"
        case .select(let items): return "(select \(items.map(print).joined(separator: " ")))"
        case .groupBy(let items): return "(group-by \(items.map(print).joined(separator: " ")))"
        case .aggregate(let items): return "(aggregate \(items.map(print).joined(separator: " ")))"
        case .distinct(let names, let on):
            return names.isEmpty ? "(distinct)" : "(distinct\(on ? " on" : "") \(names.map(\.text).joined(separator: " ")))"
        case .top(let n, let key, let descending): return "(top \(n) \(print(key))\(descending ? "" : " asc"))"
        case .join(let name, let keys): return "(join \(name.text)\(keys.isEmpty ? "" : " on " + keys.map(\.text).joined(separator: " ")))"
        case .chart(let value, let label): return "(chart \(print(value)) \(print(label)))"
        case .pivot(let column, let using, let keys):
            return "(pivot \(column.text) using \(print(using))\(keys.isEmpty ? "" : " by " + keys.map(print).joined(separator: " ")))"
        case .growth(let value, let keys):
            return "(growth \(print(value))\(keys.isEmpty ? "" : " by " + keys.map(print).joined(separator: " ")))"
        case .sort(let keys):
            return "(sort \(keys.map { $0.field.text + ($0.descending ? " desc" : " asc") }.joined(separator: ", ")))"
        case .limit(let n, let offset): return offset == .zero ? "(limit \(n))" : "(limit \(n) offset \(offset))"
        case .count: return "(count)"
        }
    }

    public static func print(_ expr: Expr) -> String {
        switch expr.kind {
        case .field(let name): return name
        case .parameter(let name): return "$" + name
        case .arithmetic(let op, let a, let b): return "(\(op.rawValue) \(print(a)) \(print(b)))"
        case .negate(let e): return "(- \(print(e)))"
        case .call(let name, let arguments, let distinct):
            return "(\(name.text)\(distinct ? " distinct" : "")\(arguments.map { " " + print($0) }.joined()))"
        case .literal(let value): return literal(value)
        case .not(let e): return "(not \(print(e)))"
        case .logical(let op, let terms): return "(\(op.rawValue)\(terms.map { " " + print($0) }.joined()))"
        case .comparison(let op, let a, let b): return "(\(op.rawValue) \(print(a)) \(print(b)))"
        case .inList(let a, let items): return "(in \(print(a)) (\(items.map(print).joined(separator: " "))))"
        case .inRange(let a, let low, let high): return "(in \(print(a)) \(print(low))..\(print(high)))"
        case .allFields: return "*"
        case .isMissing(let a, let negated): return "(\(negated ? "is-not-missing" : "is-missing") \(print(a)))"
        }
    }

    /// `expr` or `(as expr name)`.
    public static func print(_ item: SelectItem) -> String {
        guard let name = item.name else { return print(item.expr) }
        return "(as \(print(item.expr)) \(name.text))"
    }

    /// A literal as it would be typed: text quoted and escaped, the rest as written.
    public static func literal(_ value: Value) -> String {
        switch value {
        case .text(let s):
            var out = "\""
            for ch in s {
                switch ch {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                default: out.append(ch)
                }
            }
            return out + "\""
        default:
            return value.description
        }
    }
}
