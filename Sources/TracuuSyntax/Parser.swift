import TracuuDiagnostics
import TracuuValues

/// Reads statements from tokens by recursive descent: one function per rule of grammar.md,
/// each starting with its rule in a comment.
///
/// Line breaks: the parser looks through them when it wants more of a query, and treats
/// one as the end of a query only where the query could end. So
///
///     targets where district = "Triệu Phong"
///       | sort due desc
///
/// is one query (a line that starts with `|`, `where` or an operator continues the one
/// above), while two complete lines are two queries.
public struct Parser {
    let source: SourceFile
    let tokens: TokenStream
    /// The index of the next token to read.
    var index = 0
    /// How tall the tree being read has grown: one for every loop turn or nesting that adds
    /// a level (a binary operator, a unary minus or `not`, parentheses, a call), as
    /// go/parser counts. Later passes recurse over the tree, so it must stay shallow enough
    /// for the stack; `and`/`or` chains are flat lists and do not count per term.
    var depth = 0
    static let maximumDepth = 100
    /// Where the last dot-command ended at a `;`: another may start right after it, on
    /// the same line (`.format csv; .header off; metrics`).
    var dotCommandSeparator: String.Index?

    public init(_ source: SourceFile) {
        self.source = source
        self.tokens = TokenStream(source.text)
    }

    /// script = { separator } [ statement { separator { separator } statement } ] { separator } ;
    /// separator = ";" | newline ;
    /// statement = query | "let" name "=" query | command ;
    ///
    /// Every statement of the input, in order. A statement that does not parse becomes
    /// `.error`, and reading goes on at the next separator.
    public static func parse(_ source: SourceFile) -> [Statement] {
        var parser = Parser(source)
        return parser.parseScript()
    }

    /// Parses input that must hold exactly one query (for `.ast`, `.plan` and tests).
    public static func parseQuery(_ source: SourceFile) throws(Diagnostic) -> Query {
        let statements = parse(source)
        guard let first = statements.first else {
            throw Diagnostic(.error, "expected a query, found nothing", hints: ["a query starts with a dataset: articles, targets, metrics or progress"])
        }
        switch first {
        case .query(let q): return q
        case .error(let d): throw d
        case .command(let c):
            throw Diagnostic(.error, "expected a query, found the dot-command '.\(c.name)'", at: source.place(of: c.range))
        case .let(let name, _):
            throw Diagnostic(.error, "expected a query, found 'let \(name.text) = …'", at: source.place(of: name.range))
        }
    }

    mutating func parseScript() -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipSeparators()
            if rawPeek().kind == .end { return statements }
            if let command = dotCommand() {
                statements.append(.command(command))
                continue
            }
            do {
                if let named = try parseLet() {
                    try expectStatementEnd()
                    statements.append(named)
                    continue
                }
                let query = try parseQuery()
                try expectStatementEnd()
                statements.append(.query(query))
            } catch {
                statements.append(.error(error))
                skipToSeparator()
            }
        }
    }

    /// command = "." name { any character but a line break or a ";" outside quotes } ;
    ///
    /// A dot-command, when a line starts with `.` and a letter (or a dot-command ended
    /// just before it at a `;`). Its argument is raw text (a path, a query to explain), so
    /// the tokens the lexer made of it are skipped. It ends at the end of its line or at
    /// a `;` outside double quotes: `-c '.format csv; metrics | count'`.
    mutating func dotCommand() -> DotCommandLine? {
        let text = source.text
        let start = rawPeek().range.lowerBound
        guard start < text.endIndex, text[start] == "." else { return nil }
        // Only at the start of a line, as in sqlite3's shell: `targets; .x` is not a command.
        let lineStart = text[..<start].lastIndex(where: \.isNewline).map { text.index(after: $0) } ?? text.startIndex
        let afterCommand = dotCommandSeparator.map { $0 < start && text[text.index(after: $0)..<start].allSatisfy(\.isWhitespace) } ?? false
        guard afterCommand || text[lineStart..<start].allSatisfy(\.isWhitespace) else { return nil }
        let nameStart = text.index(after: start)
        guard nameStart < text.endIndex, text[nameStart].isLetter else { return nil }
        let lineEnd = Self.dotCommandEnd(in: text, from: nameStart)
        dotCommandSeparator = lineEnd < text.endIndex && text[lineEnd] == ";" ? lineEnd : nil
        let nameEnd = text[nameStart..<lineEnd].firstIndex(where: { !($0.isLetter || $0.isNumber || $0 == "_") }) ?? lineEnd
        var argumentStart = nameEnd
        while argumentStart < lineEnd, text[argumentStart].isWhitespace { argumentStart = text.index(after: argumentStart) }
        var argumentEnd = lineEnd
        while argumentEnd > argumentStart, text[text.index(before: argumentEnd)].isWhitespace { argumentEnd = text.index(before: argumentEnd) }
        // The command's text is not the language: read the tokens afresh after its line, so
        // a quote in a path cannot swallow the lines that follow.
        tokens.restart(at: index, from: lineEnd)
        return DotCommandLine(
            name: String(text[nameStart..<nameEnd]),
            argument: String(text[argumentStart..<argumentEnd]),
            range: start..<lineEnd, nameRange: nameStart..<nameEnd, argumentRange: argumentStart..<argumentEnd)
    }

    /// Where a dot-command's text ends: at the line break or the first `;` outside
    /// double quotes, whichever comes first.
    static func dotCommandEnd(in text: String, from start: String.Index) -> String.Index {
        var inQuotes = false
        var i = start
        while i < text.endIndex {
            let c = text[i]
            if c.isNewline { return i }
            if c == "\"" { inQuotes.toggle() }
            if c == ";", !inQuotes { return i }
            i = text.index(after: i)
        }
        return i
    }

    // MARK: - Token cursor

    /// The next token, as it is, line breaks included.
    func rawPeek() -> Token {
        tokens.token(index)
    }

    /// The next token that is not a line break.
    func peek() -> Token {
        var i = index
        while tokens.token(i).kind == .newline { i += 1 }
        return tokens.token(i)
    }

    /// The token `n` places after the next one, line breaks skipped.
    func peek(after n: Int) -> Token {
        var i = index
        var left = n
        while true {
            while tokens.token(i).kind == .newline { i += 1 }
            if left == 0 || tokens.token(i).kind == .end { return tokens.token(i) }
            left -= 1
            i += 1
        }
    }

    /// Takes the next token that is not a line break.
    @discardableResult
    mutating func advance() -> Token {
        while tokens.token(index).kind == .newline { index += 1 }
        let token = tokens.token(index)
        if token.kind != .end { index += 1 }
        return token
    }

    /// Whether the next token is this keyword; takes it if so.
    mutating func accept(_ keyword: Keyword) -> Bool {
        guard peek().kind == .keyword(keyword) else { return false }
        advance()
        return true
    }

    mutating func accept(_ symbol: Symbol) -> Bool {
        guard peek().kind == .symbol(symbol) else { return false }
        advance()
        return true
    }

    /// Takes the symbol, or fails with "expected `what`, found …".
    @discardableResult
    mutating func expect(_ symbol: Symbol, _ what: String, hint: String? = nil) throws(Diagnostic) -> Token {
        guard peek().kind == .symbol(symbol) else { throw expected(what, hint: hint) }
        return advance()
    }

    /// The end of the range of the last token taken.
    var previousEnd: String.Index {
        var i = index - 1
        while i > 0, tokens.token(i).kind == .newline { i -= 1 }
        return i >= 0 ? tokens.token(i).range.upperBound : source.text.startIndex
    }

    // MARK: - Statement boundaries

    mutating func skipSeparators() {
        while true {
            let kind = rawPeek().kind
            guard kind == .newline || kind == .symbol(.semicolon) else { return }
            index += 1
        }
    }

    /// After an error: skip to the next `;` or line break, so the next statement can be read.
    mutating func skipToSeparator() {
        while true {
            let kind = rawPeek().kind
            if kind == .end || kind == .newline || kind == .symbol(.semicolon) { return }
            index += 1
        }
    }

    /// A query ends at `;`, a line break or the end of the input.
    mutating func expectStatementEnd() throws(Diagnostic) {
        let kind = rawPeek().kind
        if kind == .end || kind == .newline || kind == .symbol(.semicolon) { return }
        throw expected("'|', ';' or the end of the query",
                       hint: "stages are joined with '|', as in: targets | sort due")
    }

    /// The next `|` of the pipeline, also at the start of a following line.
    mutating func acceptPipe() -> Bool {
        accept(.pipe)
    }

    // MARK: - Errors

    /// "expected …, found …" at the next token, or the invalid token's own message there.
    func expected(_ what: String, hint: String? = nil) -> Diagnostic {
        let token = peek()
        if case .invalid(let message, let invalidHint) = token.kind {
            return error(message, at: token.range, hint: invalidHint)
        }
        return error("expected \(what), found \(describe(token))", at: token.range, hint: hint)
    }

    func error(_ message: String, at range: SourceRange, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: source.place(of: range), hints: hint.map { [$0] } ?? [])
    }

    /// A token as the user would name it: `'wher'`, `the end of the query`.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .end: return "the end of the query"
        case .newline: return "the end of the line"
        case .string: return "the string \(source.text[token.range])"
        case .keyword: return "the keyword '\(source.text[token.range])'"
        default: return "'\(source.text[token.range])'"
        }
    }
}
