import Testing
import TracuuShell

@Suite("Input accumulator")
struct InputAccumulatorTests {
    @Test(arguments: [
        "targets",
        "targets | count",
        "targets where district = \"Triệu Phong\"",
        ".help",
        ".load \"unterminated",
        "targets where (a = 1)",
        "targets | count;",
        "targets -- a comment",
        "",
        "targets | sort due desc",
        "metrics where change > -5",
    ])
    func complete(_ text: String) {
        #expect(InputAccumulator.isComplete(text))
    }

    @Test(arguments: [
        "targets where",
        "targets |",
        "targets where district = \"Triệu",
        "targets where (a = 1",
        "targets where a = 1 and",
        "targets where a = 1 or",
        "targets where not",
        "targets where a =",
        "targets where a ~",
        "targets where text contains",
        "targets where due in",
        "targets where due in (2020,",
        "targets | select id,",
        "targets | sort",
        "targets | sort by",
        "targets | limit",
        "targets where due in 2020..",
        "targets where due > -",
    ])
    func unfinished(_ text: String) {
        #expect(!InputAccumulator.isComplete(text))
    }

    @Test func linesGatherUntilTheQueryIsComplete() {
        var input = InputAccumulator()
        #expect(input.add("targets where") == nil)
        #expect(input.isContinuing)
        #expect(input.pendingText == "targets where\n")
        #expect(input.add("  district ~ \"trieu phong\"") == "targets where\n  district ~ \"trieu phong\"")
        #expect(!input.isContinuing)
    }

    @Test func anOpenQuoteGoesOnToTheNextLine() {
        var input = InputAccumulator()
        #expect(input.add("targets where district = \"Triệu") == nil)
        #expect(input.add("Phong\" | count") != nil)
    }

    @Test func resetDropsWhatWasTyped() {
        var input = InputAccumulator()
        _ = input.add("targets where")
        input.reset()
        #expect(!input.isContinuing)
        #expect(input.add("metrics") == "metrics")
    }
}

@Suite("Field use")
struct FieldUseTests {
    @Test func namesOfNarrowingQueriesAreKept() {
        let needed = FieldUse.needed(by: ["metrics where district = \"X\" | group by indicator | sum(value) as t"])
        #expect(needed == ["id", "metrics", "district", "indicator", "sum", "value", "t"])
    }

    @Test(arguments: [
        "metrics where district = \"X\"",            // every field is printed
        "metrics | distinct | count",                // distinct over every field
        "metrics | join articles | count",           // every field of articles
        ".format csv\nmetrics | count",              // a dot-command
        "metrics | select",                          // does not parse
        "progress | select status",                  // made from fields of targets and metrics
    ])
    func everythingIsLoadedWhenInDoubt(_ text: String) {
        #expect(FieldUse.needed(by: [text]) == nil)
    }

    /// A measure a file lacks is derived from the indicator and the unit, so both load.
    @Test func aMeasureKeepsWhatItIsDerivedFrom() {
        let needed = FieldUse.needed(by: ["metrics | group by measure | count() as n"])
        #expect(needed?.isSuperset(of: ["measure", "indicator", "unit"]) == true)
    }

    @Test func dottedPathsKeepBothNames() {
        let needed = FieldUse.needed(by: ["metrics | select article.title"])
        #expect(needed?.isSuperset(of: ["article", "title", "id"]) == true)
    }
}
