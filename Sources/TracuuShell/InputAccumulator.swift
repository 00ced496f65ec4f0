import TracuuSyntax

/// Gathers typed lines into complete entries, the way sqlite3's shell does: a dot-command
/// is one line; a query goes on over several lines while it is unfinished (an open quote
/// or parenthesis, or a last word that asks for more: `|`, `where`, `and`, `or`, `=` …),
/// and ends at a line break once it is complete.
public struct InputAccumulator: Sendable {
    private var lines: [String] = []

    public init() {}

    /// Whether lines are waiting for the rest of their query (the prompt says `...>`).
    public var isContinuing: Bool { !lines.isEmpty }

    /// Adds a line; returns the entry when it is complete.
    public mutating func add(_ line: String) -> String? {
        lines.append(line)
        let entry = lines.joined(separator: "\n")
        guard InputAccumulator.isComplete(entry) else { return nil }
        lines.removeAll()
        return entry
    }

    public mutating func reset() { lines.removeAll() }

    /// The lines waiting for the rest of their query, each with its line break.
    public var pendingText: String { lines.map { $0 + "\n" }.joined() }

    /// Whether a text can run as it is.
    public static func isComplete(_ text: String) -> Bool {
        if text.drop(while: \.isWhitespace).hasPrefix(".") { return true }
        var depth = 0
        var last: Token.Kind?
        for token in Lexer.tokenize(text) {
            switch token.kind {
            case .end:
                break
            case .newline:
                continue
            case .symbol(.leftParen):
                depth += 1
            case .symbol(.rightParen):
                depth = max(0, depth - 1)
            case .symbol(.semicolon):
                depth = 0
            case .invalid(let message, _) where message == "unterminated string":
                return false
            default:
                break
            }
            if token.kind != .end { last = token.kind }
        }
        if depth > 0 { return false }
        guard let final = last else { return true }
        return !asksForMore(final)
    }

    /// A last token after which a query cannot end.
    static func asksForMore(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .symbol(let s):
            return s != .rightParen && s != .semicolon
        case .keyword(let k):
            switch k {
            case .where, .and, .or, .not, .contains, .in, .like, .is, .select, .sort, .by, .limit,
                 .group, .having, .top, .join, .chart, .as, .let: return true
            default: return false
            }
        default:
            return false
        }
    }
}
