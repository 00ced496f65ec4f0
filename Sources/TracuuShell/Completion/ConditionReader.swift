import TracuuSyntax

/// Reads a condition typed so far (`district ~ "trieu" and (due = 2025 or kind in (`) and
/// says what may come next: a field, an operator, a value of a field, or `and`/`or`.
struct ConditionReader {
    let tokens: [Token]

    /// An open parenthesis: a group, or the list after `in`, which holds values of a field.
    private enum Paren {
        case group
        case list(field: String?)
    }

    /// The keywords that start a condition besides a field name.
    static let conditionStarts = ["not"]
    /// What may follow a lone operand: `district contains …`, `due in …`, `estimated and …`.
    static let afterOperand = ["and", "contains", "in", "is", "like", "or", "starts with"]
    /// What may follow a whole comparison.
    static let afterComparison = ["and", "or"]

    /// - Parameters:
    ///   - fields: the names of the fields the condition may use.
    ///   - valuesOf: what the values of a field may be, given its name as typed.
    func expectation(fields: [String], valuesOf: (String?) -> Expectation) -> Expectation {
        var parens: [Paren] = []
        var lastClosed: Paren?
        for (i, token) in tokens.enumerated() {
            switch token.kind {
            case .symbol(.leftParen):
                let afterIn = i > 0 && tokens[i - 1].kind == .keyword(.in)
                parens.append(afterIn ? .list(field: leftOperand(before: i - 1)) : .group)
            case .symbol(.rightParen):
                lastClosed = parens.popLast()
            default:
                break
            }
        }
        guard let last = tokens.last else { return .words(fields + Self.conditionStarts) }
        // Inside `in (…`, values of the field before `in` come next.
        var inList = false
        var listField: String?
        if case .list(let field) = parens.last {
            inList = true
            listField = field
        }

        let previous = tokens.count > 1 ? tokens[tokens.count - 2].kind : nil
        if isWord(last.kind, "with"), let previous, isWord(previous, "starts") {
            return valuesOf(leftOperand(before: tokens.count - 2))
        }
        switch last.kind {
        case .keyword(.is):
            return .words(["missing", "not missing"])
        case .keyword(.not) where previous == .keyword(.is):
            return .words(["missing"])
        case .keyword(.and), .keyword(.or), .keyword(.not):
            return .words(fields + Self.conditionStarts)
        case .symbol(.leftParen):
            return inList ? valuesOf(listField) : .words(fields + Self.conditionStarts)
        case .symbol(.comma):
            return inList ? valuesOf(listField) : .nothing
        case _ where Self.isComparisonOperator(last.kind):
            return valuesOf(leftOperand(before: tokens.count - 1))
        case .symbol(.rightParen):
            // After a group or an `in` list, the comparison is whole.
            return !inList && lastClosed != nil ? .words(Self.afterComparison) : .nothing
        case _ where Self.isOperand(last.kind):
            if inList { return .nothing }   // `,` or `)` comes next: symbols
            if let previous, Self.isComparisonOperator(previous) || previous == .keyword(.in) || previous == .symbol(.dotDot)
                || previous == .keyword(.is) || previous == .keyword(.not) && tokens.count > 2 && tokens[tokens.count - 3].kind == .keyword(.is) {
                return .words(Self.afterComparison)
            }
            return .words(Self.afterOperand)
        default:
            // `in` (a list or a term comes next), `..`, `-`, something invalid.
            return .nothing
        }
    }

    /// Whether a token is the word (`starts`, `with`: words of an operator, not keywords).
    private func isWord(_ kind: Token.Kind, _ word: String) -> Bool {
        guard case .identifier(let name) = kind else { return false }
        return name.lowercased() == word
    }

    /// The field name before the operator at `index`: `district` in `district ~`.
    private func leftOperand(before index: Int) -> String? {
        guard index > 0 else { return nil }
        return QueryContext.name(of: tokens[index - 1])
    }

    /// `=` `!=` `<` `<=` `>` `>=` `~`, `contains` and `like`: what takes a value on its right.
    static func isComparisonOperator(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .symbol(.equal), .symbol(.notEqual), .symbol(.less), .symbol(.lessEqual),
             .symbol(.greater), .symbol(.greaterEqual), .symbol(.tilde), .keyword(.contains), .keyword(.like):
            return true
        default:
            return false
        }
    }

    /// A name or a literal: what a comparison starts or ends with.
    static func isOperand(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .identifier, .string, .integer, .decimal, .percent, .term, .period, .date,
             .keyword(.true), .keyword(.false), .keyword(.count):
            return true
        default:
            return false
        }
    }
}
