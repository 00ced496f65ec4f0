import Testing
import TracuuData
import TracuuDiagnostics
import TracuuEngine
import TracuuSyntax

/// The first error of a query, through the parser and the checker, over empty datasets.
func firstError(_ text: String) -> Diagnostic? {
    let source = SourceFile(name: "<q>", text: text)
    var datasets: [String: Dataset] = [:]
    for schema in Schemas.all { datasets[schema.dataset] = DatasetBuilder(schema: schema).build() }
    let engine = Engine(datasets: datasets)
    for statement in Parser.parse(source) {
        switch statement {
        case .error(let d): return d
        case .command, .let: continue
        case .query(let q):
            do { _ = try engine.check(q, in: source) } catch { return error }
        }
    }
    return nil
}

/// Malformed queries, each with the message it must give and the column its caret must
/// point at (1-based, counted in characters), and the hint where there is one.
@Suite("Bad queries")
struct BadQueryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let query: String
        let column: Int
        let message: String
        let hint: String?
        init(_ query: String, _ column: Int, _ message: String, hint: String? = nil) {
            self.query = query; self.column = column; self.message = message; self.hint = hint
        }
        var testDescription: String { query }
    }

    static let cases: [Case] = [
        // Lexing
        Case("targets where district = \"Triệu", 26, "unterminated string", hint: "add the closing \""),
        Case("targets where term = 2025-2020", 22, "the term 2025-2020 ends before it starts", hint: "write the earlier year first: 2020-2025"),
        Case("metrics where period = 2021-Q5", 24, "'2021-Q5' is not a quarter", hint: "quarters are Q1 to Q4, as in 2021-Q1"),
        Case("articles where date = 31/2/2021", 23, "'31/2/2021' is not a date"),
        Case("articles where date = 2021-02-30", 23, "'2021-02-30' is not a date"),
        Case("targets where due = 2025 # x", 26, "unexpected character '#'"),
        Case("targets where due ! 2025", 19, "'!' on its own is not an operator"),
        Case("metrics where period = 2021Q1", 24, "'2021Q1' is not a number or a name"),
        Case("targets where district = \"a\\qb\"", 26, "unknown escape '\\q' in a string"),
        // Parsing
        Case("where due = 2025", 1, "expected a dataset, found the keyword 'where'",
             hint: "a query starts with a dataset: articles, targets, metrics or progress, as in: targets where …"),
        Case("= 2025", 1, "expected a dataset, found '='",
             hint: "a query starts with a dataset: articles, targets, metrics or progress"),
        Case("targets where", 14, "expected a field or a value, found the end of the query"),
        Case("targets where due =", 20, "expected a field or a value after '=', found the end of the query"),
        Case("targets where due = = 2025", 21, "expected a field or a value after '=', found '='"),
        Case("targets where (due = 2025", 26, "expected ')' to close the '(' at 1:15, found the end of the query"),
        Case("targets where due in (2020, 2025", 33, "expected ',' or ')' to close the list opened at 1:22, found the end of the query"),
        Case("targets where due in (2020 2025)", 28, "expected ',' or ')' to close the list opened at 1:22, found '2025'"),
        Case("targets |", 10, "expected a stage after '|', found the end of the query"),
        Case("targets | frobnicate", 11, "expected a stage after '|', found 'frobnicate'"),
        Case("targets | where", 16, "expected a field or a value, found the end of the query"),
        Case("targets | limit", 16, "expected the number of rows to keep, found the end of the query"),
        Case("targets | limit ten", 17, "expected the number of rows to keep, found 'ten'"),
        Case("targets | select", 17, "expected a field or a value, found the end of the query"),
        Case("targets | select where", 18, "expected a field or a value, found the keyword 'where'"),
        Case("targets | sort", 15, "expected a field to sort by, found the end of the query"),
        Case("targets where due = 2025 limit 3", 26, "expected '|', ';' or the end of the query, found the keyword 'limit'",
             hint: "stages are joined with '|', as in: targets | sort due"),
        Case("targets where due = -", 22, "expected a field or a value after '-', found the end of the query"),
        Case("targets | and", 11, "expected a stage after '|', found the keyword 'and'"),
        // Checking
        Case("tagrets", 1, "unknown dataset 'tagrets'", hint: "did you mean 'targets'?"),
        Case("documents", 1, "unknown dataset 'documents'", hint: "the datasets are: articles, metrics, targets"),
        Case("targets where distict = \"Triệu Phong\"", 15, "unknown field 'distict' in 'targets'", hint: "did you mean 'district'?"),
        Case("targets where district = \"Triệu Phong\" | select txt", 49, "unknown field 'txt' in 'targets'", hint: "did you mean 'text'?"),
        Case("targets | select kind | sort due", 30, "unknown field 'due'", hint: "the fields here are: kind"),
        Case("targets where term = 30/7/2020", 15, "cannot compare a term with a date", hint: "to ask whether a date falls in a term, write: date in 2020-2025"),
        Case("targets where district = 5", 15, "cannot compare a text with an integer", hint: "put quotes around text, or compare a number field with a number"),
        Case("metrics where value > \"many\"", 15, "cannot compare a number with a text", hint: "put quotes around text, or compare a number field with a number"),
        Case("targets where due ~ \"2025\"", 15, "'~' compares texts, not an integer"),
        Case("targets where due contains 5", 15, "'contains' compares texts, not an integer"),
        Case("metrics where estimated > true", 15, "true and false have no order"),
        Case("targets where district", 15, "a condition must be true or false, and this is a text"),
        Case("targets where due in (2020, \"x\")", 29, "cannot compare an integer with a text"),
        Case("targets where kind in (district)", 24, "a list after 'in' holds values, not fields"),
        Case("targets where district in 2020-2025", 15, "cannot ask whether a text is in a term"),
        Case("targets | count | limit 1", 19, "nothing can follow 'count'", hint: "put 'limit 1' before 'count'"),
        // Analysis
        Case("metrics | sum(indicator)", 15, "sum() adds numbers, and this is a text", hint: "count it instead: count(indicator)"),
        Case("metrics where sum(value) > 3", 15, "sum() is an aggregate: it belongs after '|', alone or after group by"),
        Case("metrics | select value + indicator", 18, "cannot add a number and a text"),
        Case("metrics | select frob(value)", 18, "unknown function 'frob'"),
        Case("metrics | select yeer(period)", 18, "unknown function 'yeer'", hint: "did you mean year()?"),
        Case("metrics | select year(value)", 18, "year() does not take a number"),
        Case("metrics where district = $d", 26, "the parameter '$d' has no value", hint: "set it with --param d=… on the command line, or .param set d …"),
        Case("metrics | select article.titel", 18, "unknown field 'titel' in articles", hint: "did you mean 'article.title'?"),
        Case("metrics | group district", 17, "expected 'by' after 'group', found 'district'"),
        Case("metrics | top 3 value", 17, "expected 'by' after 'top 3', found 'value'"),
        Case("metrics | chart value", 22, "expected 'by' and the labels after the chart's values, found the end of the query"),
        Case("metrics | chart indicator by value", 17, "a chart draws numbers, and 'indicator' is a text"),
        Case("metrics | chart value by district | limit 1", 37, "nothing can follow 'chart'"),
        Case("targets | join metrics", 16, "the rows here do not refer to metrics"),
        Case("metrics | select value as v, change as v", 40, "two fields are named 'v'"),
        Case("metrics | group by district | sum(value) as district", 45, "two fields are named 'district'"),
        Case("metrics | select $", 18, "'$' must be followed by a parameter's name"),
        // Missing values, patterns, choices, joined texts, statistics, quoted names
        Case("metrics where change is nul", 25, "expected 'missing' after 'is', found 'nul'",
             hint: "as in: change is missing, change is not missing"),
        Case("metrics where change is not 0", 29, "expected 'missing' after 'is not', found '0'",
             hint: "as in: change is missing, change is not missing"),
        Case("metrics where value like 10", 15, "'like' compares texts, not a number",
             hint: "like matches text against a pattern: indicator like \"thu%\""),
        Case("metrics where value starts with \"1\"", 15, "'starts with' compares texts, not a number",
             hint: "starts with looks at the beginning of a text: indicator starts with \"thu\""),
        Case("metrics | select coalesce(unit, 0)", 18, "coalesce() does not take a text and an integer",
             hint: "coalesce(a, b, …) of values of one type, as in: coalesce(value, 0)"),
        Case("metrics | select if(value, 1, 2)", 18, "if() does not take a number and an integer and an integer",
             hint: "if(condition, a, b) with a and b of one type, as in: if(change > 0, \"up\", \"down\")"),
        Case("metrics | select concat()", 18, "concat() needs a value",
             hint: "concat(a, b, …), as in: concat(district, \" (\", province, \")\")"),
        Case("metrics | select \"a\" + 1", 18, "cannot add a text and an integer",
             hint: "+ joins two texts; to join other values as text, use concat(a, b, …)"),
        Case("metrics | median(unit)", 18, "median() is over numbers, and this is a text", hint: "as in: median(value)"),
        Case("metrics | percentile(value)", 11, "percentile() takes a value and a percentage", hint: "as in: percentile(value, 90)"),
        Case("metrics | percentile(value, 101)", 29, "the percentage of percentile() is a number from 0 to 100",
             hint: "as in: percentile(value, 90)"),
        Case("metrics | percentile(value, change)", 29, "the percentage of percentile() is a number from 0 to 100",
             hint: "as in: percentile(value, 90)"),
        Case("metrics | stddev(value, 2)", 11, "stddev() takes one value", hint: "as in: stddev(value)"),
        Case("metrics | select * as all", 20, "'*' stands for every field and cannot be renamed",
             hint: "name the fields one by one: select indicator as \"Chỉ tiêu\", …"),
        Case("metrics where * = 1", 15, "expected a field or a value, found '*'"),
        Case("metrics | select *, id", 21, "two fields are named 'id'", hint: "name one of them with 'as'"),
        Case("metrics | select id, *", 22, "two fields are named 'id'", hint: "name the other one with 'as'"),
        Case("metrics | limit 10 offset", 26, "expected the number of rows to skip after 'offset', found the end of the query",
             hint: "as in: limit 10 offset 20"),
        Case("metrics | distinct district | select value", 38, "unknown field 'value'"),
        // Hints that point the right way for what other languages write
        Case("SELECT * FROM metrics", 1, "expected a dataset, found the keyword 'SELECT'",
             hint: "tracuu starts from the dataset, then its stages: metrics | select *"),
        Case("select indicator, value from metrics where value > 100", 1, "expected a dataset, found the keyword 'select'",
             hint: "tracuu starts from the dataset, then its stages: metrics where value > 100 | select indicator, value"),
        Case("sort due", 1, "expected a dataset, found the keyword 'sort'",
             hint: "a query starts with a dataset: articles, targets, metrics or progress, as in: targets | sort …"),
        Case("targets where kind = goal", 22, "unknown field 'goal' in 'targets'", hint: "a text is written in quotes: kind = \"goal\""),
        Case("metrics where change = null", 24, "unknown field 'null' in 'metrics'",
             hint: "a missing value is asked for with 'is missing': change is missing"),
        Case("targets where due > \"2025\"", 15, "cannot compare an integer with a text", hint: "remove the quotes: due > 2025"),
        Case("metrics where period = \"2021-Q1\"", 15, "cannot compare a period with a text", hint: "remove the quotes: period = 2021-Q1"),
        Case("metrics | select 1/3", 18, "'1/3' is not a date", hint: "to divide, write spaces around '/': 1 / 3; a date is written 30/7/2020"),
        Case("metrics where value < 10 < 20", 26, "a comparison takes one operator, and this has a second '<'",
             hint: "join two comparisons with and: value < 10 and 10 < …"),
        Case("metrics | limit $n", 17, "the parameter '$n' has no value", hint: "set it with --param n=… on the command line, or .param set n …"),
        Case("metrics | pivot district sum(value)", 26, "expected 'using' and an aggregate after 'pivot district', found 'sum'",
             hint: "as in: pivot district using sum(value) by period"),
        Case("metrics | pivot district using value", 32, "expected an aggregate after 'using', found 'value'",
             hint: "as in: pivot district using sum(value) by period"),
        Case("metrics | pivot distict using sum(value)", 17, "unknown field 'distict' in 'metrics'"),
        Case("metrics | growth indicator", 18, "growth compares numbers, and this is a text", hint: "as in: growth value by district, indicator"),
        Case("metrics | select district, value | growth value", 36, "growth compares periods, and the rows here have no field period",
             hint: "keep period in the select before it, as in: select district, period, value | growth value by district"),
        Case("metrics | growth value | growth value", 26, "growth adds a field 'previous', and the rows have one already",
             hint: "rename it in a select before: select …, previous as previous_before"),
        Case("metrics | join targets on period", 27, "targets has no field 'period' to join on"),
        Case("metrics | join targets on value, district, unit, kind", 50, "unknown field 'kind' in 'metrics'"),
        Case("metrics | join articles on date", 28, "unknown field 'date' in 'metrics'"),
        Case("metrics | join targets on start, estimated", 34, "targets has no field 'estimated' to join on"),
        Case("metrics | select value as \" \"", 27, "a field's name cannot be empty", hint: "as in: as \"Chỉ tiêu\""),
        // Columns count characters, not bytes or scalars: NFD "Triệu" is five.
        Case("targets where district = \"Trie\u{0323}\u{0302}u\" and duee = 1", 38, "unknown field 'duee' in 'targets'", hint: "did you mean 'due'?"),
    ]

    @Test(arguments: cases)
    func badQuery(_ c: Case) throws {
        let d = try #require(firstError(c.query), "expected an error")
        #expect(d.message == c.message)
        #expect(d.place?.column == c.column)
        if let hint = c.hint { #expect(d.hints.first == hint) }
    }

    @Test func thereAreAtLeastThirty() {
        #expect(Self.cases.count >= 30)
    }
}
