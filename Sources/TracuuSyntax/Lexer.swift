import TracuuDiagnostics

/// Turns the text of a query into tokens, one at a time, as the parser asks for them.
///
/// The lexer reads `Character`s (grapheme clusters), so a Vietnamese letter written in
/// NFD is still one letter, and every token keeps the range of the text as typed.
/// It never stops at a bad character: it makes an `.invalid` token and goes on.
///
///     targets where district = "Triệu Phong"
///     ───┬─── ──┬── ───┬──── ┬ ──────┬──────
///     identifier keyword identifier symbol string
public struct Lexer {
    let text: String
    /// Where the next token starts.
    var position: String.Index
    /// Where the token being read starts.
    var start: String.Index

    /// A lexer that starts reading at `start` (the start of the text by default).
    public init(_ text: String, from start: String.Index? = nil) {
        self.text = text
        self.position = start ?? text.startIndex
        self.start = self.position
    }

    /// All the tokens of the text from `start`, ending with `.end`. For `.tokens` and tests.
    public static func tokenize(_ text: String, from start: String.Index? = nil) -> [Token] {
        var lexer = Lexer(text, from: start)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// The next token. After the end of the text, `.end` again and again.
    public mutating func next() -> Token {
        skipSpacesAndComments()
        start = position
        guard let ch = peek() else { return make(.end) }

        if ch == "\n" || ch == "\r\n" || ch == "\r" {
            advance()
            return make(.newline)
        }
        if ch.isASCIIDigit { return number() }
        if ch == "\"" || ch == "'" || ch == "“" { return string(opening: ch) }
        if ch.isLetter || ch == "_" { return word() }
        if ch == "$" { return parameter() }
        return symbol(ch)
    }

    // MARK: - Cursor helpers

    /// The character at the cursor, or nil at the end.
    func peek() -> Character? {
        position < text.endIndex ? text[position] : nil
    }

    /// The character after the one at the cursor.
    func peekNext() -> Character? {
        guard position < text.endIndex else { return nil }
        let after = text.index(after: position)
        return after < text.endIndex ? text[after] : nil
    }

    mutating func advance() {
        if position < text.endIndex { position = text.index(after: position) }
    }

    /// Takes the next character if it is `expected`.
    mutating func accept(_ expected: Character) -> Bool {
        guard peek() == expected else { return false }
        advance()
        return true
    }

    /// Takes characters while they pass the test; returns how many.
    @discardableResult
    mutating func acceptRun(while test: (Character) -> Bool) -> Int {
        var n = 0
        while let ch = peek(), test(ch) {
            advance()
            n += 1
        }
        return n
    }

    /// The token from `start` to the cursor.
    func make(_ kind: Token.Kind) -> Token {
        Token(kind, start..<position)
    }

    /// The text of the token being read.
    var lexeme: Substring { text[start..<position] }

    // MARK: - Spaces, comments, symbols

    /// Spaces (a no-break space too) separate tokens; `--` starts a comment that runs to
    /// the end of the line. Line breaks are tokens of their own.
    mutating func skipSpacesAndComments() {
        while let ch = peek() {
            if ch.isWhitespace && !ch.isNewline {
                advance()
            } else if ch == "-" && peekNext() == "-" {
                acceptRun { !$0.isNewline }
            } else {
                return
            }
        }
    }

    mutating func symbol(_ ch: Character) -> Token {
        advance()
        switch ch {
        case "=":
            _ = accept("=")   // `==` is forgiven: it means `=`.
            return make(.symbol(.equal))
        case "!":
            if accept("=") { return make(.symbol(.notEqual)) }
            return make(.invalid(message: "'!' on its own is not an operator", hint: "write '!=' for 'not equal', or 'not' before a condition"))
        case "<":
            if accept("=") { return make(.symbol(.lessEqual)) }
            if accept(">") { return make(.symbol(.notEqual)) }
            return make(.symbol(.less))
        case ">":
            if accept("=") { return make(.symbol(.greaterEqual)) }
            return make(.symbol(.greater))
        case "~": return make(.symbol(.tilde))
        case "(": return make(.symbol(.leftParen))
        case ")": return make(.symbol(.rightParen))
        case ",": return make(.symbol(.comma))
        case "|": return make(.symbol(.pipe))
        case ";": return make(.symbol(.semicolon))
        case "-", "–": return make(.symbol(.minus))
        case "+": return make(.symbol(.plus))
        case "*": return make(.symbol(.star))
        case "/": return make(.symbol(.slash))
        case ".":
            if accept(".") { return make(.symbol(.dotDot)) }
            if let next = peek(), next.isASCIIDigit {
                return make(.invalid(message: "unexpected '.'", hint: "a decimal needs a digit before the point, as in 0.5"))
            }
            return make(.symbol(.dot))
        case "”":
            return make(.invalid(message: "closing quote '”' without an opening one", hint: "put text between \"straight quotes\""))
        default:
            return make(.invalid(message: "unexpected character '\(ch)'", hint: nil))
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
