import TracuuDiagnostics
import TracuuText

/// The views a teacher projects to show how a query goes from text to answer:
///
///     .tokens   what the lexer reads            TeachingViews.tokens
///     .ast      the tree the parser builds      TeachingViews.ast
///     .plan     the steps the evaluator takes   TeachingViews.plan
///     .explain  all three, one after another    TeachingViews.explain
///
/// Each is a pure function from the query text to the text to print, coloured only when
/// asked, so the shell prints it and the tests compare it whole.
public enum TeachingViews {
    /// The line that says how ranges are written, above the tokens and the tree.
    static let rangeNote = "range: first-last character as line:column; columns count characters from 1"

    /// `1:15-1:38`: where a range starts and the last character it covers. An empty range
    /// (nothing the user typed) is its start alone: `1:5`. Read off a table made once per
    /// view (`SourcePositions`), so a view of thousands of tokens stays linear.
    static func rangeText(_ range: SourceRange, in source: SourceFile, _ positions: SourcePositions) -> String {
        let first = positions.position(of: range.lowerBound)
        guard range.lowerBound < range.upperBound else { return "\(first.line):\(first.column)" }
        let lastCharacter = source.text.index(before: range.upperBound)
        let last = positions.position(of: lastCharacter)
        return "\(first.line):\(first.column)-\(last.line):\(last.column)"
    }

    /// Text as typed, fit for one line of a column: line breaks and tabs written as escapes,
    /// other invisible control characters and bidirectional controls (`VisibleControls`) as `\u{…}`.
    static func visible<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\n": out += "\\n"
            case "\r\n": out += "\\r\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if ch.unicodeScalars.count == 1, let scalar = ch.unicodeScalars.first,
                   scalar.properties.generalCategory == .control || VisibleControls.acts(scalar) {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.append(ch)
                }
            }
        }
        return out
    }
}
