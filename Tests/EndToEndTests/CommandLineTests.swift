import Foundation
import Testing

/// The built binary, as a script or a person runs it: arguments, exit status, streams.
@Suite("tracuu command line")
struct CommandLineTests {
    @Test func queryFromDashC() throws {
        let run = try runTracuu(["-c", "targets | count", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout == "count\n16\n")
        #expect(run.stderr == "")
    }

    /// Issue 10, item 22: with two -c, only the last ran; a dot-command swallowed the rest
    /// of its line.
    @Test func everyDashCRunsInOrderAndADotCommandEndsAtASemicolon() throws {
        let run = try runTracuu(["-c", ".format csv; metrics | count", "-c", "targets | count"])
        #expect(run.status == 0)
        #expect(run.stdout == "count\n2\ncount\n16\n")
        #expect(run.stderr == "")
    }

    @Test func theThreeSpellingsOfOneQuestionGiveTheSameRows() throws {
        let queries = [
            "targets where district=\"Triệu Phong\" and term=2020-2025 | select id",
            "targets where district=\"Trie\u{0323}\u{0302}u Phong\" and term=2020-2025 | select id",
            "targets where district ~ \"trieu phong\" and term = 2020 – 2025 | select id",
        ]
        let outputs = try queries.map { try runTracuu(["-c", $0, "--format", "csv", "--no-header"]).stdout }
        #expect(outputs[0].split(separator: "\n").count == 11)
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
    }

    @Test func aQueryErrorExitsWithOneAndPointsAtThePlace() throws {
        let run = try runTracuu(["-c", "targets where distict = \"Triệu Phong\""])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            <command line>:1:15: error: unknown field 'distict' in 'targets'
             1 │ targets where distict = "Triệu Phong"
               │               ^~~~~~~
               = hint: did you mean 'district'?

            """)
    }

    @Test func aUsageErrorExitsWithTwo() throws {
        let run = try runTracuu(["--frobnicate"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Unknown option '--frobnicate'"))
        let format = try runTracuu(["--format", "xml", "-c", "targets"])
        #expect(format.status == 2)
    }

    @Test func helpAndVersionExitWithZero() throws {
        let help = try runTracuu(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--data"))
        let version = try runTracuu(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("0."))
    }

    @Test func queriesFromStandardInputWhenItIsNotATerminal() throws {
        let run = try runTracuu(["--format", "csv", "--no-header"], stdin: "targets | count\nmetrics | count\n")
        #expect(run.status == 0)
        #expect(run.stdout == "16\n2\n")
    }

    @Test func aScriptFileWithAnErrorRunsNothingAndSaysFileLineCol() throws {
        let folder = try temporaryFolder()
        let script = folder.appendingPathComponent("report.tq")
        try "-- weekly report\ntargets | count\ntargets | sort due dsc\nmetrics | count\n".write(to: script, atomically: true, encoding: .utf8)
        let run = try runTracuu(["-f", script.path, "--format", "csv"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("\(script.path):3:20: error: expected '|', ';' or the end of the query, found 'dsc'"))
    }

    @Test func aMissingScriptFileIsAnError() throws {
        let run = try runTracuu(["-f", "/nonexistent/report.tq"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cannot read '/nonexistent/report.tq'"))
    }

    /// Lazy datasets (issue 14): with -c or -f only the datasets the queries name are read.
    @Test func onlyTheDatasetsTheQueriesNameAreRead() throws {
        let folder = try temporaryFolder()
        try "id,district,value\nm1,Gio Linh,12.5\n".write(to: folder.appendingPathComponent("metrics.csv"), atomically: true, encoding: .utf8)
        // A broken articles file: read, it is an error.
        try "{not json\n".write(to: folder.appendingPathComponent("articles.jsonl"), atomically: true, encoding: .utf8)
        let metrics = try runTracuu(["--data", folder.path, "-c", "metrics | count", "--format", "csv"])
        #expect(metrics.status == 0)
        #expect(metrics.stdout == "count\n1\n")
        #expect(!metrics.stderr.contains("articles.jsonl"))
        let articles = try runTracuu(["--data", folder.path, "-c", "articles | count", "--format", "csv"])
        #expect(articles.status == 1)
        #expect(articles.stderr.contains("articles.jsonl"))
        // A reference through `article` reads the articles; so does a dot-command (anything may follow).
        #expect(try runTracuu(["--data", folder.path, "-c", "metrics | select article.title"]).status == 1)
        #expect(try runTracuu(["--data", folder.path, "-c", ".format csv", "-c", "metrics | count"]).status == 1)
    }

    @Test func dataFolderReplacesTheSample() throws {
        let folder = try temporaryFolder()
        try "id,district,province,indicator,period,value,unit\nm1,Gio Linh,Quảng Trị,thu ngân sách,2021-Q2,12.5,tỉ đồng\n"
            .write(to: folder.appendingPathComponent("metrics.csv"), atomically: true, encoding: .utf8)
        let run = try runTracuu(["--data", folder.path, "-c", "metrics | select district, value; targets | count", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout == "district,value\nGio Linh,12.5\n\ncount\n0\n")
    }

    /// A script's run says what `--data` left out, as `ingest` and the prompt do: the
    /// summing-up of unread sentences is for raw articles only.
    @Test func whatDataLeavesOutIsSaidInAScriptToo() throws {
        let folder = try temporaryFolder()
        try "id,value\nm1,1\n".write(to: folder.appendingPathComponent("metrics 2022.csv"), atomically: true, encoding: .utf8)
        try "a\n".write(to: folder.appendingPathComponent("dân số.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("cũ"), withIntermediateDirectories: true)
        let run = try runTracuu(["--data", folder.path, "-c", "metrics | count", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout == "count\n1\n")
        #expect(run.stderr == """
            warning: 2 entries of '\(folder.path)' not loaded: cũ/ (a folder: subfolders are not read), dân số.csv (its name names no dataset)
              = hint: name a data file after its dataset: articles.jsonl, targets.json, metrics.csv, metrics-2021.csv
              = hint: a subfolder loads with a --data or .load of its own

            """)
    }

    @Test func skipBadRowsLoadsTheGoodRowsOfDataAndSaysEachBadOne() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("metrics.csv")
        try "id,district,value\nm1,Gio Linh,1\nm2,Cam Lộ,hai\nm3,Hải Lăng,3\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try runTracuu(["--data", folder.path, "--skip-bad-rows", "-c", "metrics | count", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout == "count\n2\n")
        #expect(run.stderr == """
            \(file.path):3:11: warning: 'hai' is not a number (field 'value' of metrics)
             3 │ m2,Cam Lộ,hai
               │           ^~~
               = hint: write a number like 38.1 or 38,1, or leave the cell empty
            note: 1 bad row of '\(file.path)' skipped; its 2 other rows are loaded

            """)
        let strict = try runTracuu(["--data", folder.path, "-c", "metrics | count"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("\(file.path):3:11: error: 'hai' is not a number"))
        #expect(strict.stderr.contains("note: '\(file.path)' adds no rows: a bad row stops its file"))
    }

    @Test func aBadDataFileExitsWithOneAndNamesFileLineAndColumn() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("metrics.csv")
        try "id,value\nm1,12.5\nm2,\"unterminated\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try runTracuu(["--data", folder.path, "-c", "metrics | count"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(file.path):3:4: error:"))
    }

    @Test func invalidUTF8InADataFileIsAnErrorNamingFileAndLine() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("targets.csv")
        var bytes = Array("id,text\nt1,ok\nt2,bad ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\n".utf8)
        try Data(bytes).write(to: file)
        let run = try runTracuu(["--data", folder.path, "-c", "targets | count"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(file.path):3:"))
        #expect(run.stderr.lowercased().contains("utf-8"))
    }

    @Test(arguments: ["table", "csv", "tsv", "json", "markdown", "line"])
    func everyFormatRuns(_ format: String) throws {
        let run = try runTracuu(["-c", "metrics | select indicator, change", "--format", format])
        #expect(run.status == 0)
        #expect(run.stdout.contains("38.1"))
    }

    @Test func noInputCrashesTheProcess() throws {
        // A sample of hostile inputs: each must end with status 0 or 1, never a signal.
        let inputs = [
            "targets where " + String(repeating: "(", count: 5000),
            String(repeating: "not ", count: 5000),
            "\"" + String(repeating: "\\", count: 1001),
            "targets | limit 99999999999999999999999",
            "targets | limit -1",
            "\u{0}\u{1}\u{7F}",
            "targets where due in 9999..1",
            "targets where date = 0/0/0000",
        ]
        for input in inputs {
            let run = try runTracuu(["-c", input])
            #expect(run.status == 0 || run.status == 1, "\(input.prefix(30)) ended with \(run.status)")
        }
    }
}
