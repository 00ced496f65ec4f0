import Testing
import TracuuDiagnostics
import TracuuEngine
import TracuuSyntax

/// `.plan` reads how a filter works off the test that runs (issue 10, item 15), so it
/// cannot say "once per distinct value" where the rows are tested one by one.
@Suite("Plan says what runs")
struct PlanSaysWhatRunsTests {
    static func filterMethod(_ text: String) throws -> [String] {
        let engine = try sampleEngine()
        let source = SourceFile(name: "<q>", text: text)
        let walk = try engine.walkThrough(try Parser.parseQuery(source), in: source)
        return try #require(walk.steps.last { $0.summary.hasPrefix("filter") || $0.summary.hasPrefix("where") }).method
    }

    @Test func aListOnAComputedColumnIsTestedRowByRow() throws {
        let method = try PlanSaysWhatRunsTests.filterMethod(
            "targets | select id, lower(district) as d | where d in (\"triệu phong\", \"gio linh\")")
        #expect(method == ["d: text looked up among 2 values in each row"])
    }

    @Test func aListOnAStoredTextColumnIsDecidedPerDistinctValue() throws {
        let method = try PlanSaysWhatRunsTests.filterMethod("targets where district in (\"Triệu Phong\", \"Gio Linh\")")
        #expect(method.count == 1)
        #expect(method[0].hasPrefix("district: text looked up among 2 values once per distinct value ("))
        #expect(method[0].hasSuffix("then by code per row"))
    }

    @Test func aMatchOnAComputedColumnIsSearchedRowByRow() throws {
        let method = try PlanSaysWhatRunsTests.filterMethod("targets | select id, lower(district) as d | where d ~ \"trieu\"")
        #expect(method == ["d: text folded (no case, no diacritics) and searched in each row"])
    }

    @Test func everyTermOfALongChainIsTold() throws {
        let terms = (0..<50).map { "due > \($0)" }.joined(separator: " and ")
        let method = try PlanSaysWhatRunsTests.filterMethod("targets where \(terms)")
        #expect(method.count == 51)
        #expect(method.last == "each condition joined by and is tested only on the rows the ones before it kept")
    }
}
