import Testing
import TracuuSyntax
import TracuuValues

/// Each token written compactly, as Go's lexer tests do: `ident(targets) kw(where) =`.
func compact(_ text: String) -> String {
    Lexer.tokenize(text).dropLast().map { token -> String in
        switch token.kind {
        case .identifier(let s): return "ident(\(s))"
        case .keyword(let k): return "kw(\(k.rawValue))"
        case .string(let s): return "text(\(s))"
        case .integer(let i): return "int(\(i))"
        case .decimal(let d): return "dec(\(d))"
        case .parameter(let p): return "param(\(p))"
        case .percent(let p): return "pct(\(p))"
        case .term(let t): return "term(\(t))"
        case .period(let p): return "period(\(p))"
        case .date(let d): return "date(\(d))"
        case .symbol(let s): return s.rawValue
        case .newline: return "NL"
        case .invalid(let message, _): return "invalid(\(message))"
        case .end: return "END"
        }
    }.joined(separator: " ")
}

@Suite("Lexer")
struct LexerTests {
    @Test(arguments: [
        ("targets where district = \"Triệu Phong\"", "ident(targets) kw(where) ident(district) = text(Triệu Phong)"),
        ("WHERE Where wHeRe", "kw(where) kw(where) kw(where)"),
        ("2020-2025", "term(2020-2025)"),
        ("2020 - 2025", "term(2020-2025)"),
        ("2020 – 2025", "term(2020-2025)"),
        ("2020–2025", "term(2020-2025)"),
        ("2020\u{00A0}–\u{00A0}2025", "term(2020-2025)"),
        ("2021-Q1 2021-q4 2021-H2", "period(2021-Q1) period(2021-Q4) period(2021-H2)"),
        ("2021-06", "period(2021-06)"),
        ("2021-03-31", "date(2021-03-31)"),
        ("30/7/2020 05/10/2020", "date(2020-07-30) date(2020-10-05)"),
        ("2025", "int(2025)"),
        ("20", "int(20)"),
        ("38.1", "dec(38.1)"),
        ("38.1% 10%", "pct(38.1) pct(10.0)"),
        ("-5", "- int(5)"),
        ("a = b != c < d <= e > f >= g ~ h", "ident(a) = ident(b) != ident(c) < ident(d) <= ident(e) > ident(f) >= ident(g) ~ ident(h)"),
        ("a == b <> c", "ident(a) = ident(b) != ident(c)"),
        ("( ) , | ; ..", "( ) , | ; .."),
        ("due in 2020..2025", "ident(due) kw(in) int(2020) .. int(2025)"),
        ("targets -- a comment\n| count", "ident(targets) NL | kw(count)"),
        ("2021 -- year then comment", "int(2021)"),
        ("quận tỉnh_2", "ident(quận) ident(tỉnh_2)"),
        ("'nông thôn mới'", "text(nông thôn mới)"),
        ("“Triệu Phong”", "text(Triệu Phong)"),
        ("\"say \\\"hi\\\"\\n\"", "text(say \"hi\"\n)"),
        ("\"\\u{1EC7}\"", "text(ệ)"),
        ("a\r\nb", "ident(a) NL ident(b)"),
        ("\"two\nlines\"", "text(two\nlines)"),
        ("contains CONTAINS in", "kw(contains) kw(contains) kw(in)"),
        ("true false", "kw(true) kw(false)"),
    ])
    func tokens(_ input: String, _ expected: String) {
        #expect(compact(input) == expected)
    }

    @Test(arguments: [
        ("\"Triệu", "invalid(unterminated string)"),
        ("\"a\\qb\"", "invalid(unknown escape '\\q' in a string)"),
        ("2025-2020", "invalid(the term 2025-2020 ends before it starts)"),
        ("2021-Q5", "invalid('2021-Q5' is not a quarter)"),
        ("2021-H3", "invalid('2021-H3' is not a half-year)"),
        ("2021-13", "invalid('2021-13' is not a month)"),
        ("2021-02-30", "invalid('2021-02-30' is not a date)"),
        ("31/2/2021", "invalid('31/2/2021' is not a date)"),
        ("2021Q1", "invalid('2021Q1' is not a number or a name)"),
        ("!", "invalid('!' on its own is not an operator)"),
        ("#", "invalid(unexpected character '#')"),
        (".5", "invalid(unexpected '.') int(5)"),
        ("99999999999999999999", "invalid(the number 99999999999999999999 is too large)"),
        ("”", "invalid(closing quote '”' without an opening one)"),
    ])
    func errors(_ input: String, _ expected: String) {
        #expect(compact(input) == expected)
    }

    @Test func lexerGoesOnAfterAnError() {
        #expect(compact("targets # where") == "ident(targets) invalid(unexpected character '#') kw(where)")
    }

    @Test func nfdIdentifierIsNormalizedButRangeIsAsTyped() {
        let nfd = "qua\u{0323}\u{0302}n"   // quận, decomposed
        let tokens = Lexer.tokenize(nfd)
        #expect(tokens[0].kind == .identifier("quận"))
        #expect(String(nfd[tokens[0].range]).unicodeScalars.count == 6)
    }

    @Test func stringValueIsNFCAndEthRepaired() {
        let tokens = Lexer.tokenize("\"\u{00D0}a\u{0323}i ho\u{0323}\u{0302}i\"")
        #expect(tokens[0].kind == .string("Đại hội"))
    }

    @Test func rangesCoverTheLexeme() {
        let text = "due in 2020 – 2025"
        let tokens = Lexer.tokenize(text)
        #expect(tokens.map { String(text[$0.range]) } == ["due", "in", "2020 – 2025", ""])
    }
}
