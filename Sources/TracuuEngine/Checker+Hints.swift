import TracuuDiagnostics
import TracuuSyntax
import TracuuValues

/// Hints for comparisons written as another language would write them: a bare word where
/// a text is meant (`kind = goal`), SQL's `= null`, a number or a period in quotes
/// (`due > "2025"`). The error stays the checker's; only the way out is more pointed.
extension Checker {
    /// An unknown name on the right of a comparison with a text: the text it probably is;
    /// `null` there: `is missing`.
    static func bareWordHint(_ error: Diagnostic, word: Expr, after leftExpr: Expr, beside left: CheckedExpr, op: ComparisonOperator,
                             source: SourceFile) -> Diagnostic {
        let leftText = source.text[leftExpr.range]
        // A bare name that fails to check can only be a field there is not.
        guard case .field(let name) = word.kind, !name.contains(".") else { return error }
        if name.lowercased() == "null" || name.lowercased() == "missing" {
            return Diagnostic(.error, error.message, at: error.place,
                              hints: ["a missing value is asked for with 'is missing': \(leftText) is \(op == .notEqual ? "not " : "")missing"])
        }
        guard left.type == .text else { return error }
        return Diagnostic(.error, error.message, at: error.place,
                          hints: ["a text is written in quotes: \(leftText) \(op.rawValue) \"\(name)\""])
    }

    /// A text literal that reads as a value of the other side's type: the quotes to remove.
    static func quotedValueHint(_ a: Expr, _ b: Expr, _ left: CheckedExpr, _ right: CheckedExpr, op: ComparisonOperator,
                                source: SourceFile) -> String? {
        func literalText(_ e: CheckedExpr) -> String? {
            if case .literal(.text(let t)) = e { return t }
            return nil
        }
        let onRight = literalText(right) != nil
        let (quoted, other) = onRight ? (literalText(right), left) : (literalText(left), right)
        // Only an operator the other type has: `value starts with "1"` wants text, not a number.
        guard let quoted, other.type != .text, op == .equal || op == .notEqual || op.isOrdering else { return nil }
        let reads: Bool
        switch other.type {
        case .integer, .number: reads = Double(quoted.filter { $0 != "%" }) != nil
        case .period, .term, .date: reads = quoted.first?.isNumber == true
        case .boolean: reads = quoted.lowercased() == "true" || quoted.lowercased() == "false"
        case .text: reads = false
        }
        guard reads else { return nil }
        return onRight ? "remove the quotes: \(source.text[a.range]) \(op.rawValue) \(quoted)"
            : "remove the quotes: \(quoted) \(op.rawValue) \(source.text[b.range])"
    }
}
