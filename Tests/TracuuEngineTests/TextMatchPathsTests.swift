import Testing
import TracuuEngine

/// `~` and `contains` give the same rows whichever path decides them (issue 10, item 14):
/// a stored text column (through its dictionary), a computed text column (row by row) and
/// a computed value (`lower(district)`). An empty or white-space needle matches every text.
@Suite("Text match paths")
struct TextMatchPathsTests {
    static let needles = [" ", "", "   ", "trieu", "TRIỆU", "phong", " phong", "x-not-there"]

    /// The ids the three paths keep for `district OP needle`.
    static func threePaths(_ op: String, _ needle: String) throws -> [[String]] {
        let literal = "\"\(needle)\""
        return [
            try firstColumn("targets where district \(op) \(literal) | select id"),
            try firstColumn("targets where lower(district) \(op) \(literal) | select id"),
            try firstColumn("targets | select id, lower(district) as d | where d \(op) \(literal) | select id"),
        ]
    }

    @Test(arguments: needles) func matchAgreesOnEveryPath(needle: String) throws {
        let rows = try TextMatchPathsTests.threePaths("~", needle)
        #expect(rows[1] == rows[0])
        #expect(rows[2] == rows[0])
    }

    @Test(arguments: needles) func containsAgreesOnEveryPath(needle: String) throws {
        let rows = try TextMatchPathsTests.threePaths("contains", needle)
        #expect(rows[1] == rows[0])
        #expect(rows[2] == rows[0])
    }

    static let patterns = ["%phong", "TRIỆU%", "tri_u%", "%", "_", "x%y"]

    @Test(arguments: patterns) func likeAgreesOnEveryPath(pattern: String) throws {
        let rows = try TextMatchPathsTests.threePaths("like", pattern)
        #expect(rows[1] == rows[0])
        #expect(rows[2] == rows[0])
    }

    @Test(arguments: patterns + ["trieu%phong", "tr"]) func matchWithWildcardsAgreesOnEveryPath(pattern: String) throws {
        let rows = try TextMatchPathsTests.threePaths("~", pattern)
        #expect(rows[1] == rows[0])
        #expect(rows[2] == rows[0])
    }

    @Test(arguments: ["triệu", "TRIỆU PHONG", "phong", " "]) func startsWithAgreesOnEveryPath(needle: String) throws {
        let rows = try TextMatchPathsTests.threePaths("starts with", needle)
        #expect(rows[1] == rows[0])
        #expect(rows[2] == rows[0])
    }

    @Test func patternsFindTheRowsTheySay() throws {
        let all = try firstColumn("targets | count")
        #expect(try firstColumn("targets where district like \"%\" | count") == all)
        #expect(try firstColumn("targets where district ~ \"trieu%phong\" | count")
                == firstColumn("targets where district ~ \"trieu phong\" | count"))
        #expect(try firstColumn("targets where district like \"triệu phong\" | count")
                == firstColumn("targets where district = \"Triệu Phong\" | count"))
    }

    @Test func aWhiteSpaceNeedleMatchesEveryTextThatIsThere() throws {
        let all = try firstColumn("targets | count")
        #expect(try firstColumn("targets where district ~ \" \" | count") == all)
        #expect(try firstColumn("targets where lower(district) ~ \" \" | count") == all)
        #expect(try firstColumn("targets where district contains \"\" | count") == all)
        #expect(try firstColumn("targets where lower(district) contains \"  \" | count") == all)
    }
}
