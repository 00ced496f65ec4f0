import TracuuDiagnostics
import TracuuValues

/// One token of a query: what it is, and where it stands in the text the user typed.
public struct Token: Sendable, Equatable {
    public let kind: Kind
    public let range: SourceRange

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    public enum Kind: Sendable, Equatable {
        /// A name: a dataset or a field. NFC, as typed otherwise (`district`, `Quận`).
        case identifier(String)
        case keyword(Keyword)
        /// A quoted text, escapes decoded: `"Triệu Phong"`.
        case string(String)
        /// `20`, `2025` (a year is an integer of four digits).
        case integer(Int)
        /// `38.1`
        case decimal(Double)
        /// `$district`: a parameter, set with `--param` or `.param set`.
        case parameter(String)
        /// `38.1%`: the number of percent, 38.1.
        case percent(Double)
        /// `2020-2025`, `2020 – 2025`
        case term(Term)
        /// `2021-Q1`, `2021-H1`, `2021-06`
        case period(Period)
        /// `2021-03-31`, `30/7/2020`
        case date(Day)
        case symbol(Symbol)
        /// A line break: it can end a query (see `Parser`).
        case newline
        /// Text the lexer could not read. It goes on after it, so `.tokens` shows the whole query.
        case invalid(message: String, hint: String?)
        case end
    }
}

/// The operators and punctuation of the language.
public enum Symbol: String, Sendable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case tilde = "~"
    case leftParen = "("
    case rightParen = ")"
    case comma = ","
    case pipe = "|"
    case semicolon = ";"
    case dotDot = ".."
    case dot = "."
    case minus = "-"
    case plus = "+"
    case star = "*"
    case slash = "/"
}

extension Token.Kind {
    /// A short name of the token's kind, for `.tokens` and for "found …" in errors.
    public var kindName: String {
        switch self {
        case .identifier: return "identifier"
        case .keyword: return "keyword"
        case .string: return "string"
        case .integer: return "integer"
        case .decimal: return "decimal"
        case .parameter: return "parameter"
        case .percent: return "percent"
        case .term: return "term"
        case .period: return "period"
        case .date: return "date"
        case .symbol: return "symbol"
        case .newline: return "newline"
        case .invalid: return "invalid"
        case .end: return "end"
        }
    }
}
