import Testing
import TracuuData
import TracuuDiagnostics
import TracuuValues

@Suite struct CSVLoaderTests {
    @Test func loadsTypedColumnsByHeaderName() throws {
        let catalog = try loaded([("metrics.csv", """
            id,district,period,value,change,estimated
            m1,Quảng Trị,2021-Q1,956,"38.1",có
            m2,Quảng Trị,2021-Q1,139,15,no
            """)])
        #expect(rows(catalog, "metrics", ["id", "period", "value", "change", "estimated", "unit"]) == [
            "m1|2021-Q1|956|38.1|true|",
            "m2|2021-Q1|139|15|false|",
        ])
    }

    @Test func headerNamesIgnoreCaseAndSpaceAndOrder() throws {
        let catalog = try loaded([("targets.csv", " DUE ,Id, Kind\n2025,tp-goal,goal\n")])
        #expect(rows(catalog, "targets", ["id", "kind", "due"]) == ["tp-goal|goal|2025"])
    }

    @Test func aShortRowIsMissingItsLastValues() throws {
        let catalog = try loaded([("targets.csv", "id,kind,due\ntp-1\ntp-2,task\n")])
        #expect(rows(catalog, "targets", ["id", "kind", "due"]) == ["tp-1||", "tp-2|task|"])
        #expect(catalog.datasets["targets"]?.value(row: 0, column: 1) == .missing)
    }

    @Test func aHeaderOnlyFileAndAnEmptyFileHaveNoRows() throws {
        let catalog = try loaded([("metrics.csv", "id,value\n"), ("targets.csv", "")])
        #expect(catalog.datasets["metrics"]?.rowCount == 0)
        #expect(catalog.datasets["targets"]?.rowCount == 0)
    }

    @Test func aBadCellIsUnderlinedWithItsFieldAndAnExample() {
        let errors = loadErrors("metrics.csv", "id,district,value\nm1,Triệu Phong,abc\n")
        #expect(errors.count == 1)
        #expect(errors.map(rendered) == [#"""
            metrics.csv:2:16: error: 'abc' is not a number (field 'value' of metrics)
             2 │ m1,Triệu Phong,abc
               │                ^~~
               = hint: write a number like 38.1 or 38,1, or leave the cell empty

            """#])
    }

    @Test(arguments: [
        ("articles.csv", "id,date\na,32/1/2020\n", "'32/1/2020' is not a date (field 'date' of articles)", 3, 9),
        ("articles.csv", "id,congress\na,XX\n", "'XX' is not an integer (field 'congress' of articles)", 3, 2),
        ("articles.csv", "id,term\na,2020\n", "'2020' is not a term (field 'term' of articles)", 3, 4),
        ("metrics.csv", "id,period\na,Q1\n", "'Q1' is not a period (field 'period' of metrics)", 3, 2),
        ("metrics.csv", "id,estimated\na,\"maybe\"\n", "'maybe' is not true or false (field 'estimated' of metrics)", 3, 7),
    ])
    func badCells(_ file: String, _ text: String, _ message: String, _ column: Int, _ width: Int) {
        let errors = loadErrors(file, text)
        #expect(errors.map(\.message) == [message])
        #expect(errors.first?.place?.line == 2)
        #expect(errors.first?.place?.column == column)
        #expect(errors.first?.place?.width == width)
    }

    @Test func aFileWithABadCellAddsNoRows() {
        var catalog = Catalog()
        let errors = loadErrors([("metrics.csv", "id,value\nm1,1\nm2,x\nm3,3\n")], into: &catalog)
        #expect(errors.count == 1)
        #expect(catalog.datasets["metrics"]?.rowCount == 0)
    }

    @Test func manyBadCellsStopAtTheLimit() {
        let text = "id,value\n" + (1...30).map { "m\($0),x\n" }.joined()
        let errors = loadErrors("metrics.csv", text)
        #expect(errors.count == 11)
        #expect(errors.last?.severity == .note)
        #expect(errors.last?.message == "stopped reading this file after 10 errors")
    }

    @Test func unknownColumnSuggestsTheClosestName() {
        let errors = loadErrors("targets.csv", "id,distict,kind\n")
        #expect(errors.map(rendered) == [#"""
            targets.csv:1:4: error: unknown column 'distict' in targets
             1 │ id,distict,kind
               │    ^~~~~~~
               = hint: did you mean 'district'?

            """#])
    }

    @Test func unknownColumnFarFromAnyListsTheColumns() {
        let errors = loadErrors("metrics.csv", "id,xyzzy\n")
        #expect(errors.first?.message == "unknown column 'xyzzy' in metrics")
        #expect(errors.first?.hints == ["the columns of metrics are: id, district, province, indicator, measure, period, value, unit, change, basis, plan, plan_basis, factor, qualifier, estimated, article, quote, start, end"])
    }

    @Test func aColumnNamedTwiceIsAnError() {
        let errors = loadErrors("metrics.csv", "id,Value,value\n")
        #expect(errors.map(\.message) == ["column 'value' repeats column 'Value'"])
        #expect(errors.first?.place?.column == 10)
    }

    @Test func aRowWithMoreFieldsThanTheHeader() {
        let errors = loadErrors("targets.csv", "id,district\ntp-1,Triệu Phong, Quảng Trị\n")
        #expect(errors.map(rendered) == [#"""
            targets.csv:2:18: error: this row has 3 fields but the header has 2
             2 │ tp-1,Triệu Phong, Quảng Trị
               │                  ^~~~~~~~~~
               = hint: a field that holds a comma must be in quotes: "Triệu Phong, Quảng Trị"

            """#])
    }

    @Test func errorsCarryTheirLineInAFileWithMultilineFields() {
        let errors = loadErrors("targets.csv", "id,text,due\nt1,\"one\ntwo\",2025\nt2,x,soon\n")
        #expect(errors.first?.place?.line == 4)
        #expect(errors.first?.place?.column == 6)
    }

    @Test func aStructuralErrorStopsTheFile() {
        let errors = loadErrors("targets.csv", "id,text\nt1,\"abc\"x\nt2,\"never closed\n")
        #expect(errors.map(\.message) == ["unexpected 'x' after the closing quote of a field"])
    }
}
