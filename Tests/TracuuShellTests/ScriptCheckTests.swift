import Foundation
import Testing
import TracuuDiagnostics
@testable import TracuuShell

/// A script is checked whole before its first statement runs (issue 10, item 20).
@Suite("Scripts checked before they run")
struct ScriptCheckTests {
    /// The errors checking `text` finds, each as `line:column message`.
    static func errors(_ text: String, name: String = "s.tq", in t: Transcript = Transcript()) -> [String] {
        t.session.check([SourceFile(name: name, text: text)]).errors.map { d in
            "\(d.place?.line ?? 0):\(d.place?.column ?? 0) \(d.message)"
        }
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-check-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func anErrorOnLineFiveMeansNothingRuns() {
        let t = Transcript()
        let text = ".format csv\ntargets | count\nmetrics | count\nlet late = targets where due = 2025\nlate | sort nowhere\n"
        #expect(!t.session.runScripts([SourceFile(name: "s.tq", text: text)]))
        #expect(t.session.settings.format == .table)   // not even the first line ran
        t.run("")
        #expect(t.out == "")
        #expect(t.err.hasPrefix("s.tq:5:13: error: unknown field 'nowhere' in 'late'"))
    }

    @Test func everyErrorIsReportedInTheOrderOfTheScript() {
        let found = Self.errors("targets | sort nothing\nmetrics | count\nmetrics where valeu > 1\ntargets | sort due dsc\n.formt csv\n")
        #expect(found.count == 4)
        #expect(found.map { $0.prefix(2) } == ["1:", "3:", "4:", "5:"])
        #expect(found[1] == "3:15 unknown field 'valeu' in 'metrics'")
        #expect(found[3] == "5:2 unknown command '.formt'")
    }

    @Test func aScriptWithoutErrorsRunsAsBefore() {
        let t = Transcript { $0.format = .csv; $0.header = false }
        #expect(t.session.runScripts([SourceFile(name: "s.tq", text: "targets | count\nmetrics | count\n")]))
        t.run("")
        #expect(t.out == "16\n2\n")
        #expect(t.err == "")
    }

    @Test func aLetCountsForTheStatementsAfterItOnly() {
        #expect(Self.errors("let big = metrics where value > 10\nbig | select value\n").isEmpty)
        let before = Self.errors("big | count\nlet big = metrics where value > 10\n")
        #expect(before.count == 1)
        #expect(before.first?.hasPrefix("1:1 ") == true)
        // A let defined again is checked with what it names now.
        #expect(Self.errors("let a = targets\nlet a = metrics\na | select change\n").isEmpty)
    }

    @Test func aLetThatFailsIsReportedOnceNotAtEachUse() {
        let found = Self.errors("let broken = metrics where nope > 1\nbroken | count\nlet more = broken | count\nmore | count\n")
        #expect(found == ["1:28 unknown field 'nope' in 'metrics'"])
        // Named again, rightly, it is usable again.
        #expect(Self.errors("let b = metrics where nope > 1\nlet b = metrics\nb | sort nothing\n").count == 2)
    }

    @Test func parametersAreFollowedAsParamSetsThem() {
        #expect(Self.errors(".param set year 2025\ntargets where due = $year | count\n").isEmpty)
        #expect(Self.errors("targets where due = $year | count\n").count == 1)
        #expect(Self.errors(".param set year 2025\n.param unset year\ntargets where due = $year\n").count == 1)
        #expect(Self.errors(".param sit year 2025\n").count == 1)
    }

    @Test func dotCommandsAreCheckedForTheirArguments() {
        let found = Self.errors(".maxrows many\n.headers maybe\n.once\n.load\n.read\n.plan\n.ast targets |\n.plan targets where nope = 1\n.help nothing\n.schema target\n.source no-such-id\n")
        #expect(found.count == 11)
        #expect(found.contains("8:21 unknown field 'nope' in 'targets'"))   // placed in the script
        // Right ones pass, and nothing of them happens.
        let t = Transcript()
        #expect(Self.errors(".format csv\n.headers off\n.maxrows 5\n.timer on\n.output\n.tokens \"\n.explain targets | count\n.datasets\n.help load\n", in: t).isEmpty)
        #expect(t.session.settings.format == .table)
        #expect(t.session.settings.header)
        t.run("")
        #expect(t.out == "" && t.err == "")
    }

    @Test func checkingChangesNothingInTheSession() {
        let t = Transcript()
        #expect(Self.errors("let mine = targets\n.param set x 1\n.format json\n", in: t).isEmpty)
        #expect(t.session.engine.views.isEmpty)
        #expect(t.session.engine.parameters.isEmpty)
        #expect(t.session.settings.format == .table)
    }

    @Test func readFilesAreCheckedWhereTheyAreRead() throws {
        let folder = try Self.folder()
        let inner = folder.appendingPathComponent("inner.tq")
        try "let fromInner = metrics\nfromInner | sort nothing\n".write(to: inner, atomically: true, encoding: .utf8)
        let result = Transcript().session.check([SourceFile(name: "main.tq", text: "targets | count\n.read \(inner.path)\nfromInner | count\n")])
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.place?.file == inner.path)
        #expect(result.errors.first?.place?.line == 2)
        #expect(result.statements == 5)
        // A file that is missing is an error before anything runs; one that reads itself, once.
        #expect(Self.errors("targets | count\n.read \(folder.path)/missing.tq\n") == ["2:7 cannot read '\(folder.path)/missing.tq': there is no such file"])
        let loop = folder.appendingPathComponent("loop.tq")
        try ".read \(loop.path)\n".write(to: loop, atomically: true, encoding: .utf8)
        #expect(Self.errors(".read \(loop.path)\n").count == 1)
    }

    @Test func afterALoadQueriesAreStillChecked() {
        // The fields of the datasets are fixed: only `.source`, whose ids are rows, waits.
        #expect(Self.errors(".load /no/such/folder\ntargets | sort nothing\n").count == 1)
        #expect(Self.errors(".load /no/such/folder\n.source no-such-id\n").isEmpty)
    }

    @Test func safeModeRefusalsAreFoundUpFront() {
        let t = Transcript { $0.safe = true }
        #expect(Self.errors("targets | count\n.load data/\n.output x.csv\n", in: t).count == 2)
    }

    @Test func nothingAfterQuitIsChecked() {
        #expect(Self.errors("targets | count\n.quit\ntargets | sort nothing\n").isEmpty)
    }

    @Test func withKeepGoingEachErrorIsReportedWhenReached() {
        let t = Transcript { $0.keepGoing = true; $0.format = .csv; $0.header = false }
        #expect(!t.session.runScripts([SourceFile(name: "s.tq", text: "targets | count\ntargets | sort nothing\nmetrics | count\n")]))
        t.run("")
        #expect(t.out == "16\n2\n")
        #expect(t.err.contains("s.tq:2:16: error"))
    }

    @Test func severalScriptsAreCheckedAsOne() {
        let t = Transcript { $0.format = .csv; $0.header = false }
        let first = SourceFile(name: "<command line>", text: "let due25 = targets where due = 2025")
        #expect(t.session.runScripts([first, SourceFile(name: "r.tq", text: "due25 | count\n")]))
        t.run("")
        #expect(t.out.hasSuffix("\n") && t.err == "")
        let u = Transcript()
        #expect(!u.session.runScripts([SourceFile(name: "<command line>", text: "targets | count"), SourceFile(name: "r.tq", text: "targets | sort nothing\n")]))
        u.run("")
        #expect(u.out == "")
        #expect(u.err.hasPrefix("r.tq:1:16: error"))
    }

    @Test func readAtThePromptChecksItsFileFirst() throws {
        let file = try Self.folder().appendingPathComponent("r.tq")
        try "targets | count\nmetrics | count\ntargets | sort nothing\n".write(to: file, atomically: true, encoding: .utf8)
        let t = Transcript()
        #expect(!t.run(".read \(file.path)"))
        #expect(t.out == "")
        #expect(t.err.hasPrefix("\(file.path):3:16: error"))
    }
}
