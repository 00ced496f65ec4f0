import Testing
import TracuuDiagnostics
import TracuuEngine
import TracuuSyntax

/// Long flat queries, as a script generator writes them (issue 10, items 6 and 7): each
/// answers or gives a located error, and never overflows the stack — not while parsing,
/// checking, compiling, filtering, planning or printing, nor while the tree is freed.
@Suite("Long queries")
struct LongQueryTests {
    static let sizes = [5_000, 20_000, 100_000]

    /// `kind = "k0" OP kind = "k1" OP …`, ending with a term that holds for some rows.
    static func chain(_ op: String, _ n: Int, last: String) -> String {
        var parts: [String] = []
        parts.reserveCapacity(n)
        for i in 0..<(n - 1) { parts.append("kind = \"k\(i)\"") }
        parts.append(last)
        return "targets where " + parts.joined(separator: " \(op) ")
    }

    /// Runs the query and walks its plan; the count of rows it gives.
    static func count(_ text: String) throws -> String {
        let engine = try sampleEngine()
        let source = SourceFile(name: "<q>", text: text + " | count")
        let query = try Parser.parseQuery(source)
        _ = ASTPrinter.print(query)
        _ = try engine.walkThrough(query, in: source)
        let table = try engine.run(query, in: source)
        return table.rows.first?.first?.description ?? ""
    }

    @Test(arguments: sizes) func longOrChainsAnswer(n: Int) throws {
        #expect(try LongQueryTests.count(LongQueryTests.chain("or", n, last: "kind = \"target\"")) != "0")
    }

    @Test(arguments: sizes) func longAndChainsAnswer(n: Int) throws {
        // Every term but the last is `kind != …`, so all hold where the last does.
        let text = LongQueryTests.chain("and", n, last: "kind = \"target\"").replacingOccurrences(of: "kind = \"k", with: "kind != \"k")
        #expect(try LongQueryTests.count(text) == LongQueryTests.count("targets where kind = \"target\""))
    }

    @Test(arguments: sizes) func mixedChainsAnswer(n: Int) throws {
        var parts: [String] = []
        for i in 0..<n { parts.append(i % 2 == 0 ? "kind = \"k\(i)\" and due > \(i % 7)" : "not (district ~ \"x\(i)\")") }
        let text = "targets where " + parts.joined(separator: " or ")
        #expect(try LongQueryTests.count(text) != "")
    }

    @Test(arguments: sizes) func longArithmeticChainsAreRefusedWithAPlace(n: Int) throws {
        let text = "metrics | select " + Array(repeating: "value", count: n).joined(separator: " + ")
        let error = try #require(firstError(text))
        #expect(error.message.contains("nests too deeply"))
        #expect(error.place?.line == 1)
        #expect(!error.hints.isEmpty)
    }

    @Test func arithmeticWithinTheLimitAnswers() throws {
        let text = "metrics | select " + Array(repeating: "value", count: 90).joined(separator: " + ") + " as total | limit 1"
        #expect(firstError(text) == nil)
    }

    @Test func deepParenthesesAndNotsAreRefusedWithAPlace() throws {
        let parens = "targets where " + String(repeating: "(", count: 5_000) + "due > 1" + String(repeating: ")", count: 5_000)
        #expect(firstError(parens)?.message.contains("nests too deeply") == true)
        let nots = "targets where " + String(repeating: "not ", count: 5_000) + "due > 1"
        #expect(firstError(nots)?.message.contains("nests too deeply") == true)
    }

    /// Item 7: the chain is built, then a syntax error drops it — the free must not recurse.
    @Test(arguments: sizes) func aLongChainThenASyntaxErrorIsLocated(n: Int) throws {
        let text = LongQueryTests.chain("and", n, last: "kind = \"target\"") + " and )"
        let error = try #require(firstError(text))
        #expect(error.message.contains("expected"))
        #expect(error.place?.column == text.count)
    }
}
