import Foundation
import Testing

/// Scripts read as streams (issue 10, item 23) and relative paths in a script meaning files
/// beside it (item 24).
@Suite struct ScriptReadingTests {
    @Test func dashReadsTheScriptFromStandardInput() throws {
        let run = try runTracuu(["-f", "-", "--format", "csv"], stdin: "targets | count\n")
        #expect(run.status == 0)
        #expect(run.stdout == "count\n16\n")
    }

    @Test func devStdinAndProcessSubstitutionAreReadLikeFiles() throws {
        let run = try runInBash(#"echo 'metrics | count' | "$TRACUU" --format csv -f /dev/stdin; "$TRACUU" --format csv -f <(echo 'targets | count')"#)
        #expect(run.stderr == "")
        #expect(run.stdout == "count\n2\ncount\n16\n")
        #expect(run.status == 0)
    }

    @Test func aFolderGivenAsTheScriptIsOneSentence() throws {
        let folder = try temporaryFolder()
        let run = try runTracuu(["-f", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr == "error: cannot read '\(folder.path)': it is a folder\n  = hint: give a .tq file of queries\n")
    }

    @Test func aFolderAsStandardInputIsOneSentenceNotACrash() throws {
        let folder = try temporaryFolder()
        let run = try runInBash(#""$TRACUU" < "$PWD""#, in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: cannot read standard input: it is a folder\n"))
    }

    @Test func aScriptThatIsNotUTF8NamesTheLineColumnAndByte() throws {
        let folder = try temporaryFolder()
        let script = folder.appendingPathComponent("cp1258.tq")
        // "Tri\xD2u" is how Windows-1258 spells a Vietnamese word UTF-8 cannot read.
        try Data("targets | count\ntargets where district = \"Tri".utf8 + [0xD2] + Data("u\"\n".utf8)).write(to: script)
        let run = try runTracuu(["-f", script.path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("error: '\(script.path)' is not UTF-8 text: line 2, column 30 holds the byte 0xD2\n"))
        #expect(run.stderr.contains("iconv -f CP1258 -t UTF-8"))
    }

    @Test func aByteOrderMarkBeforeTheFirstQueryIsDropped() throws {
        let folder = try temporaryFolder()
        let script = folder.appendingPathComponent("bom.tq")
        try Data([0xEF, 0xBB, 0xBF] + Array("targets | count\n".utf8)).write(to: script)
        let run = try runTracuu(["-f", script.path, "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout == "count\n16\n")
    }

    @Test func relativePathsInAScriptMeanFilesBesideIt() throws {
        let folder = try temporaryFolder()
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports.appendingPathComponent("data"), withIntermediateDirectories: true)
        try "id,district,province,indicator,period,value,unit\nm1,Gio Linh,Quảng Trị,thu ngân sách,2021-Q2,12.5,tỉ đồng\n"
            .write(to: reports.appendingPathComponent("data/metrics.csv"), atomically: true, encoding: .utf8)
        try ".load data\n.read count.tq\n".write(to: reports.appendingPathComponent("weekly.tq"), atomically: true, encoding: .utf8)
        try ".once counted.csv\nmetrics | count\n".write(to: reports.appendingPathComponent("count.tq"), atomically: true, encoding: .utf8)
        // Run from a folder that holds none of them, as a cron job does.
        let run = try runInBash(#""$TRACUU" --format csv -f reports/weekly.tq 2>&1; cat reports/counted.csv"#, in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == "loaded reports/data/metrics.csv: 1 metric\ncount\n1\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("counted.csv").path))
    }

    @Test func aReadThatFindsNothingSaysWhichFolderItLookedIn() throws {
        let folder = try temporaryFolder()
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        try "targets | count\n.read missing.tq\n".write(to: reports.appendingPathComponent("weekly.tq"), atomically: true, encoding: .utf8)
        let run = try runInBash(#""$TRACUU" -f reports/weekly.tq"#, in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("reports/weekly.tq:2:7: error: cannot read 'reports/missing.tq': there is no such file\n"))
        #expect(run.stderr.contains("= hint: a relative path is read from reports\n"))
    }

    @Test func relativePathsTypedOnTheCommandLineMeanTheWorkingDirectory() throws {
        let folder = try temporaryFolder()
        let run = try runInBash(#""$TRACUU" -c '.once here.csv' -c 'targets | count' --format csv && cat here.csv"#, in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == "count\n16\n")
    }

    @Test func bothStreamsAreReadAtOnceSoALongErrorOutputCannotBlock() throws {
        // More than a pipe's 64 KB on standard error while standard output stays open.
        let run = try runTracuu(["--keep-going", "-f", "-"], stdin: String(repeating: "targets where nosuchfield = 1\n", count: 1_000))
        #expect(run.status == 1)
        #expect(run.stderr.utf8.count > 65_536)
    }
}
