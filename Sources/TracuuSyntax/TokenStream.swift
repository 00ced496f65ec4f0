/// The tokens of a text, lexed as the parser asks for them and kept once lexed.
///
/// A dot-command's line is not the language (a quote in a path must not swallow the lines
/// after it), so after one the parser drops the few tokens read ahead and lexes afresh
/// from the end of the line: `restart`. Lexing lazily keeps that cheap; lexing the whole
/// rest of the text again after every command made 4,000 command lines quadratic.
final class TokenStream {
    private let text: String
    private var lexer: Lexer
    private var buffer: [Token] = []
    /// Whether `.end` is the last token in `buffer`.
    private var finished = false
    /// How many tokens the lexer has made, for tests that count work.
    private(set) var lexed = 0

    init(_ text: String) {
        self.text = text
        self.lexer = Lexer(text)
    }

    /// The token at `i`; past the end, `.end`.
    func token(_ i: Int) -> Token {
        while i >= buffer.count, !finished {
            let token = lexer.next()
            lexed += 1
            buffer.append(token)
            if token.kind == .end { finished = true }
        }
        return buffer[min(i, buffer.count - 1)]
    }

    /// Forgets the tokens from `i` on and lexes again from `position`.
    func restart(at i: Int, from position: String.Index) {
        if i < buffer.count { buffer.removeSubrange(i...) }
        lexer = Lexer(text, from: position)
        finished = false
    }
}
