import TracuuSyntax

/// What the user is in the middle of typing at the end of a query, and the tokens before it.
///
///     targets where dis      → .word("dis")
///     targets where          → .word("")            (after a space: a new word)
///     district ~ "trieu      → .quoted(opening: "\"", typed: "trieu")
///     due = 202              → .nothing             (a number: nothing to complete)
struct TypedTail {
    enum Kind: Equatable {
        /// A name or keyword being typed, possibly empty.
        case word(String)
        /// A string whose closing quote is not typed yet.
        case quoted(opening: Character, typed: String)
        /// Inside a number, a closed string or a comment: Tab offers nothing.
        case nothing
    }

    let kind: Kind
    /// The tokens before the tail, without the final `.end`.
    let before: [Token]

    /// The quote marks that open a string, and the mark that closes each.
    static let closingQuote: [Character: Character] = ["\"": "\"", "'": "'", "“": "”"]

    init(of text: String) {
        var tokens = Lexer.tokenize(text)
        if tokens.last?.kind == .end { tokens.removeLast() }
        guard let last = tokens.last else {
            // Only spaces, or a comment.
            self.init(text.contains("--") ? .nothing : .word(""), before: [])
            return
        }
        guard last.range.upperBound == text.endIndex else {
            // Spaces after the last token; a comment there means we are inside it.
            let gap = text[last.range.upperBound...]
            self.init(gap.contains("--") ? .nothing : .word(""), before: tokens)
            return
        }
        let lexeme = text[last.range]
        switch last.kind {
        case .identifier, .keyword:
            self.init(.word(String(lexeme)), before: tokens.dropLast())
        case .symbol, .newline:
            self.init(.word(""), before: tokens)
        case .invalid:
            if let opening = lexeme.first, Self.isOpenString(lexeme) {
                self.init(.quoted(opening: opening, typed: String(lexeme.dropFirst())), before: tokens.dropLast())
            } else {
                self.init(.nothing, before: tokens)
            }
        default:
            self.init(.nothing, before: tokens)
        }
    }

    private init(_ kind: Kind, before: some Sequence<Token>) {
        self.kind = kind
        self.before = Array(before)
    }

    /// Whether a lexeme starts a string that is still open: `"trieu`, `"say \"`, but not
    /// `"a\q"`, which the lexer also calls invalid (for its unknown escape).
    static func isOpenString(_ lexeme: Substring) -> Bool {
        guard let opening = lexeme.first, let closing = closingQuote[opening] else { return false }
        var escaped = false
        for ch in lexeme.dropFirst() {
            if escaped {
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch == closing {
                return false
            }
        }
        return true
    }
}
