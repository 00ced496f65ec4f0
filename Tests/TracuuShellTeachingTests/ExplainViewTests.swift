import Testing
import TracuuDiagnostics
import TracuuShell

/// `.explain`: the three views under their headings.
@Suite("Explain view")
struct ExplainViewTests {
    @Test("tokens, syntax tree and plan, in that order")
    func plain() throws {
        let view = try TeachingViews.explain(query("targets | count"), engine: sampleEngine(), useColor: false)
        expectGolden(view, #"""
        Tokens
        ──────
        range: first-last character as line:column; columns count characters from 1
        kind        text     range      value
        identifier  targets  1:1-1:7
        symbol      |        1:9-1:9
        keyword     count    1:11-1:15

        Syntax tree
        ───────────
        range: first-last character as line:column; columns count characters from 1
        node           range      text
        query targets  1:1-1:15   targets | count
        └─ | count     1:11-1:15  count

        Plan
        ────
        rows are counted by running each step on the loaded data
        1. scan targets  (16 rows)
              reads every row of the dataset, in the order they were loaded
        2. count         (1 row)
              counts the rows: the result is one row with one field, count
        """#)
    }

    @Test("with colour: headings bold")
    func colour() throws {
        let view = try TeachingViews.explain(query("targets | count"), engine: sampleEngine(), useColor: true)
        expectGolden(showingEscapes(view), #"""
        ␛[1mTokens␛[0m
        ──────
        ␛[2mrange: first-last character as line:column; columns count characters from 1␛[0m
        ␛[1mkind␛[0m        ␛[1mtext␛[0m     ␛[1mrange␛[0m      ␛[1mvalue␛[0m
        identifier  targets  ␛[2m1:1-1:7␛[0m
        symbol      |        ␛[2m1:9-1:9␛[0m
        keyword     ␛[1;34mcount␛[0m    ␛[2m1:11-1:15␛[0m

        ␛[1mSyntax tree␛[0m
        ───────────
        ␛[2mrange: first-last character as line:column; columns count characters from 1␛[0m
        ␛[1mnode␛[0m           ␛[1mrange␛[0m      ␛[1mtext␛[0m
        ␛[1;34mquery␛[0m targets  ␛[2m1:1-1:15␛[0m   ␛[2mtargets | count␛[0m
        ␛[2m└─ ␛[0m| ␛[1;34mcount␛[0m     ␛[2m1:11-1:15␛[0m  ␛[2mcount␛[0m

        ␛[1mPlan␛[0m
        ────
        ␛[2mrows are counted by running each step on the loaded data␛[0m
        1. scan targets  (16 rows)
              ␛[2mreads every row of the dataset, in the order they were loaded␛[0m
        2. ␛[1;34mcount␛[0m         (1 row)
              ␛[2mcounts the rows: the result is one row with one field, count␛[0m
        """#)
    }

    @Test("without colour, no view writes an escape code", arguments: [enDashQuery, nfdQuery, twoLineQuery, shortQuery])
    func noEscapesWithoutColour(_ text: String) throws {
        let view = try TeachingViews.explain(query(text), engine: sampleEngine(), useColor: false)
        #expect(!view.contains("\u{1B}"))
    }

    @Test("a checker error stops it, as it stops .plan")
    func checkerError() throws {
        let engine = try sampleEngine()
        #expect(throws: Diagnostic.self) {
            _ = try TeachingViews.explain(query("targets | sort nowhere"), engine: engine, useColor: false)
        }
    }
}
