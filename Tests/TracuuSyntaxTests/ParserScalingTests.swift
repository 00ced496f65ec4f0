import Testing
import TracuuDiagnostics
@testable import TracuuSyntax

/// Parsing stays linear in the input (issue 10, item 25): counted in tokens lexed, not
/// timed. Re-lexing the rest of the text after every dot-command made it quadratic.
@Suite("Parser scaling")
struct ParserScalingTests {
    /// Statements parsed and tokens lexed for a script.
    static func work(_ text: String) -> (statements: Int, lexed: Int) {
        var parser = Parser(SourceFile(name: "<test>", text: text))
        let statements = parser.parseScript()
        return (statements.count, parser.tokens.lexed)
    }

    static func commands(_ n: Int) -> String {
        (0..<n).map { $0 % 2 == 0 ? ".format csv" : ".load \"data/\($0)" }.joined(separator: "\n") + "\ntargets | count\n"
    }

    @Test func dotCommandLinesAreLexedOnce() {
        let small = ParserScalingTests.work(ParserScalingTests.commands(400))
        let large = ParserScalingTests.work(ParserScalingTests.commands(4_000))
        #expect(small.statements == 401)
        #expect(large.statements == 4_001)
        // Ten times the lines, about ten times the tokens (quadratic would be a hundred).
        #expect(large.lexed <= small.lexed * 11)
    }

    @Test func aQuoteInACommandDoesNotSwallowTheNextLine() {
        let statements = Parser.parse(SourceFile(name: "<test>", text: ".load \"odd\ntargets | count"))
        #expect(statements.count == 2)
        if case .query = statements.last {} else { Issue.record("the query after the command was lost") }
    }

    @Test func longConditionsAreLexedOnce() {
        func query(_ n: Int) -> String { "targets where " + (0..<n).map { "due > \($0)" }.joined(separator: " and ") }
        let small = ParserScalingTests.work(query(100))
        let large = ParserScalingTests.work(query(1_000))
        #expect(large.lexed <= small.lexed * 11)
    }
}
