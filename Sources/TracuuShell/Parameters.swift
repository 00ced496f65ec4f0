import TracuuSyntax
import TracuuValues

/// Values for `$name` in queries, as people write them after `--param name=` or
/// `.param set name`: a literal of the language (`2021-Q1`, `2020-2025`, `10%`, `"Triệu
/// Phong"`), or else plain text (`--param district=Triệu Phong`).
public enum Parameters {
    public static func value(_ text: String) -> Value {
        let tokens = Lexer.tokenize(text).filter { $0.kind != .newline }
        // A minus sign and a number: -2.5
        if tokens.count == 3, tokens[0].kind == .symbol(.minus) {
            switch tokens[1].kind {
            case .integer(let i): return .integer(-i)
            case .decimal(let d), .percent(let d): return .number(-d)
            default: break
            }
        }
        if tokens.count == 2 {
            switch tokens[0].kind {
            case .string(let s): return .text(s)
            case .integer(let i): return .integer(i)
            case .decimal(let d), .percent(let d): return .number(d)
            case .term(let t): return .term(t)
            case .period(let p): return .period(p)
            case .date(let d): return .date(d)
            case .keyword(.true): return .boolean(true)
            case .keyword(.false): return .boolean(false)
            default: break
            }
        }
        return .text(text)
    }

    /// `name=value` → the name and its value; nil without a `=` or a name.
    public static func assignment(_ text: String) -> (String, Value)? {
        guard let equal = text.firstIndex(of: "=") else { return nil }
        let name = text[..<equal].trimmingCharacters(in: " ")
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return (String(name), value(String(text[text.index(after: equal)...])))
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return s
    }
}
