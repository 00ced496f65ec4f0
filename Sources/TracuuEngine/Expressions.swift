import TracuuData
import TracuuSyntax
import TracuuText
import TracuuValues

/// What compiled expressions may reach beyond their own columns: the datasets, for
/// references such as `article.title`.
struct CompileContext {
    let datasets: [String: Dataset]
}

/// A value of a row, compiled once per query: given the columns, it yields a reader of rows.
typealias CompiledValue = ([Column]) -> (Int) -> Value

/// Compiles expressions that yield values: fields, literals, references, arithmetic and
/// functions. Conditions are compiled by `Predicates`.
///
/// Arithmetic rules: a missing operand makes the result missing; integers stay integers
/// through `+ - *` (an overflow is missing), `/` gives a number, and dividing by zero is
/// missing; a percentage is a number, so `change / 100` is a fraction.
enum Expressions {
    static func compile(_ expr: CheckedExpr, _ context: CompileContext) -> CompiledValue {
        switch expr {
        case .field(let index, _):
            return { columns in let column = columns[index]; return { column.value(at: $0) } }
        case .literal(let v):
            return { _ in { _ in v } }
        case .lookup(let lookup, _):
            return compileLookup(lookup, context)
        case .arithmetic(let op, let a, let b, let type):
            let (x, y) = (compile(a, context), compile(b, context))
            return { columns in
                let (left, right) = (x(columns), y(columns))
                return { row in arithmetic(op, left(row), right(row), as: type) }
            }
        case .negate(let inner, _):
            let x = compile(inner, context)
            return { columns in
                let value = x(columns)
                return { row in
                    switch value(row) {
                    case .integer(let i): return i == Int.min ? .missing : .integer(-i)
                    case .number(let d): return .number(-d)
                    default: return .missing
                    }
                }
            }
        case .function(let f, let arguments, let type) where [.coalesce, .if, .concat].contains(f):
            return compileSpecial(f, arguments.map { compile($0, context) }, type)
        case .function(let f, let arguments, _):
            let compiled = arguments.map { compile($0, context) }
            if f == .len, case .field(let index, .text)? = arguments.first {
                // The length of a stored text, read from its dictionary without boxing it.
                let boxed = compiled[0]
                return { columns in
                    guard case .text(let codes, let dictionary) = columns[index] else {
                        let read = boxed(columns)
                        return { row in Functions.apply(f, read(row)) }
                    }
                    let displays = dictionary.displays
                    return { row in
                        let code = codes[row]
                        return code < 0 ? .missing : .integer(Functions.characterCount(displays[Int(code)]))
                    }
                }
            }
            if compiled.count == 1 {
                // One argument (all functions but `round(x, n)`): no array per row.
                let only = compiled[0]
                return { columns in
                    let read = only(columns)
                    return { row in Functions.apply(f, read(row)) }
                }
            }
            return { columns in
                let readers = compiled.map { $0(columns) }
                return { row in
                    let values = readers.map { $0(row) }
                    return values.isEmpty ? .missing : Functions.apply(f, values[0], values.count > 1 ? values[1] : nil)
                }
            }
        default:
            let test = Predicates.compile(expr, context)
            return { columns in let t = test(columns); return { .boolean(t.holds($0)) } }
        }
    }

    /// The functions whose arguments are not each a value to transform: `coalesce` and
    /// `if` choose one (and read only what they choose), `concat` joins them all.
    static func compileSpecial(_ f: ScalarFunction, _ compiled: [CompiledValue], _ type: FieldType) -> CompiledValue {
        // A number result holds no integers, whichever argument it came from.
        func typed(_ v: Value) -> Value {
            if type == .number, case .integer(let i) = v { return .number(Double(i)) }
            return v
        }
        return { columns in
            let readers = compiled.map { $0(columns) }
            switch f {
            case .coalesce:
                return { row in
                    for read in readers {
                        let v = read(row)
                        if !v.isMissing { return typed(v) }
                    }
                    return .missing
                }
            case .if:
                // A missing condition does not hold: the row takes the third argument.
                return { row in typed(readers[0](row) == .boolean(true) ? readers[1](row) : readers[2](row)) }
            default:
                return { row in
                    .text(readers.map { read -> String in
                        let v = read(row)
                        return v.isMissing ? "" : v.description
                    }.joined())
                }
            }
        }
    }

    /// `article.title`: the reference field's text is an id of the other dataset; the
    /// row it names is found through an index of ids built once per run.
    static func compileLookup(_ lookup: Lookup, _ context: CompileContext) -> CompiledValue {
        guard let target = context.datasets[lookup.dataset], let idColumn = target.schema.index(of: "id") else {
            return { _ in { _ in .missing } }
        }
        return { columns in
            var rowOfID: [String: Int] = [:]
            for r in 0..<target.rowCount where rowOfID[target.value(row: r, column: idColumn).description] == nil {
                rowOfID[target.value(row: r, column: idColumn).description] = r
            }
            let reference = columns[lookup.reference]
            let field = target.columns[lookup.field]
            return { row in
                guard case .text(let id) = reference.value(at: row), let r = rowOfID[id] else { return .missing }
                return field.value(at: r)
            }
        }
    }

    static func arithmetic(_ op: ArithmeticOperator, _ a: Value, _ b: Value, as type: FieldType) -> Value {
        if type == .text {
            guard case .text(let x) = a, case .text(let y) = b else { return .missing }
            return .text(x + y)
        }
        if type == .integer, case .integer(let x) = a, case .integer(let y) = b {
            let (result, overflow): (Int, Bool)
            switch op {
            case .add: (result, overflow) = x.addingReportingOverflow(y)
            case .subtract: (result, overflow) = x.subtractingReportingOverflow(y)
            case .multiply: (result, overflow) = x.multipliedReportingOverflow(by: y)
            case .divide: return .missing   // the checker makes `/` a number
            }
            return overflow ? .missing : .integer(result)
        }
        guard let x = a.numeric, let y = b.numeric else { return .missing }
        switch op {
        case .add: return .number(x + y)
        case .subtract: return .number(x - y)
        case .multiply: return .number(x * y)
        case .divide: return y == 0 ? .missing : .number(x / y)
        }
    }
}

/// The functions on a row's values. A missing argument gives a missing result.
enum Functions {
    static func apply(_ f: ScalarFunction, _ first: Value, _ second: Value? = nil) -> Value {
        guard !first.isMissing else { return .missing }
        switch (f, first) {
        case (.year, .date(let d)): return .integer(d.year)
        case (.year, .period(let p)): return .integer(p.year)
        case (.quarter, .date(let d)): return .integer((d.month - 1) / 3 + 1)
        case (.quarter, .period(let p)):
            switch p.kind {
            case .quarter: return .integer(p.index)
            case .month: return .integer((p.index - 1) / 3 + 1)
            default: return .missing
            }
        case (.month, .date(let d)): return .integer(d.month)
        case (.month, .period(let p)): return p.kind == .month ? .integer(p.index) : .missing
        case (.lower, .text(let s)): return .text(s.lowercased())
        case (.upper, .text(let s)): return .text(s.uppercased())
        case (.fold, .text(let s)): return .text(FoldedText.fold(s))
        case (.len, .text(let s)): return .integer(characterCount(s))
        case (.abs, .integer(let i)): return i == Int.min ? .missing : .integer(Swift.abs(i))
        case (.abs, .number(let d)): return .number(Swift.abs(d))
        case (.round, _):
            guard let x = first.numeric else { return .missing }
            var digits = 0
            if let second {
                guard case .integer(let n) = second else { return .missing }
                digits = max(-15, min(15, n))
            }
            let scale = pow10(digits)
            return .number((x * scale).rounded(.toNearestOrAwayFromZero) / scale)
        default:
            return .missing
        }
    }

    static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<Swift.abs(n) { result *= 10 }
        return n < 0 ? 1 / result : result
    }

    /// The length of a text in characters, as `String.count` gives it. Most texts `len`
    /// meets (ids, codes) are ASCII without a carriage return, where every byte is one
    /// character: counting bytes is many times faster than finding character breaks.
    static func characterCount(_ s: String) -> Int {
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        }
        return plain == true ? s.utf8.count : s.count
    }
}
