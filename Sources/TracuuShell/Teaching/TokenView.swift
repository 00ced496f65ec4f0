import TracuuDiagnostics
import TracuuSyntax
import TracuuValues

extension TeachingViews {
    /// `.tokens`: every token the lexer reads, one a line, with its kind, its text as
    /// typed, its range, and its value where that differs from the text:
    ///
    ///     kind        text           range      value
    ///     identifier  targets        1:1-1:7
    ///     string      "Triệu Phong"  1:26-1:38  → Triệu Phong
    ///     term        2020 – 2025    1:51-1:61  → 2020-2025
    ///
    /// The lexer never stops, so a broken query shows whole, its bad parts marked ✗.
    /// The `end` token is left out: it covers no text.
    public static func tokens(_ source: SourceFile, useColor: Bool) -> String {
        var table = AlignedRows()
        table.append(["kind", "text", "range", "value"].map { Cell($0, .heading) })
        let positions = SourcePositions(source.text)
        for token in Lexer.tokenize(source.text) where token.kind != .end {
            let typed = String(source.text[token.range])
            table.append([
                Cell(token.kind.kindName),
                Cell(visible(typed), SyntaxHighlighter.style(of: token.kind)),
                Cell(rangeText(token.range, in: source, positions), .quiet),
                valueCell(token.kind, typed: typed),
            ])
        }
        let note = useColor ? ANSIStyle.quiet.paint(rangeNote) : rangeNote
        return ([note] + table.lines(useColor: useColor)).joined(separator: "\n") + "\n"
    }

    /// What the token stands for, when that is not simply its text: `→ 2020-2025` for
    /// `2020 – 2025`, `→ where` for `WHERE`, the message of an invalid token.
    static func valueCell(_ kind: Token.Kind, typed: String) -> Cell {
        switch kind {
        case .invalid(let message, _):
            return Cell("✗ " + message, .invalid)
        case .string(let text):
            // Always shown: the quotes go and escapes are decoded.
            let inner = String(typed.dropFirst().dropLast())
            return Cell("→ " + visible(text) + nfcNote(text, typed: inner))
        case .identifier(let name):
            return differs(name, typed) ? Cell("→ " + name + nfcNote(name, typed: typed)) : Cell("")
        default:
            let value = decoded(kind)
            return value.map { differs($0, typed) ? Cell("→ " + $0) : Cell("") } ?? Cell("")
        }
    }

    /// The value of a token that is neither text nor a name, as the language writes it.
    static func decoded(_ kind: Token.Kind) -> String? {
        switch kind {
        case .keyword(let k): return k.rawValue
        case .integer(let i): return String(i)
        case .decimal(let d), .percent(let d): return Value.number(d).description
        case .term(let t): return t.description
        case .period(let p): return p.description
        case .date(let d): return d.description
        case .symbol(let s): return s.rawValue
        case .parameter(let name): return "$" + name
        case .identifier, .string, .newline, .invalid, .end: return nil
        }
    }

    /// Whether two texts differ in their code points (Swift's `==` would call NFC and NFD equal).
    static func differs(_ a: String, _ b: String) -> Bool {
        !a.unicodeScalars.elementsEqual(b.unicodeScalars)
    }

    /// " (NFC)" when the value is the text as typed, only recomposed: the change is invisible
    /// on screen, so it is named.
    static func nfcNote(_ value: String, typed: String) -> String {
        value == typed && differs(value, typed) ? " (NFC)" : ""
    }
}
