import Testing
@testable import TracuuShell

/// The query after `.tokens`, `.ast`, `.plan` or `.explain` is read on its own, but an
/// error in it is said where it stands in the script: its line, its column there, that
/// line echoed and the caret under the mistake (issue 10, item 21).
@Suite("Errors in teaching views are placed in the script")
struct TeachingViewPlacesTests {
    /// Four lines of a report, then the view on line 5.
    static func script(line5: String) -> String {
        "-- weekly report\n.format csv\ntargets | count\nmetrics | count\n" + line5 + "\n"
    }

    /// The caret line under a script line, `column` counted from 1.
    static func caret(at column: Int, width: Int) -> String {
        "   │ " + String(repeating: " ", count: column - 1) + "^" + String(repeating: "~", count: width - 1)
    }

    @Test(arguments: ["plan", "explain"])
    func aCheckErrorInsideTheQuerySaysTheScriptsLineAndColumn(_ view: String) {
        let t = Transcript()
        let line = ".\(view) targets where distict = \"Triệu Phong\""
        #expect(!t.run(Self.script(line5: line), name: "report.tq"))
        let column = view.count + 2 + "targets where ".count + 1
        #expect(t.err.hasPrefix("report.tq:5:\(column): error: unknown field 'distict' in 'targets'"), "\(t.err)")
        #expect(t.err.contains(" 5 │ \(line)\n"))
        #expect(t.err.contains(Self.caret(at: column, width: 7) + "\n"))
    }

    @Test func aSyntaxErrorInsideAstSaysTheScriptsLineAndColumn() {
        let t = Transcript()
        let line = ".ast   targets | sort due dsc"
        #expect(!t.run(Self.script(line5: line), name: "report.tq"))
        #expect(t.err.hasPrefix("report.tq:5:27: error: expected '|', ';' or the end of the query, found 'dsc'"), "\(t.err)")
        #expect(t.err.contains(" 5 │ \(line)\n"))
        #expect(t.err.contains(Self.caret(at: 27, width: 3) + "\n"))
    }

    @Test func tokensShowsABrokenQueryAndItsOwnErrorIsPlacedInTheScript() {
        // The lexer never stops: a broken query is shown with its bad token marked, and
        // the places in the view count from the query's first character.
        let t = Transcript()
        #expect(t.run(".tokens targets where \"open", name: "report.tq"))
        #expect(t.out.contains("✗"))
        #expect(t.out.contains("1:1-1:7"))
        let u = Transcript()
        #expect(!u.run(Self.script(line5: "   .tokens"), name: "report.tq"))
        #expect(u.err.hasPrefix("report.tq:5:4: error: '.tokens' needs a query"), "\(u.err)")
        #expect(u.err.contains(" 5 │    .tokens\n"))
    }

    @Test func atThePromptTheErrorIsPlacedInTheTypedLine() {
        let t = Transcript()
        #expect(!t.run(".plan metrics | sort valeu"))
        #expect(t.err.hasPrefix("<prompt>:1:22: error:"), "\(t.err)")
    }
}
