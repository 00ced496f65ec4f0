import Testing
import TracuuDiagnostics
import TracuuSyntax

func parsed(_ text: String) throws -> String {
    ASTPrinter.print(try Parser.parseQuery(SourceFile(name: "<test>", text: text)))
}

@Suite("Parser")
struct ParserTests {
    @Test(arguments: [
        ("targets", "(query targets)"),
        ("targets where district = \"Triệu Phong\" and term = 2020-2025",
         "(query targets\n  (where (and (= district \"Triệu Phong\") (= term 2020-2025))))"),
        ("targets where a = 1 or b = 2 and c = 3",
         "(query targets\n  (where (or (= a 1) (and (= b 2) (= c 3)))))"),
        ("targets where (a = 1 or b = 2) and c = 3",
         "(query targets\n  (where (and (or (= a 1) (= b 2)) (= c 3))))"),
        ("targets where not a = 1 and b = 2",
         "(query targets\n  (where (and (not (= a 1)) (= b 2))))"),
        ("targets where not not a = 1", "(query targets\n  (where (not (not (= a 1)))))"),
        ("metrics where change > 10% | sort change desc",
         "(query metrics\n  (where (> change 10))\n  | (sort change desc))"),
        ("metrics where change >= -2.5", "(query metrics\n  (where (>= change -2.5)))"),
        ("articles where text contains \"nông thôn mới\" | select title, date",
         "(query articles\n  (where (contains text \"nông thôn mới\"))\n  | (select title date))"),
        ("targets where district ~ \"trieu phong\"", "(query targets\n  (where (~ district \"trieu phong\")))"),
        ("targets where due in (2020, 2025)", "(query targets\n  (where (in due (2020 2025))))"),
        ("targets where due in 2020..2025", "(query targets\n  (where (in due 2020..2025)))"),
        ("articles where date in 2020-2025", "(query articles\n  (where (in date 2020-2025)))"),
        ("targets | sort by district, due desc | limit 3",
         "(query targets\n  | (sort district asc, due desc)\n  | (limit 3))"),
        ("targets | where kind = \"goal\" | count", "(query targets\n  | (where (= kind \"goal\"))\n  | (count))"),
        ("targets\n  | count", "(query targets\n  | (count))"),
        ("targets\nwhere due = 2025", "(query targets\n  (where (= due 2025)))"),
        ("metrics where period = 2021-Q1 and estimated = true",
         "(query metrics\n  (where (and (= period 2021-Q1) (= estimated true))))"),
        ("metrics where change is missing", "(query metrics\n  (where (is-missing change)))"),
        ("metrics where change IS NOT NULL and value is Missing",
         "(query metrics\n  (where (and (is-not-missing change) (is-missing value))))"),
        ("metrics where change + 1 is missing", "(query metrics\n  (where (is-missing (+ change 1))))"),
        ("metrics where indicator like \"thu%\"", "(query metrics\n  (where (like indicator \"thu%\")))"),
        ("metrics where indicator Starts With \"thu\"", "(query metrics\n  (where (starts with indicator \"thu\")))"),
        // `missing` and `starts` stay names outside those operators.
        ("metrics where missing = 1 or starts > 2", "(query metrics\n  (where (or (= missing 1) (> starts 2))))"),
        ("metrics | select *, value * 2 as double", "(query metrics\n  | (select * (as (* value 2) double)))"),
        ("metrics | limit 10 offset 20", "(query metrics\n  | (limit 10 offset 20))"),
        ("metrics | distinct district, unit", "(query metrics\n  | (distinct district unit))"),
        ("metrics | distinct on district", "(query metrics\n  | (distinct on district))"),
        ("metrics | pivot district using sum(value) by period",
         "(query metrics\n  | (pivot district using (sum value) by period))"),
        ("metrics | growth value by district, indicator", "(query metrics\n  | (growth value by district indicator))"),
        ("metrics | growth value | where growth > 5", "(query metrics\n  | (growth value)\n  | (where (> growth 5)))"),
        ("metrics | distinct on", "(query metrics\n  | (distinct on))"),
        ("metrics | select value as \"Giá trị (tỉ đồng)\" | sort \"Giá trị (tỉ đồng)\" desc",
         "(query metrics\n  | (select (as value Giá trị (tỉ đồng)))\n  | (sort Giá trị (tỉ đồng) desc))"),
    ])
    func trees(_ input: String, _ expected: String) throws {
        #expect(try parsed(input) == expected)
    }

    @Test func severalStatementsBySemicolonsAndLines() {
        let statements = Parser.parse(SourceFile(name: "t", text: "targets | count; metrics\n\narticles -- three\n"))
        let names = statements.compactMap { s -> String? in
            if case .query(let q) = s { return q.source.text }
            return nil
        }
        #expect(names == ["targets", "metrics", "articles"])
    }

    @Test func aStatementThatFailsDoesNotStopTheNextFromParsing() {
        let statements = Parser.parse(SourceFile(name: "t", text: "targets where;metrics | count"))
        #expect(statements.count == 2)
        if case .error = statements[0] {} else { Issue.record("first should fail") }
        if case .query(let q) = statements[1] { #expect(q.source.text == "metrics") } else { Issue.record("second should parse") }
    }

    @Test func dotCommandsAreStatementsOfTheirOwnLine() {
        let statements = Parser.parse(SourceFile(name: "t", text: ".format csv\n.load \"my data\ntargets | count; .x"))
        guard statements.count == 4 else { Issue.record("expected 4 statements, got \(statements.count)"); return }
        if case .command(let c) = statements[0] { #expect(c.name == "format" && c.argument == "csv") } else { Issue.record("not a command") }
        // A quote in a command's argument does not swallow the next line.
        if case .command(let c) = statements[1] { #expect(c.name == "load" && c.argument == "\"my data") } else { Issue.record("not a command") }
        if case .query(let q) = statements[2] { #expect(q.source.text == "targets") } else { Issue.record("not a query") }
    }

    /// Issue 10, item 22: a dot-command took the whole line, `;` and query included.
    @Test func aDotCommandEndsAtASemicolonOutsideQuotes() {
        let statements = Parser.parse(SourceFile(name: "t", text: ".format csv; .headers off; metrics | count\n.explain targets where district = \"a;b\"; targets"))
        guard statements.count == 5 else { Issue.record("expected 5 statements, got \(statements.count)"); return }
        if case .command(let c) = statements[0] { #expect(c.name == "format" && c.argument == "csv") } else { Issue.record("not a command") }
        if case .command(let c) = statements[1] { #expect(c.name == "headers" && c.argument == "off") } else { Issue.record("not a command") }
        if case .query(let q) = statements[2] { #expect(q.source.text == "metrics") } else { Issue.record("not a query") }
        if case .command(let c) = statements[3] { #expect(c.argument == "targets where district = \"a;b\"") } else { Issue.record("not a command") }
        if case .query(let q) = statements[4] { #expect(q.source.text == "targets") } else { Issue.record("not a query") }
    }

    @Test func aDotAfterASemicolonIsNotACommand() {
        let statements = Parser.parse(SourceFile(name: "t", text: "targets; .x"))
        #expect(statements.count == 2)
        if case .error = statements[1] {} else { Issue.record("'.x' mid-line should be an error") }
    }

    @Test func rangesPointIntoTheTypedText() throws {
        let text = "targets where district = \"Triệu Phong\" | limit 2"
        let q = try Parser.parseQuery(SourceFile(name: "t", text: text))
        #expect(String(text[q.range]) == text)
        #expect(String(text[q.source.range]) == "targets")
        let condition = try #require(q.condition)
        #expect(String(text[condition.range]) == "district = \"Triệu Phong\"")
        #expect(String(text[q.stages[0].range]) == "limit 2")
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = "targets where " + String(repeating: "(", count: 10_000) + "a = 1" + String(repeating: ")", count: 10_000)
        #expect(throws: Diagnostic.self) { try Parser.parseQuery(SourceFile(name: "t", text: deep)) }
        let nots = "targets where " + String(repeating: "not ", count: 10_000) + "a = 1"
        #expect(throws: Diagnostic.self) { try Parser.parseQuery(SourceFile(name: "t", text: nots)) }
    }
}
