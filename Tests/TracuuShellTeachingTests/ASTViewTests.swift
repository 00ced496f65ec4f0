import Testing
import TracuuDiagnostics
import TracuuShell

/// `.ast`: the syntax tree, one node a line, with ranges from the parser.
@Suite("Syntax tree view")
struct ASTViewTests {
    @Test("and, comparisons, stages; the term's text as typed beside its value")
    func enDashTerm() throws {
        let view = try TeachingViews.ast(query(enDashQuery), useColor: false)
        expectGolden(view, #"""
        range: first-last character as line:column; columns count characters from 1
        node                               range      text
        query targets                      1:1-1:87   targets where district = "Triệu Phong" …
        ├─ where                           1:9-1:61   where district = "Triệu Phong" and term…
        │  └─ and                          1:15-1:61  district = "Triệu Phong" and term = 202…
        │     ├─ = district "Triệu Phong"  1:15-1:38  district = "Triệu Phong"
        │     └─ = term 2020-2025          1:44-1:61  term = 2020 – 2025
        ├─ | sort                          1:65-1:77  sort due desc
        │  └─ due desc                     1:70-1:77  due desc
        └─ | limit 3                       1:81-1:87  limit 3
        """#)
    }

    @Test("NFD text: ranges count characters")
    func nfdText() throws {
        // Each \u{…} below is a combining mark: on screen the lines line up, here they cannot.
        let view = try TeachingViews.ast(query(nfdQuery), useColor: false)
        expectGolden(view, #"""
        range: first-last character as line:column; columns count characters from 1
        node                            range      text
        query targets                   1:1-1:56   targets where district = "Trie\#u{302}\#u{323}u Phong" …
        ├─ where                        1:9-1:38   where district = "Trie\#u{302}\#u{323}u Phong"
        │  └─ = district "Triệu Phong"  1:15-1:38  district = "Trie\#u{302}\#u{323}u Phong"
        └─ | select                     1:42-1:56  select id, kind
           ├─ id                        1:49-1:50  id
           └─ kind                      1:53-1:56  kind
        """#)
    }

    @Test("a query over two lines: ranges on line 2")
    func twoLines() throws {
        let view = try TeachingViews.ast(query(twoLineQuery), useColor: false)
        expectGolden(view, #"""
        range: first-last character as line:column; columns count characters from 1
        node                       range      text
        query metrics              1:1-2:28   metrics WHERE period = 2021-q1 and chan…
        ├─ where                   1:9-1:47   WHERE period = 2021-q1 and change > 10%
        │  └─ and                  1:15-1:47  period = 2021-q1 and change > 10%
        │     ├─ = period 2021-Q1  1:15-1:30  period = 2021-q1
        │     └─ > change 10       1:36-1:47  change > 10%
        ├─ | sort                  2:5-2:20   sort change desc
        │  └─ change desc          2:10-2:20  change desc
        └─ | count                 2:24-2:28  count
        """#)
    }

    @Test("with colour: keywords and literals painted, tree lines and ranges dim")
    func colour() throws {
        let view = try TeachingViews.ast(query(shortQuery), useColor: true)
        expectGolden(showingEscapes(view), #"""
        ␛[2mrange: first-last character as line:column; columns count characters from 1␛[0m
        ␛[1mnode␛[0m              ␛[1mrange␛[0m      ␛[1mtext␛[0m
        ␛[1;34mquery␛[0m targets     ␛[2m1:1-1:24␛[0m   ␛[2mtargets where due > 2024␛[0m
        ␛[2m└─ ␛[0m␛[1;34mwhere␛[0m          ␛[2m1:9-1:24␛[0m   ␛[2mwhere due > 2024␛[0m
        ␛[2m   └─ ␛[0m> due ␛[36m2024␛[0m  ␛[2m1:15-1:24␛[0m  ␛[2mdue > 2024␛[0m
        """#)
    }

    @Test("a parse error is thrown as the parser's diagnostic")
    func parseError() {
        #expect {
            _ = try TeachingViews.ast(query("targets where district ="), useColor: false)
        } throws: { error in
            guard let d = error as? Diagnostic else { return false }
            return d.message == "expected a field or a value after '=', found the end of the query"
                && d.place?.line == 1 && d.place?.column == 25
        }
    }
}

@Suite("Syntax tree width")
struct ASTWidthTests {
    static let long = "targets where district ~ \"trieu phong\" and kind = \"breakthrough\" and due = 2025 | select id, text"

    @Test func theTextColumnTakesTheTerminalsWidth() throws {
        let source = SourceFile(name: "<q>", text: Self.long)
        let narrow = try TeachingViews.ast(source, useColor: false)
        let wide = try TeachingViews.ast(source, useColor: false, width: 200)
        // Without a width the text is cut at 40 columns; on a wide terminal it is whole.
        #expect(narrow.contains("…"))
        #expect(wide.contains(Self.long))
        #expect(!wide.contains("…"))
        // Never narrower than without a terminal.
        #expect(try TeachingViews.ast(source, useColor: false, width: 20) == narrow)
    }
}
