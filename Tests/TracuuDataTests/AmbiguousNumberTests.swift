import Testing
@testable import TracuuData
import TracuuDiagnostics
import TracuuValues

/// `10,000` is as ambiguous as `10.000`: ten with a decimal comma, ten thousand with a
/// grouping comma. Refused, saying both, unless the file shows its decimal mark.
@Suite struct AmbiguousNumberTests {
    @Test func aCommaBeforeThreeDigitsIsRefusedSayingBothReadings() throws {
        let errors = loadErrors("metrics.csv", "id,value\nm1,\"10,000\"\nm2,\"2,500\"\n")
        #expect(errors.map(\.message) == [
            "'10,000' could be 10 or 10000: a comma or a dot before three digits is a decimal mark in some files and groups thousands in others (field 'value' of metrics)",
            "'2,500' could be 2.5 or 2500: a comma or a dot before three digits is a decimal mark in some files and groups thousands in others (field 'value' of metrics)",
        ])
        let place = try #require(errors.first?.place)
        #expect((place.line, place.column, place.width) == (2, 4, 8))
        #expect(errors.first?.hints.first?.hasPrefix("write 10000 without a separator") == true)
    }

    @Test func aDotBeforeThreeDigitsSaysTheSame() {
        let errors = loadErrors("metrics.csv", "id,value\nm1,10.000\n")
        #expect(errors.first?.message.hasPrefix("'10.000' could be 10 or 10000: ") == true)
    }

    @Test(arguments: ["m0,\"38,1\"\n", "m0,\"1.602,9\"\n", "m0,1.234.567\n", "m0,,\"38,1\"\n"])
    func anotherCellOfTheFileSettlesIt(_ evidence: String) throws {
        for text in ["id,value,change\n" + evidence + "m1,\"10,000\",1\nm2,10.000,1\n",
                     "id,value,change\nm1,\"10,000\",1\nm2,10.000,1\n" + evidence] {
            let catalog = try loaded([("metrics.csv", text)])
            let values = rows(catalog, "metrics", ["id", "value"]).filter { !$0.hasPrefix("m0") }
            #expect(values == ["m1|10", "m2|10000"])
        }
    }

    @Test func plainDecimalsDoNotSettleIt() {
        let errors = loadErrors("metrics.csv", "id,value\nm0,38.1\nm1,\"10,000\"\n")
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("'10,000' could be 10 or 10000") == true)
    }

    @Test(arguments: [
        "id,value\nm1,\"10,000\"\n",
        "id,value\nm1,\"10,000\"\nm2,\"38,1\"\n",
        "id,value,change\nm1,\"2,500\",\"38,1\"\nm2,\"1.000\",\"1,000\"\n",
        // A bare point (found by fuzzing): one number grammar, the careful parser's.
        "id,value\nm1,2.\n", "id,value\nm1,.5\n", "id,value\nm1,-.5\n",
    ])
    func bothCSVPathsAgree(_ text: String) {
        let bytes = Array(text.utf8)
        let careful = CSVLoader.load(bytes, file: "t.csv", schema: Schemas.metrics)
        for splitSize in [chunkSplitSize, 1] {
            for kept in [nil, Schemas.metrics.fields.map { $0.name == "id" }] {
                let fast = FastCSVLoader.load(bytes, file: "t.csv", schema: Schemas.metrics, kept: kept, splitSize: splitSize)
                if careful.failed {
                    #expect(fast == nil)
                } else if kept == nil {
                    #expect(fast.map(CSVPathsAgreeTests.rows) == CSVPathsAgreeTests.rows(careful))
                } else {
                    #expect(fast != nil)
                }
            }
        }
    }

    @Test func jsonLinesStringsFollowTheSameRule() throws {
        let unsettled = #"{"id": "m1", "value": "10,000"}"# + "\n"
        #expect(loadErrors("metrics.jsonl", unsettled).first?.message.hasPrefix("'10,000' could be 10 or 10000") == true)
        let settled = unsettled + #"{"id": "m2", "change": "38,1"}"# + "\n"
        let catalog = try loaded([("metrics.jsonl", settled)])
        #expect(rows(catalog, "metrics", ["id", "value", "change"]) == ["m1|10|", "m2||38.1"])
        let bytes = Array(settled.utf8)
        let fast = try #require(FastJSONLinesLoader.load(bytes, file: "t.jsonl", schema: Schemas.metrics))
        #expect(CSVPathsAgreeTests.rows(fast) == CSVPathsAgreeTests.rows(JSONLoader.loadLines(bytes, file: "t.jsonl", schema: Schemas.metrics)))
        #expect(FastJSONLinesLoader.load(Array(unsettled.utf8), file: "t.jsonl", schema: Schemas.metrics) == nil)
    }

    @Test func aJSONNumberIsNeverGrouping() throws {
        // 1.234 written as a JSON number is one point two three four, even in a file that writes "38,1".
        let text = #"{"id": "m1", "value": 1.234}"# + "\n" + #"{"id": "m2", "change": "38,1"}"# + "\n"
        let bytes = Array(text.utf8)
        let fast = try #require(FastJSONLinesLoader.load(bytes, file: "t.jsonl", schema: Schemas.metrics))
        #expect(CSVPathsAgreeTests.rows(fast) == CSVPathsAgreeTests.rows(JSONLoader.loadLines(bytes, file: "t.jsonl", schema: Schemas.metrics)))
        #expect(fast.rows.build().value(row: 0, column: Schemas.metrics.index(of: "value") ?? -1) == .number(1.234))
    }
}

/// With columns pruned (`-c`/`-f` read only the fields a query needs), every cell is
/// still checked: a file is valid or invalid whatever the query.
@Suite struct PrunedColumnsTests {
    static func errors(_ name: String, _ text: String, keeping fields: Set<String>) -> [Diagnostic] {
        var catalog = Catalog()
        catalog.onlyFields = fields
        return loadErrors([(name, text)], into: &catalog)
    }

    @Test(arguments: [
        ("metrics.csv", "id,value,period\nm1,abc,2021\n"),
        ("metrics.csv", "id,value,period\nm1,1,Q7\n"),
        ("metrics.csv", "id,value\nm1,\"10,000\"\n"),
        ("metrics.jsonl", #"{"id": "m1", "value": "abc"}"# + "\n"),
        ("metrics.jsonl", #"{"id": "m1", "period": 2021.5}"# + "\n"),
        ("metrics.jsonl", #"{"id": "m1", "value": 07}"# + "\n"),
    ])
    func aBadCellInAColumnNoQueryReadsIsReported(_ name: String, _ text: String) {
        let pruned = Self.errors(name, text, keeping: ["id"])
        let whole = Self.errors(name, text, keeping: Set(Schemas.metrics.fields.map(\.name)))
        #expect(!pruned.isEmpty)
        #expect(pruned.map(\.message) == whole.map(\.message))
    }
}

@Suite struct JSONNumberGrammarTests {
    @Test(arguments: ["07", "-", "1.", ".5", "1e", "+1", "0x10", "1.5.2"])
    func bothJSONPathsRefuseANumberJSONDoesNotAllow(_ number: String) {
        let bytes = Array((#"{"id": "m1", "value": "# + number + "}\n").utf8)
        #expect(FastJSONLinesLoader.load(bytes, file: "t.jsonl", schema: Schemas.metrics) == nil)
        #expect(JSONLoader.loadLines(bytes, file: "t.jsonl", schema: Schemas.metrics).failed)
    }

    @Test(arguments: ["0", "-0", "7", "-12.5", "1e3", "2.5E-3", "0.125", "1.234"])
    func bothJSONPathsReadTheSameNumbers(_ number: String) throws {
        let bytes = Array((#"{"id": "m1", "value": "# + number + ", \"start\": 1}\n").utf8)
        let fast = try #require(FastJSONLinesLoader.load(bytes, file: "t.jsonl", schema: Schemas.metrics))
        #expect(CSVPathsAgreeTests.rows(fast) == CSVPathsAgreeTests.rows(JSONLoader.loadLines(bytes, file: "t.jsonl", schema: Schemas.metrics)))
    }

    @Test(arguments: ["-0", "1.50", "1e2", "12", "123456789012345678901"])
    func aNumberInATextFieldIsSpeltTheSameOnBothPaths(_ number: String) {
        let bytes = Array((#"{"id": "m1", "district": "# + number + "}\n").utf8)
        let careful = JSONLoader.loadLines(bytes, file: "t.jsonl", schema: Schemas.metrics)
        if let fast = FastJSONLinesLoader.load(bytes, file: "t.jsonl", schema: Schemas.metrics) {
            #expect(CSVPathsAgreeTests.rows(fast) == CSVPathsAgreeTests.rows(careful))
        }
    }
}
