import TracuuSyntax
import TracuuValues

/// Which values compare with which, and how. The checker asks; the evaluator trusts.
///
/// - text with text: every operator; `=` is canonical equivalence, `~` folds case and
///   diacritics, `contains` ignores case, `<` is Vietnamese alphabetical order.
/// - integers and numbers with each other: `=`, `!=` and the orderings.
/// - dates with dates, terms with terms, periods with periods (a year written `2021`
///   is the period 2021), booleans with booleans (`=`, `!=` only).
/// - `in`: a date or a year in a term or a period; a period in a term or a period.
enum TypeRules {
    /// The type both sides compare as, or why they cannot.
    static func comparison(_ op: ComparisonOperator, _ left: FieldType, _ right: FieldType) -> Result<FieldType, TypeMismatch> {
        switch op {
        case .matches, .contains, .like, .startsWith:
            guard left == .text, right == .text else {
                let hint: String
                switch op {
                case .matches: hint = "for other values use '=': due = 2025"
                case .like: hint = "like matches text against a pattern: indicator like \"thu%\""
                case .startsWith: hint = "starts with looks at the beginning of a text: indicator starts with \"thu\""
                default: hint = "contains looks for text inside text: text contains \"nông thôn\""
                }
                return .failure(TypeMismatch(
                    message: "'\(op.rawValue)' compares texts, not \(article(left == .text ? right : left))", hint: hint))
            }
            return .success(.text)
        case .within:
            return .failure(TypeMismatch(message: "internal: 'in' is checked elsewhere", hint: nil))
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            if left.isNumeric && right.isNumeric { return .success(left == .integer && right == .integer ? .integer : .number) }
            if left == right {
                if left == .boolean && op.isOrdering {
                    return .failure(TypeMismatch(message: "true and false have no order", hint: "use '=' or '!='"))
                }
                return .success(left)
            }
            return .failure(mismatch(left, right))
        }
    }

    /// Whether `left in right` (a single value, not a list) makes sense.
    static func within(_ left: FieldType, _ right: FieldType) -> TypeMismatch? {
        switch (left, right) {
        case (.date, .term), (.integer, .term), (.period, .term), (.term, .term),
             (.date, .period), (.period, .period):
            return nil
        default:
            return TypeMismatch(
                message: "cannot ask whether \(article(left)) is in \(article(right))",
                hint: "'in' takes a list (2020, 2025), a range 2020..2025, a term 2020-2025 or a period 2021-Q1")
        }
    }

    static func mismatch(_ left: FieldType, _ right: FieldType) -> TypeMismatch {
        var hint: String?
        switch (left, right) {
        case (.term, .date), (.date, .term):
            hint = "to ask whether a date falls in a term, write: date in 2020-2025"
        case (.term, .integer), (.integer, .term):
            hint = "to ask whether a year falls in a term, write: term in 2020-2025, or 2021 in term"
        case (.date, .integer), (.integer, .date):
            hint = "to ask for a year, write: date in 2021-01-01..2021-12-31, or compare with a date like 2021-03-31"
        case (.text, _) where right.isNumeric, (_, .text) where left.isNumeric:
            hint = "put quotes around text, or compare a number field with a number"
        default:
            hint = nil
        }
        return TypeMismatch(message: "cannot compare \(article(left)) with \(article(right))", hint: hint)
    }

    /// "a term", "an integer": for messages.
    static func article(_ type: FieldType) -> String {
        switch type {
        case .integer: return "an integer"
        default: return "a \(type.rawValue)"
        }
    }
}

/// Why two values do not compare, in one sentence, with a way out.
struct TypeMismatch: Error {
    let message: String
    let hint: String?
}

extension TypeRules {
    /// The type of `a op b`: integers stay integers except through `/`; anything with a
    /// number is a number; nil for anything else.
    static func arithmetic(_ op: ArithmeticOperator, _ left: FieldType, _ right: FieldType) -> FieldType? {
        // `+` of two texts joins them: "huyện " + district.
        if op == .add, left == .text, right == .text { return .text }
        guard left.isNumeric, right.isNumeric else { return nil }
        return left == .integer && right == .integer && op != .divide ? .integer : .number
    }

    static func verb(_ op: ArithmeticOperator) -> String {
        switch op {
        case .add: return "add"
        case .subtract: return "subtract"
        case .multiply: return "multiply"
        case .divide: return "divide"
        }
    }

    /// The type a function gives for these argument types, or nil when it does not take them.
    static func function(_ f: ScalarFunction, _ arguments: [FieldType]) -> FieldType? {
        switch (f, arguments) {
        case (.year, [.date]), (.year, [.period]), (.quarter, [.date]), (.quarter, [.period]),
             (.month, [.date]), (.month, [.period]):
            return .integer
        case (.lower, [.text]), (.upper, [.text]), (.fold, [.text]):
            return .text
        case (.len, [.text]):
            return .integer
        default:
            break
        }
        switch f {
        case .round where arguments.count == 1 && arguments[0].isNumeric:
            return .number
        case .round where arguments.count == 2 && arguments[0].isNumeric && arguments[1] == .integer:
            return .number
        case .abs where arguments.count == 1 && arguments[0].isNumeric:
            return arguments[0]
        case .coalesce where !arguments.isEmpty:
            return common(arguments)
        case .if where arguments.count == 3 && arguments[0] == .boolean:
            return common(Array(arguments.dropFirst()))
        case .concat where !arguments.isEmpty:
            return .text
        default:
            return nil
        }
    }

    /// The one type values of these types share: all the same, or integers and numbers
    /// together (a number); nil when they differ.
    static func common(_ types: [FieldType]) -> FieldType? {
        guard let first = types.first else { return nil }
        if types.allSatisfy(\.isNumeric) { return types.allSatisfy { $0 == .integer } ? .integer : .number }
        return types.allSatisfy { $0 == first } ? first : nil
    }

    static func usage(_ f: ScalarFunction) -> String {
        switch f {
        case .year: return "year(date) or year(period), as in: year(date) = 2020"
        case .quarter: return "quarter(period) or quarter(date): 1 to 4"
        case .month: return "month(date) or month(period): 1 to 12"
        case .lower, .upper, .fold: return "\(f.rawValue)(text), as in: \(f.rawValue)(district)"
        case .len: return "len(text): its length in characters"
        case .round: return "round(number) or round(number, digits), as in: round(change, 1)"
        case .abs: return "abs(number)"
        case .coalesce: return "coalesce(a, b, …) of values of one type, as in: coalesce(value, 0)"
        case .if: return "if(condition, a, b) with a and b of one type, as in: if(change > 0, \"up\", \"down\")"
        case .concat: return "concat(a, b, …), as in: concat(district, \" (\", province, \")\")"
        }
    }
}
