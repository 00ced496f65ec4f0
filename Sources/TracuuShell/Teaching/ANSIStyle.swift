/// The colours of the teaching views and of the syntax highlighter, and the one place
/// that writes ANSI escape codes for them.
enum ANSIStyle {
    /// Keywords: `where`, `and`, `sort`. Bold blue.
    case keyword
    /// Quoted text. Green.
    case string
    /// Numbers, percentages, terms, periods and dates. Cyan.
    case literal
    /// Comments, ranges, tree lines: what the eye may skip. Dim.
    case quiet
    /// Text the lexer could not read, and its message. Red.
    case invalid
    /// Headings and column titles. Bold.
    case heading

    var code: String {
        switch self {
        case .keyword: return "1;34"
        case .string: return "32"
        case .literal: return "36"
        case .quiet: return "2"
        case .invalid: return "31"
        case .heading: return "1"
        }
    }

    /// The text between this style's code and the reset code.
    func paint<S: StringProtocol>(_ text: S) -> String {
        // Nothing to colour: no codes, so stripping them gives back exactly the text.
        text.isEmpty ? String(text) : "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
