import Foundation
import Testing

/// Results written to files and streams: whole or not at all, every failure an error that
/// names the path (exit 1), links and permissions kept (issue 10, items 1–4).
@Suite("writing results")
struct OutputFileTests {
    /// Everything in a folder but the files named, so a temporary file left behind shows.
    func others(in folder: URL, than names: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !names.contains($0) }
    }

    @Test func outputToAFolderIsAnErrorNamingIt() throws {
        let folder = try temporaryFolder()
        let run = try runTracuu(["-c", "metrics", "--format", "csv", "-o", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot write '\(folder.path)': it is a folder"), "\(run.stderr)")
        #expect(try others(in: folder, than: []) == [])
    }

    @Test func outputIntoAMissingFolderIsAnErrorNamingIt() throws {
        let run = try runTracuu(["-c", "metrics", "-o", "/nonexistent/folder/out.csv"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot write '/nonexistent/folder/out.csv': there is no folder '/nonexistent/folder'"), "\(run.stderr)")
    }

    @Test func aScriptThatFailsLeavesTheEarlierFileAsItWas() throws {
        let folder = try temporaryFolder()
        let report = folder.appendingPathComponent("report.csv")
        try "last week\n".write(to: report, atomically: false, encoding: .utf8)
        let script = folder.appendingPathComponent("report.tq")
        try "metrics | count\ntargets | count\nmetrics | select nosuchfield\n".write(to: script, atomically: false, encoding: .utf8)
        let run = try runTracuu(["-f", script.path, "--format", "csv", "-o", report.path])
        #expect(run.status == 1)
        #expect(try String(contentsOf: report, encoding: .utf8) == "last week\n")
        #expect(try others(in: folder, than: ["report.csv", "report.tq"]) == [])
    }

    @Test func keepGoingThatEndsInAnErrorAlsoLeavesTheFile() throws {
        let folder = try temporaryFolder()
        let report = folder.appendingPathComponent("report.csv")
        try "last week\n".write(to: report, atomically: false, encoding: .utf8)
        let run = try runTracuu(["-c", "metrics | count; metrics | select nosuchfield; targets | count",
                                 "--keep-going", "--format", "csv", "-o", report.path])
        #expect(run.status == 1)
        #expect(try String(contentsOf: report, encoding: .utf8) == "last week\n")
        #expect(try others(in: folder, than: ["report.csv"]) == [])
    }

    @Test func dotOutputAndOnceInAFailingScriptLeaveTheirFilesToo() throws {
        let folder = try temporaryFolder()
        let a = folder.appendingPathComponent("a.csv"), b = folder.appendingPathComponent("b.csv")
        try "old a\n".write(to: a, atomically: false, encoding: .utf8)
        try "old b\n".write(to: b, atomically: false, encoding: .utf8)
        let run = try runTracuu(["--format", "csv"], stdin: ".once \(a.path)\nmetrics | count\n.output \(b.path)\ntargets | count\nmetrics | select nosuchfield\n")
        #expect(run.status == 1)
        #expect(try String(contentsOf: a, encoding: .utf8) == "old a\n")
        #expect(try String(contentsOf: b, encoding: .utf8) == "old b\n")
        #expect(try others(in: folder, than: ["a.csv", "b.csv"]) == [])
    }

    @Test func aScriptThatGoesWellReplacesItsFiles() throws {
        let folder = try temporaryFolder()
        let a = folder.appendingPathComponent("a.csv"), b = folder.appendingPathComponent("b.csv")
        try "old a\n".write(to: a, atomically: false, encoding: .utf8)
        let run = try runTracuu(["--format", "csv"], stdin: ".once \(a.path)\nmetrics | count\n.output \(b.path)\ntargets | count\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: a, encoding: .utf8) == "count\n2\n")
        #expect(try String(contentsOf: b, encoding: .utf8) == "count\n16\n")
        #expect(try others(in: folder, than: ["a.csv", "b.csv"]) == [])
    }

    @Test func aFullDiskOnStandardOutputIsAnErrorNotACrash() throws {
        let run = try runTracuu(["-c", "metrics", "--format", "csv"], stdoutTo: "/dev/full")
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot write to standard output: no space left on device"), "\(run.stderr)")
        let table = try runTracuu(["-c", "targets"], stdoutTo: "/dev/full")
        #expect(table.status == 1)
        #expect(table.stderr.contains("no space left on device"))
    }

    @Test func aFullDiskOnStandardErrorStillExitsWithOne() throws {
        let run = try runTracuu(["-c", "metrics | select nosuchfield"], stderrTo: "/dev/full")
        #expect(run.status == 1)
        let ok = try runTracuu(["-c", "metrics | count"], stderrTo: "/dev/full")
        #expect(ok.status == 0)
    }

    /// A link in a folder of the test's own to a device, never the device's own path: a tracuu
    /// that renamed over it would replace the link, not the machine's `/dev/full`.
    func link(to device: String) throws -> String {
        let path = try temporaryFolder().appendingPathComponent("device").path
        #expect(symlink(device, path) == 0)
        return path
    }

    @Test func aFullDiskOnAnOutputFileIsAnErrorNamingIt() throws {
        let full = try link(to: "/dev/full")
        let run = try runTracuu(["-c", "metrics", "--format", "csv", "-o", full])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot write '\(full)': no space left on device"), "\(run.stderr)")
        let dot = try runTracuu(["--format", "csv"], stdin: ".output \(full)\nmetrics\n")
        #expect(dot.status == 1)
        #expect(dot.stderr.contains("cannot write '\(full)': no space left on device"), "\(dot.stderr)")
    }

    @Test func aFileThatCannotBeWrittenLeavesTheOldOneAndNoTemporaryFile() throws {
        let folder = try temporaryFolder()
        let report = folder.appendingPathComponent("report.csv")
        try "last week\n".write(to: report, atomically: false, encoding: .utf8)
        let run = try runTracuuWhereFilesCannotGrow(["-c", "metrics", "--format", "csv", "-o", report.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot write '\(report.path)': file too large"), "\(run.stderr)")
        #expect(try String(contentsOf: report, encoding: .utf8) == "last week\n")
        #expect(try others(in: folder, than: ["report.csv"]) == [])
        let once = try runTracuuWhereFilesCannotGrow(["--format", "csv"], stdin: ".once \(report.path)\nmetrics\n")
        #expect(once.status == 1)
        #expect(once.stderr.contains("cannot write '\(report.path)': file too large"), "\(once.stderr)")
        #expect(try String(contentsOf: report, encoding: .utf8) == "last week\n")
        #expect(try others(in: folder, than: ["report.csv"]) == [])
    }

    @Test func outputThroughASymlinkReplacesItsTargetAndKeepsTheLink() throws {
        let folder = try temporaryFolder()
        let real = folder.appendingPathComponent("real.csv"), link = folder.appendingPathComponent("link.csv")
        try "old\n".write(to: real, atomically: false, encoding: .utf8)
        #expect(symlink("real.csv", link.path) == 0)
        let run = try runTracuu(["-c", "metrics | count", "--format", "csv", "-o", link.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.csv")
        #expect(try String(contentsOf: real, encoding: .utf8) == "count\n2\n")
        #expect(try others(in: folder, than: ["real.csv", "link.csv"]) == [])
    }

    @Test func anExistingFileKeepsItsMode() throws {
        let folder = try temporaryFolder()
        let report = folder.appendingPathComponent("private.csv")
        try "old\n".write(to: report, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: report.path)
        let run = try runTracuu(["-c", "metrics | count", "--format", "csv", "-o", report.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: report, encoding: .utf8) == "count\n2\n")
        let mode = try FileManager.default.attributesOfItem(atPath: report.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func outputToStandardOutputByNameWorks() throws {
        let run = try runTracuu(["-c", "metrics | count", "--format", "csv", "-o", try link(to: "/dev/stdout")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "count\n2\n")
    }
}
