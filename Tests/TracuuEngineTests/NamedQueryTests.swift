import Testing
import TracuuData
import TracuuDiagnostics
import TracuuEngine
import TracuuSyntax
import TracuuValues

/// Defines every `let` of a text in order, as a session does.
private func defineLets(_ text: String, in engine: inout Engine, name: String = "<q>") throws(Diagnostic) {
    let source = SourceFile(name: name, text: text)
    for statement in Parser.parse(source) {
        if case .let(let name, let query) = statement { try engine.define(name, as: query, in: source) }
    }
}

@Suite("Named queries")
struct NamedQueryTests {
    /// Issue 10, item 8a: each use of a named query re-checked its whole chain, so 5,000
    /// lets built on each other never finished. Each is now checked once.
    @Test func aLongChainOfLetsIsCheckedOnceEach() throws {
        var engine = try sampleEngine()
        let count = 5_000
        var text = "let q0 = metrics where value > 0\n"
        for i in 1..<count { text += "let q\(i) = q\(i - 1) where value > 0\n" }
        try defineLets(text, in: &engine)
        #expect(engine.namedQueryChecks == count)
        let rows = try firstColumn("q\(count - 1) | count", engine: engine)
        let direct = try firstColumn("metrics where value > 0 | count", engine: engine)
        #expect(rows == direct)
    }

    /// When parameters change, every named query is checked again once, in order.
    @Test func changingAParameterChecksEachLetAgainOnce() throws {
        var engine = try sampleEngine()
        engine.parameters["low"] = .integer(0)
        try defineLets("let a = metrics where value > $low\nlet b = a where value > 0\nlet c = b | count", in: &engine)
        #expect(engine.namedQueryChecks == 3)
        engine.parameters["low"] = .integer(1)
        #expect(engine.namedQueryChecks == 6)
        #expect(try firstColumn("c", engine: engine) == firstColumn("metrics where value > 1 | count", engine: engine))
    }

    /// Issue 10, item 10: `let metrics = …` was accepted and then ignored (the dataset won).
    @Test func aLetNamingADatasetIsALocatedError() throws {
        var engine = try sampleEngine()
        let text = "let targets = targets | limit 1\nlet Metrics = metrics where value > 500"
        var thrown: Diagnostic?
        do { try defineLets(text, in: &engine, name: "report.tq") } catch { thrown = error }
        let diagnostic = try #require(thrown)
        #expect(diagnostic.message.contains("'targets' is the name of a dataset"))
        #expect(diagnostic.place?.line == 1)
        #expect(diagnostic.place?.column == 5)
        #expect(diagnostic.hints.contains { $0.contains("targets is a dataset; choose another name") })
        #expect(throws: Diagnostic.self) { try defineLets("let Metrics = metrics where value > 500", in: &engine) }
        #expect(engine.views.isEmpty)
    }
}

/// Issue 10, item 19: a `group by` over many rows asked about Ctrl-C twice in all, so
/// "interrupted" came seconds late. Per-row loops now ask every 4,096 rows.
@Suite("Stopping a query")
struct QueryCancellationTests {
    final class Questions { var count = 0 }

    @Test func groupingAndComputingAskBetweenChunksOfRows() throws {
        let rows = 40_000
        let engine = targetsEngine((0..<rows).map { target("t\($0)", district: "D\($0 % 7)", due: $0) })
        for text in ["targets | group by district | count() as n, max(due) as latest",
                     "targets | select due + 1 as later",
                     "targets | distinct district"] {
            let questions = Questions()
            let source = SourceFile(name: "<q>", text: text)
            _ = try engine.run(try Parser.parseQuery(source), in: source, isCancelled: { questions.count += 1; return false })
            #expect(questions.count >= rows / 4096, "\(text)")
        }
    }

    @Test func aRequestStopsTheQuery() throws {
        let engine = targetsEngine((0..<10_000).map { target("t\($0)", district: "D\($0 % 7)") })
        let source = SourceFile(name: "<q>", text: "targets | group by district")
        #expect(throws: Interrupted.self) { try engine.run(try Parser.parseQuery(source), in: source, isCancelled: { true }) }
    }
}
