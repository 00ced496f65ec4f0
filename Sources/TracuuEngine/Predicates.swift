import TracuuData
import TracuuSyntax
import TracuuText
import TracuuValues

/// A condition compiled once per query: given the columns, it yields a test of rows
/// (`RowTest`). Nothing here walks the syntax tree while rows are read.
typealias CompiledPredicate = ([Column]) -> RowTest


enum Predicates {
    static func compile(_ expr: CheckedExpr, _ context: CompileContext) -> CompiledPredicate {
        switch expr {
        case .not(let inner):
            let test = compile(inner, context)
            return { columns in .not(test(columns)) }
        case .all(let terms):
            let tests = terms.map { compile($0, context) }
            return { columns in .all(tests.map { $0(columns) }) }
        case .any(let terms):
            let tests = terms.map { compile($0, context) }
            return { columns in .any(tests.map { $0(columns) }) }
        case .compare(let op, let left, let right, let type):
            return compileComparison(op, left, right, type, context)
        case .oneOf(let left, let values, let type):
            if case .field(let index, .text) = left {
                let keys = Set(values.map { CanonicalText.equalityKey($0.description) })
                let label = TestLabel(field: index, "text looked up among \(values.count) values")
                return textFieldTest(index, .equality, label) { keys.contains($0) }
            }
            let label = TestLabel(field: field(of: left), "\(PlanPrinter.plural(type)) compared", detail: " with each of \(values.count) values")
            let test = { (v: Value) in values.contains { ValueComparison.compare(.equal, v, $0, as: type) } }
            if case .field(let index, _) = left {
                let numbers = values.compactMap(\.numeric)
                return fieldTest(index, label, numberTest: numbers.count == values.count ? { numbers.contains($0) } : nil, test)
            }
            let item = Expressions.compile(left, context)
            return { columns in
                let get = item(columns)
                return .byRow({ row in test(get(row)) }, label)
            }
        case .between(let left, let low, let high, let type):
            let bounds = " to lie between \(ASTPrinter.literal(low)) and \(ASTPrinter.literal(high))"
            let label = TestLabel(field: field(of: left), "\(PlanPrinter.plural(type)) checked", detail: bounds)
            if case .field(let index, _) = left {
                let numberTest: ((Double) -> Bool)? = low.numeric.flatMap { lo in high.numeric.map { hi in { lo <= $0 && $0 <= hi } } }
                return fieldTest(index, label, numberTest: numberTest) { v in
                    ValueComparison.compare(.greaterEqual, v, low, as: type) && ValueComparison.compare(.lessEqual, v, high, as: type)
                }
            }
            let item = Expressions.compile(left, context)
            return { columns in
                let get = item(columns)
                return .byRow({ row in
                    let v = get(row)
                    return ValueComparison.compare(.greaterEqual, v, low, as: type)
                        && ValueComparison.compare(.lessEqual, v, high, as: type)
                }, label)
            }
        case .isMissing(let inner):
            let item = Expressions.compile(inner, context)
            let label = TestLabel(field: field(of: inner), "checked to be missing")
            return { columns in let get = item(columns); return .byRow({ get($0).isMissing }, label) }
        case .within(let left, let right):
            let label = withinLabel(left, right)
            if case .field(let index, _) = left, case .literal(let outer) = right {
                return fieldTest(index, label) { ValueComparison.within($0, outer) }
            }
            if case .literal(let inner) = left, case .field(let index, _) = right {
                return fieldTest(index, label) { ValueComparison.within(inner, $0) }
            }
            let (a, b) = (Expressions.compile(left, context), Expressions.compile(right, context))
            return { columns in
                let (x, y) = (a(columns), b(columns))
                return .byRow({ row in ValueComparison.within(x(row), y(row)) }, label)
            }
        default:
            // A boolean value used as a condition: `estimated`, a function, a reference.
            let item = Expressions.compile(expr, context)
            let label = TestLabel(field: field(of: expr), "computed")
            return { columns in let get = item(columns); return .byRow({ get($0) == .boolean(true) }, label) }
        }
    }

    /// The field an expression is, if it is one: what a sentence of `.plan` is about.
    static func field(of expr: CheckedExpr) -> Int? {
        guard case .field(let index, _) = expr else { return nil }
        return index
    }

    /// `date in 2020-2025`, `2021 in term`: said of the field, whichever side it is on.
    static func withinLabel(_ left: CheckedExpr, _ right: CheckedExpr) -> TestLabel {
        func describe(_ e: CheckedExpr, _ names: [String]) -> String {
            if case .literal(let value) = e { return ASTPrinter.literal(value) }
            if let i = field(of: e), i < names.count { return names[i] }
            return "the other side"
        }
        if let index = field(of: left) {
            return TestLabel(field: index, "checked") { " to fall within \(describe(right, $0))" }
        }
        return TestLabel(field: field(of: right), "checked") { " to hold \(describe(left, $0))" }
    }

    /// A comparison. A text field against a literal is decided once per distinct text
    /// (through the column's dictionary), then per row by a table lookup.
    static func compileComparison(_ op: ComparisonOperator, _ left: CheckedExpr, _ right: CheckedExpr, _ type: FieldType,
                                  _ context: CompileContext) -> CompiledPredicate {
        if type == .text, case .field(let index, _) = left, case .literal(.text(let literal)) = right {
            return textFieldTest(index, op, literal)
        }
        if type == .text, op != .matches, op != .contains,
           case .literal(.text(let literal)) = left, case .field(let index, _) = right {
            return textFieldTest(index, op.flipped, literal)
        }
        let label = TestLabel(field: field(of: left) ?? field(of: right), "\(PlanPrinter.plural(type)) compared")
        if type != .text, case .field(let index, _) = left, case .literal(let literal) = right {
            return fieldTest(index, label, numberTest: literal.numeric.flatMap { numberTest(op, $0) }) {
                ValueComparison.compare(op, $0, literal, as: type)
            }
        }
        if type != .text, case .literal(let literal) = left, case .field(let index, _) = right {
            return fieldTest(index, label, numberTest: literal.numeric.flatMap { numberTest(op.flipped, $0) }) {
                ValueComparison.compare(op, literal, $0, as: type)
            }
        }
        let (a, b) = (Expressions.compile(left, context), Expressions.compile(right, context))
        return { columns in
            let (x, y) = (a(columns), b(columns))
            return .byRow({ row in ValueComparison.compare(op, x(row), y(row), as: type) }, label)
        }
    }

    /// A comparison of a number with a constant, on plain doubles; nil for an operator
    /// numbers do not have.
    static func numberTest(_ op: ComparisonOperator, _ constant: Double) -> ((Double) -> Bool)? {
        switch op {
        case .equal: return { $0 == constant }
        case .notEqual: return { $0 != constant }
        case .less: return { $0 < constant }
        case .lessEqual: return { $0 <= constant }
        case .greater: return { $0 > constant }
        case .greaterEqual: return { $0 >= constant }
        case .matches, .contains, .like, .startsWith, .within: return nil
        }
    }

    /// A condition on one stored field that holds or not whatever the rest of the row:
    /// `test` says whether a value passes. On a coded column (periods, terms, dates, flags)
    /// it runs once per distinct value and rows are looked up by code; on a numbers column
    /// `numberTest`, when there is one, reads the doubles straight. Missing values never pass.
    static func fieldTest(_ index: Int, _ label: TestLabel, numberTest: ((Double) -> Bool)? = nil,
                          _ test: @escaping (Value) -> Bool) -> CompiledPredicate {
        return { columns in
            let column = columns[index]
            switch column {
            case .coded(let codes, let dictionary):
                return .byCode(codes: codes, matches: dictionary.values.map(test), label)
            case .numbers(let n):
                guard let numberTest else { break }
                return .byNumber(numbers: n.numbers, test: numberTest, label)
            case .absent:
                return .byRow({ _ in false }, label)
            case .text, .values:
                break
            }
            return .byRow({ row in test(column.value(at: row)) }, label)
        }
    }

    /// A text field against a text literal, by the key the operator compares.
    static func textFieldTest(_ index: Int, _ op: ComparisonOperator, _ literal: String) -> CompiledPredicate {
        switch op {
        case .equal:
            let key = CanonicalText.equalityKey(literal)
            return textFieldTest(index, .equality, TestLabel(field: index, "text compared")) { $0 == key }
        case .notEqual:
            let key = CanonicalText.equalityKey(literal)
            return textFieldTest(index, .equality, TestLabel(field: index, "text compared")) { $0 != key }
        case .matches, .contains, .like, .startsWith:
            let (match, says): (TextMatch.Operator, String) = switch op {
            case .matches: (.matches, "text folded (no case, no diacritics) and searched")
            case .contains: (.contains, "text searched, ignoring case,")
            case .like: (.like, "text matched against a pattern, ignoring case,")
            default: (.startsWith, "text checked for its beginning, ignoring case,")
            }
            return textSearch(index, match, literal, TestLabel(field: index, says))
        case .less, .lessEqual, .greater, .greaterEqual:
            let key = VietnameseCollation.sortKey(literal)
            return textFieldTest(index, nil, TestLabel(field: index, "text placed in Vietnamese alphabetical order")) { display in
                ValueComparison.ordered(op, VietnameseCollation.sortKey(display), key)
            }
        case .within:
            return { _ in .byRow({ _ in false }, TestLabel(field: index, "text compared")) }
        }
    }

    /// `~`, `contains`, `like` and `starts with`: a plain substring is searched once over
    /// the keys of all distinct texts of the column together (`TextDictionary.texts(whoseKey:contains:)`),
    /// a pattern or a beginning is tested on each distinct text's key; then rows are looked
    /// up by code. A computed text column is tested row by row. All decide by `TextMatch`
    /// (an empty needle, from an empty or white-space literal, matches every text).
    static func textSearch(_ index: Int, _ op: TextMatch.Operator, _ literal: String, _ label: TestLabel) -> CompiledPredicate {
        let key: TextDictionary.Key = op == .matches ? .folded : .caseless
        let needle = TextMatch.needle(op, literal)
        let rowByRow = textFieldTest(index, key, label, TextMatch.test(op, needle: needle))
        guard TextMatch.isSubstringSearch(op, needle: needle) else { return rowByRow }
        return { columns in
            guard case .text(let codes, let dictionary) = columns[index] else { return rowByRow(columns) }
            return .byCode(codes: codes, matches: dictionary.texts(whoseKey: key, contains: needle), label)
        }
    }

    /// Runs `test` once per distinct text of the column (on the given key, or the text
    /// itself when nil), then looks rows up by code. Missing texts never match.
    static func textFieldTest(_ index: Int, _ key: TextDictionary.Key?, _ label: TestLabel,
                              _ test: @escaping (String) -> Bool) -> CompiledPredicate {
        return { columns in
            switch columns[index] {
            case .text(let codes, let dictionary):
                return .byCode(codes: codes, matches: (key.map(dictionary.keys) ?? dictionary.displays).map(test), label)
            case .absent:
                return .byRow({ _ in false }, label)      // no row has a text to match
            case .numbers, .coded:
                return .byRow({ _ in false }, label)      // the checker lets only text fields get here
            case .values(let values):
                // A computed text column (from select or group by) takes the slow path.
                return .byRow({ row in
                    guard case .text(let s) = values[row] else { return false }
                    switch key {
                    case .equality?: return test(CanonicalText.equalityKey(s))
                    case .caseless?: return test(CanonicalText.caselessKey(s))
                    case .folded?: return test(FoldedText.fold(s))
                    case nil: return test(s)
                    }
                }, label)
            }
        }
    }
}

extension ComparisonOperator {
    /// The operator that gives the same answer with its sides swapped: `a < b` is `b > a`.
    var flipped: ComparisonOperator {
        switch self {
        case .less: return .greater
        case .lessEqual: return .greaterEqual
        case .greater: return .less
        case .greaterEqual: return .lessEqual
        default: return self
        }
    }
}
