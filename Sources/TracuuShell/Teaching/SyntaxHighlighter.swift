import TracuuSyntax

/// Colours a query for the terminal with ANSI codes, using the lexer's own tokens:
/// keywords bold blue, strings green, numbers, percentages, terms, periods and dates cyan,
/// comments dim, text the lexer could not read red.
///
/// Everything else (names, operators, spaces, line breaks) is copied byte for byte, so
/// removing the escape codes gives back exactly the text that came in.
public enum SyntaxHighlighter {
    public static func highlight(_ text: String) -> String {
        var out = ""
        var position = text.startIndex
        for token in Lexer.tokenize(text) where token.range.lowerBound >= position {
            out += gap(text[position..<token.range.lowerBound])
            let typed = text[token.range]
            out += style(of: token.kind).map { $0.paint(typed) } ?? String(typed)
            position = token.range.upperBound
        }
        out += gap(text[position...])
        return out
    }

    /// The colour of a kind of token; nil for those shown plain.
    static func style(of kind: Token.Kind) -> ANSIStyle? {
        switch kind {
        case .keyword: return .keyword
        case .string: return .string
        case .integer, .decimal, .percent, .term, .period, .date, .parameter: return .literal
        case .invalid: return .invalid
        case .identifier, .symbol, .newline, .end: return nil
        }
    }

    /// The text between two tokens: spaces, then perhaps a comment, which the lexer runs
    /// to the end of the line (the line break after it is a token).
    static func gap(_ text: Substring) -> String {
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "-", next < text.endIndex, text[next] == "-" {
                return String(text[..<index]) + ANSIStyle.quiet.paint(text[index...])
            }
            index = next
        }
        return String(text)
    }
}
