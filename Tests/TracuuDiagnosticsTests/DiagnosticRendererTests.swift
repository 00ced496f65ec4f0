import Testing
@testable import TracuuDiagnostics
import TracuuText

@Suite("Diagnostics")
struct DiagnosticRendererTests {
    func render(_ text: String, _ start: Int, _ length: Int, _ message: String, hints: [String] = [], name: String = "q.tq") -> String {
        let source = SourceFile(name: name, text: text)
        let lower = text.index(text.startIndex, offsetBy: start)
        let upper = text.index(lower, offsetBy: length)
        return DiagnosticRenderer().render(Diagnostic(.error, message, at: source.place(of: lower..<upper), hints: hints))
    }

    @Test func headerLineCaretAndHint() {
        #expect(render("targets where distict = 1", 14, 7, "unknown field 'distict' in 'targets'", hints: ["did you mean 'district'?"]) == """
            q.tq:1:15: error: unknown field 'distict' in 'targets'
             1 │ targets where distict = 1
               │               ^~~~~~~
               = hint: did you mean 'district'?

            """)
    }

    @Test func controlsInTheEchoedLineAreShownAsMarksAndTheCaretStaysUnderItsPlace() {
        // The title-setting sequence and the bidirectional override must not reach the terminal.
        let text = "targets where note = \"\u{1B}]0;owned\u{7}\u{202E}\" and x"
        let start = Array(text).firstIndex(of: "x") ?? 0
        #expect(render(text, start, 1, "unknown field 'x\u{1B}[2J' in 'targets'", hints: ["not \u{202E}this"]) == """
            q.tq:1:40: error: unknown field 'x␛[2J' in 'targets'
             1 │ targets where note = "␛]0;owned␇<U+202E>" and x
               │                                               ^
               = hint: not <U+202E>this

            """)
    }

    @Test func theLineOfTheRangeIsShownWithItsNumber() {
        let text = "targets | count\n\nmetrics where x = 1\n"
        #expect(render(text, 31, 1, "unknown field 'x' in 'metrics'") == """
            q.tq:3:15: error: unknown field 'x' in 'metrics'
             3 │ metrics where x = 1
               │               ^

            """)
    }

    @Test func columnsCountCharactersSoNFDTextLinesUp() {
        // "Triệu" in NFD is seven scalars but five characters and five columns.
        let text = "district = \"Trie\u{0323}\u{0302}u\" and x"
        let characters = Array(text)
        let start = characters.firstIndex(of: "x") ?? 0
        let rendered = render(text, start, 1, "unknown field 'x' in 'targets'")
        #expect(rendered.hasPrefix("q.tq:1:24: error:"))
        let lines = rendered.split(separator: "\n")
        #expect(lines[2] == "   │                        ^")
    }

    @Test func anEmptyRangeAtTheEndStillGetsACaret() {
        #expect(render("targets where", 13, 0, "expected a condition") == """
            q.tq:1:14: error: expected a condition
             1 │ targets where
               │              ^

            """)
    }

    @Test func aRangeOverSeveralLinesIsUnderlinedOnItsFirstLine() {
        let rendered = render("a = \"x\ny\"", 4, 5, "unterminated")
        #expect(rendered.contains(" 1 │ a = \"x\n   │     ^~\n"))
    }

    @Test func aDiagnosticWithoutPlaceIsOneLineAndItsHints() {
        let d = Diagnostic(.error, "cannot read 'x.tq': no such file", hints: ["check the path"])
        #expect(DiagnosticRenderer().render(d) == "error: cannot read 'x.tq': no such file\n  = hint: check the path\n")
    }

    @Test func colourOnlyWhenAsked() {
        let d = Diagnostic(.error, "m")
        #expect(DiagnosticRenderer(useColor: true).render(d).contains("\u{1B}["))
        #expect(!DiagnosticRenderer(useColor: false).render(d).contains("\u{1B}["))
    }

    @Test func wideCharactersTakeTwoColumns() {
        let place = Place(file: "f", line: 1, column: 3, lineText: "漢字x")
        #expect(place.lead == 4)
    }
}

@Suite("Long lines")
struct LongLineTests {
    @Test func aLongLineIsShownAroundTheCaret() {
        let text = String(repeating: "chữ ", count: 60) + "X" + String(repeating: " chữ", count: 60)
        let source = SourceFile(name: "a.txt", text: text)
        let x = text.firstIndex(of: "X") ?? text.startIndex
        let rendered = DiagnosticRenderer().render(Diagnostic(.warning, "here", at: source.place(of: x..<text.index(after: x))))
        let lines = rendered.split(separator: "\n")
        #expect(lines[1].hasPrefix(" 1 │ …"))
        #expect(lines[1].hasSuffix("…"))
        // The caret still stands under the X.
        let shown = Array(lines[1]), caret = Array(lines[2])
        let column = caret.firstIndex(of: "^") ?? 0
        #expect(column < shown.count && shown[column] == "X")
    }

    /// The window is cut where the rest of the line can add nothing: the same window as
    /// measuring every character, for carets anywhere in lines of every length.
    @Test func theWindowIsTheOneOfTheWholeLine() {
        let pieces = ["chữ ", "X", "漢", "e\u{0301}", "\u{200B}", "ệ", "  "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let line = (0..<Int.random(in: 0...120, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let lead = Int.random(in: 0...max(0, DisplayWidth.columns(of: line)), using: &generator)
            let width = Int.random(in: 1...12, using: &generator)
            let (shown, newLead) = DiagnosticRenderer.window(line, lead: lead, width: width)
            let expected = Self.windowOfWholeLine(line, lead: lead)
            #expect(shown == expected.0 && newLead == expected.1, "\(line.debugDescription) at \(lead)")
            #expect(DiagnosticRenderer.isWider(line, than: DiagnosticRenderer.widest) == (DisplayWidth.columns(of: line) > DiagnosticRenderer.widest))
        }
    }

    /// The window measured over every character of the line, as it was first written.
    static func windowOfWholeLine(_ line: String, lead: Int) -> (String, Int) {
        guard DisplayWidth.columns(of: line) > DiagnosticRenderer.widest else { return (line, lead) }
        let from = max(0, lead - 40), to = from + DiagnosticRenderer.widest - 2
        var shown = from > 0 ? "…" : "", column = 0, cutAtEnd = false
        for ch in line {
            let w = DisplayWidth.columns(of: ch)
            if column >= from && column + w <= to { shown.append(ch) }
            if column + w > to { cutAtEnd = true }
            column += w
        }
        if cutAtEnd { shown += "…" }
        return (shown, lead - from + (from > 0 ? 1 : 0))
    }

    /// A tab in the quoted line is one space, so the caret after it stays under its place; a
    /// combining mark after a tab stays a character of its own (a tab is a control).
    @Test func tabsAreShownAsOneSpace() {
        let text = "a\tb\tc X"
        let source = SourceFile(name: "t.txt", text: text)
        let x = text.firstIndex(of: "X") ?? text.startIndex
        let lines = DiagnosticRenderer().render(Diagnostic(.warning, "here", at: source.place(of: x..<text.index(after: x)))).split(separator: "\n")
        #expect(lines[1] == " 1 │ a b c X")
        let shown = Array(lines[1]), caret = Array(lines[2])
        let column = caret.firstIndex(of: "^") ?? 0
        #expect(column < shown.count && shown[column] == "X")
        let marked = "a\t\u{0301}b"
        let first = SourceFile(name: "t.txt", text: marked)
        let rendered = DiagnosticRenderer().render(Diagnostic(.warning, "here", at: first.place(of: marked.startIndex..<marked.index(after: marked.startIndex))))
        #expect(rendered.split(separator: "\n")[1] == " 1 │ a \u{0301}b")
    }
}
