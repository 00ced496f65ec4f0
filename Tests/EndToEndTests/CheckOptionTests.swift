import Foundation
import Testing

/// Scripts are checked before anything runs, and `tracuu --check` checks without running
/// (issue 10, item 20).
@Suite("Scripts checked before they run, and --check")
struct CheckOptionTests {
    static let fiveLines = "targets | count\nmetrics | count\nlet due25 = targets where due = 2025\ndue25 | count\ndue25 | sort nowhere\n"

    @Test func anErrorOnLineFivePrintsAndWritesNothing() throws {
        let folder = try temporaryFolder()
        let script = folder.appendingPathComponent("report.tq")
        try Self.fiveLines.write(to: script, atomically: true, encoding: .utf8)
        let printed = try runTracuu(["-f", script.path, "--format", "csv"])
        #expect(printed.status == 1)
        #expect(printed.stdout == "")
        #expect(printed.stderr.hasPrefix("\(script.path):5:14: error: unknown field 'nowhere' in 'due25'"))
        // Last week's file stays as it was.
        let out = folder.appendingPathComponent("out.csv")
        try "last week\n".write(to: out, atomically: true, encoding: .utf8)
        let written = try runTracuu(["-f", script.path, "--format", "csv", "-o", out.path])
        #expect(written.status == 1)
        #expect(try String(contentsOf: out, encoding: .utf8) == "last week\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["out.csv", "report.tq"])
    }

    @Test func everyErrorIsReportedEachPlaced() throws {
        let run = try runTracuu(["-c", "targets | count", "-c", "targets | sort nothing; metrics where valeu > 1", "-c", ".formt csv"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("<command line>:1:16: error: unknown field 'nothing' in 'targets'"))
        #expect(run.stderr.contains("<command line>:1:39: error: unknown field 'valeu' in 'metrics'"))
        #expect(run.stderr.contains("<command line>:1:2: error: unknown command '.formt'"))
        #expect(run.stderr.contains(" │ metrics") || run.stderr.contains("│ targets | sort nothing"))
        #expect(run.stderr.contains("^~~~~~~"))
        #expect(run.stderr.contains("hint: did you mean '.format'?"))
    }

    @Test func aLetUsedLaterPasses() throws {
        let good = String(Self.fiveLines.dropLast("due25 | sort nowhere\n".count))
        let run = try runTracuu(["-c", good, "--format", "csv", "--no-header"])
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").count == 3)
        #expect(run.stderr == "")
    }

    @Test func checkIsQuietAndZeroWhenAllIsRight() throws {
        let folder = try temporaryFolder()
        let script = folder.appendingPathComponent("report.tq")
        try (String(Self.fiveLines.dropLast("due25 | sort nowhere\n".count)) + ".output \(folder.path)/made.csv\ntargets | count\n")
            .write(to: script, atomically: true, encoding: .utf8)
        let run = try runTracuu(["--check", "-f", script.path, "-o", folder.appendingPathComponent("o.csv").path])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "")
        // Nothing ran: no file was made.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.tq"])
        let command = try runTracuu(["--check", "-c", "targets | count"])
        #expect(command.status == 0 && command.stdout == "" && command.stderr == "")
    }

    @Test func checkReportsEachErrorAndExitsOne() throws {
        let folder = try temporaryFolder()
        let script = folder.appendingPathComponent("report.tq")
        try (Self.fiveLines + "metrics | select chnage\n").write(to: script, atomically: true, encoding: .utf8)
        let run = try runTracuu(["--check", "-f", script.path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("\(script.path):5:14: error: unknown field 'nowhere'"))
        #expect(run.stderr.contains("\(script.path):6:18: error: unknown field 'chnage'"))
        #expect(run.stderr.contains("hint: did you mean 'change'?"))
        let piped = try runTracuu(["--check"], stdin: "targets | cont\n")
        #expect(piped.status == 1)
        #expect(piped.stderr.hasPrefix("<stdin>:1:11: error:"))
        let missing = try runTracuu(["--check", "-f", folder.appendingPathComponent("none.tq").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read"))
    }

    @Test func helpListsCheck() throws {
        let help = try runTracuu(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--check"))
    }
}
