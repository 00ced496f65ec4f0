import Foundation
import Testing

/// The interactive shell as a person meets it: `tracuu` on a terminal, with line
/// editing, history, completion and Ctrl-C. Every test types keys into a pseudo-terminal
/// and reads the screen; every wait has a deadline.
@Suite(.serialized, .enabled(if: FileManager.default.fileExists(atPath: "/dev/ptmx")), .timeLimit(.minutes(2)))
struct REPLTests {
    @Test func startsWithAOneLineBannerThenThePrompt() throws {
        let shell = try Shell(promptWithin: nil)
        let start = try shell.outputUntilPrompt(within: .seconds(10))
        let lines = start.split(separator: "\n")
        #expect(lines.count == 1, "one banner line before the prompt, got \(lines)")
        #expect(lines.first?.hasPrefix("tracuu ") == true, "banner: \(start.debugDescription)")
        #expect(lines.first?.contains(".help") == true, "the banner names .help: \(start.debugDescription)")
    }

    @Test("Backspace removes one character, not one byte, whatever LANG says",
          arguments: ["C.UTF-8", nil, "C"] as [String?])
    func backspaceRemovesOneCharacter(lang: String?) throws {
        let environment = try ShellEnvironment()
        environment.variables["LANG"] = lang   // LC_ALL is never set
        let shell = try Shell(environment: environment)
        let line = #"targets where district = "Triệux Phong" | count"#
        shell.type(line)
        shell.press(.left, times: characters(after: "x", in: line))   // 15: just after the x
        shell.press(.backspace)
        shell.press(.enter)
        #expect(try shell.count() == 11)
    }

    @Test func backspaceAfterAVietnameseLetterRemovesTheWholeLetter() throws {
        let shell = try Shell()
        let line = #"targets where district = "Triệu Phong" | count"#
        shell.type(line)
        shell.press(.left, times: characters(after: "ệ", in: line))   // 16: just after the ệ
        shell.press(.backspace)                                       // "Triu Phong": no such district
        shell.press(.enter)
        #expect(try shell.count() == 0)
    }

    /// Issue 10, item 18: typed in NFD (`e`, U+0323, U+0302), `ệ` was three characters to
    /// the line editor, so moving left by what the screen shows landed inside the letter
    /// and Backspace took a mark. Input is composed to NFC as it comes.
    @Test func decomposedInputEditsAsOneCharacterALetter() throws {
        let shell = try Shell()
        let nfc = "targets where district = \"Trixệu Phong\" | count"
        let nfd = "targets where district = \"Trixe\u{323}\u{302}u Phong\" | count"
        #expect(nfd.unicodeScalars.count == nfc.unicodeScalars.count + 2)
        shell.type(nfd)
        shell.press(.left, times: characters(after: "x", in: nfc))   // just after the x
        shell.press(.backspace)                                      // "Triệu Phong"
        shell.press(.enter)
        #expect(try shell.count() == 11)
    }

    @Test func historyIsKeptAcrossRuns() throws {
        let environment = try ShellEnvironment()
        let first = try Shell(environment: environment)
        first.enter(#"targets where kind = "goal" | count"#)
        #expect(try first.count() == 1)
        first.press(.ctrlD)
        try first.exits(with: 0)
        #expect(FileManager.default.fileExists(atPath: environment.historyFile.path),
                "history file; files written: \(environment.filesWritten)")

        let second = try Shell(environment: environment)
        second.press(.up)
        second.press(.enter)
        #expect(try second.count() == 1)
    }

    @Test func noHistoryWritesNoFile() throws {
        let environment = try ShellEnvironment()
        let shell = try Shell(["--no-history"], environment: environment)
        shell.enter("targets | count")
        #expect(try shell.count() == 16)
        shell.press(.ctrlD)
        try shell.exits(with: 0)
        #expect(environment.filesWritten == [])
    }

    @Test func aHistoryPastItsLimitIsTrimmedWholeAndStaysPrivate() throws {
        let environment = try ShellEnvironment()
        let folder = environment.historyFile.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let entries = (1...2100).map { "metrics\\040|\\040limit\\040\($0)\n" }.joined()
        try ("_HiStOrY_V2_\n" + entries).write(to: environment.historyFile, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: environment.historyFile.path)
        let shell = try Shell(environment: environment)
        shell.press(.ctrlD)
        try shell.exits(with: 0)
        let lines = try String(contentsOf: environment.historyFile, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "_HiStOrY_V2_")
        #expect(lines.count == 2001, "the header and the newest 2000 entries")
        #expect(lines.last == "metrics\\040|\\040limit\\0402100")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["history"], "no temporary file left")
        let mode = try FileManager.default.attributesOfItem(atPath: environment.historyFile.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aHistoryThatCannotBeWrittenIsSaidOnce() throws {
        let shell = try Shell(filesCannotGrow: true)
        shell.enter("targets | count")
        try shell.sees("warning: cannot write the history file")
        #expect(try shell.count() == 16)
        shell.enter("metrics | count")
        #expect(try shell.count() == 2)
        #expect(shell.output.contains("file too large; history will not be saved"), "\(shell.output)")
        #expect(shell.output.components(separatedBy: "cannot write the history").count == 2, "the warning is said once")
        shell.press(.ctrlD)
        try shell.exits(with: 0)
    }

    @Test func anUnwritableHistoryGivesOneWarningAndTheShellGoesOn() throws {
        let environment = try ShellEnvironment()
        // A plain file where the history folder should be: the folder cannot be made.
        let blocker = environment.stateHome.url.appendingPathComponent("tracuu")
        try "not a folder".write(to: blocker, atomically: true, encoding: .utf8)
        let shell = try Shell(environment: environment)
        shell.enter("targets | count")
        try shell.sees("warning: cannot create")
        #expect(try shell.count() == 16)
        shell.enter("metrics | count")
        #expect(try shell.count() == 2)
        #expect(shell.output.components(separatedBy: "cannot create").count == 2, "the warning is said once")
        shell.press(.ctrlD)
        try shell.exits(with: 0)
    }

    @Test func safeModeRefusesFilesAndKeepsNoHistory() throws {
        let environment = try ShellEnvironment()
        try ".format csv\n".write(to: environment.home.url.appendingPathComponent(".tracuurc"), atomically: true, encoding: .utf8)
        let shell = try Shell(["--safe"], environment: environment)
        shell.enter(".load /tmp")
        try shell.sees("not allowed in safe mode")
        shell.enter("targets | count")
        #expect(try shell.count() == 16)   // a table: the init file did not run
        shell.press(.ctrlD)
        try shell.exits(with: 0)
        #expect(environment.filesWritten.allSatisfy { $0.hasSuffix("/.tracuurc") })
        #expect(!FileManager.default.fileExists(atPath: environment.historyFile.path))
    }

    @Test func anUnfinishedQueryContinuesOnTheNextLine() throws {
        let shell = try Shell()
        shell.enter("targets where")
        try shell.seesContinuationPrompt()
        shell.enter(#"district ~ "trieu phong" | count"#)
        #expect(try shell.count() == 11)
    }

    @Test func anOpenQuoteContinuesOnTheNextLine() throws {
        let shell = try Shell()
        shell.enter(#"targets where district = "Triệu"#)
        try shell.seesContinuationPrompt()
    }

    @Test func tabCompletesADatasetName() throws {
        let shell = try Shell()
        shell.type("tar")
        shell.press(.tab)          // → "targets "
        shell.enter("| count")
        #expect(try shell.count() == 16)
    }

    @Test func tabCompletesAFieldName() throws {
        let shell = try Shell()
        shell.type("targets where dis")
        shell.press(.tab)          // → "district "
        shell.enter(#"~ "trieu phong" | count"#)
        #expect(try shell.count() == 11)
    }

    @Test func tabCompletesAValueTypedWithoutDiacritics() throws {
        let shell = try Shell()
        shell.type(#"targets where district ~ "trieu"#)
        shell.press(.tab)          // → "Triệu Phong""
        shell.enter(" | count")
        #expect(try shell.count() == 11)
    }

    @Test func tabTwiceListsTheCandidates() throws {
        let shell = try Shell()
        shell.type("targets where d")
        shell.press(.tab, times: 2)
        try shell.sees(allOf: ["district", "due"])
    }

    @Test func ctrlCAtThePromptDropsTheLine() throws {
        let shell = try Shell()
        shell.type("half typed")
        try shell.sees("half typed")   // read by the shell, not still in the terminal's queue
        shell.press(.ctrlC)
        try shell.seesPrompt()
        shell.enter("metrics | count")
        #expect(try shell.count() == 2)
        #expect(!shell.output.contains("error"), "the half-typed line must never run\(shell.screen)")
    }

    @Test func ctrlCInterruptsALongQueryAndKeepsTheShell() throws {
        let data = try TemporaryFolder("data")
        try writeMetrics(rows: 100_000, to: data.url.appendingPathComponent("metrics.csv"))
        let shell = try Shell(["--data", data.url.path], promptWithin: .seconds(60))
        // Comparing a field with a field folds both texts on every row: seconds per query.
        shell.enter("metrics where " + String(repeating: "indicator ~ indicator and ", count: 40)
                    + "district ~ district | count")
        Thread.sleep(forTimeInterval: 1)
        shell.press(.ctrlC)
        try shell.sees("interrupted", within: .seconds(10))
        try shell.seesPrompt()
        shell.enter("metrics | count")
        #expect(try shell.count(within: .seconds(30)) == 100_000)
    }

    @Test func ctrlDOnAnEmptyLineExits() throws {
        let shell = try Shell()
        shell.press(.ctrlD)
        try shell.exits(with: 0)
    }

    @Test func datasetsListsEachDatasetWithItsRows() throws {
        let shell = try Shell()
        shell.enter(".datasets")
        let listing = try shell.outputUntilPrompt()
        for (name, rows) in [("articles", "2"), ("targets", "16"), ("metrics", "2")] {
            let line = listing.split(separator: "\n").first { words(of: $0).contains(name) }
            #expect(line.map { words(of: $0).contains(rows) } == true,
                    "\(name) with \(rows) rows in: \(listing.debugDescription)")
        }
    }

    @Test(arguments: ["exit", "quit", "\\q", "QUIT;", ".exit"])
    func otherShellsWaysOfLeavingExit(word: String) throws {
        let shell = try Shell()
        shell.enter(word)
        try shell.exits(with: 0)
    }

    @Test func backslashXSwitchesToOneFieldALineAndBack() throws {
        let shell = try Shell()
        shell.enter("\\x")
        try shell.sees("expanded display is on")
        try shell.seesPrompt()
        shell.enter("metrics | select id, value | limit 1")
        try shell.sees("value = 956")
        try shell.seesPrompt()
        shell.enter("\\x")
        try shell.sees("expanded display is off")
        try shell.seesPrompt()
        shell.enter("metrics | select value | limit 1")
        try shell.sees("│   956 │")
    }

    @Test func aLineStartingWithAPipeGoesOnFromTheQueryBefore() throws {
        let shell = try Shell()
        shell.enter("metrics | select id, value")
        try shell.sees("2 rows")
        try shell.seesPrompt()
        shell.enter("| where value < 500 | count")
        try shell.sees("│     1 │")
    }

    @Test func ctrlDOnAnUnfinishedQuerySaysItWasDropped() throws {
        let shell = try Shell()
        shell.enter("metrics where")
        try shell.seesContinuationPrompt()
        shell.press(.ctrlD)
        try shell.sees("the unfinished query was dropped")
        try shell.exits(with: 0)
    }

    @Test func editOpensTheEditorOnTheLastQueryAndRunsWhatIsSaved() throws {
        let environment = try ShellEnvironment()
        // An "editor" that appends a stage to the query it is given, as a person would.
        let editor = environment.home.url.appendingPathComponent("editor.sh")
        try "#!/bin/sh\nprintf '%s\\n' \"$(cat \"$1\") | count\" > \"$1\"\n".write(to: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
        environment.variables["EDITOR"] = editor.path
        let shell = try Shell(environment: environment)
        shell.enter("targets where due = 2025")
        try shell.seesPrompt()
        shell.enter(".edit")
        try shell.sees("│ count │")
        try shell.seesPrompt()
        shell.enter(".history")
        try shell.sees("targets where due = 2025 | count")
    }

    @Test func anotherShellsCommandNamesTracuus() throws {
        let shell = try Shell()
        shell.enter(".import x.csv")
        try shell.sees("'.import' is another shell's command; tracuu's is '.load'")
    }

    @Test func quitExits() throws {
        let shell = try Shell()
        shell.enter(".quit")
        try shell.exits(with: 0)
    }

    @Test func anUnknownDotCommandIsAnError() throws {
        let shell = try Shell()
        shell.enter(".frobnicate")
        let response = try shell.outputUntilPrompt()
        #expect(response.contains("unknown"), "response: \(response.debugDescription)")
    }

    @Test func aResizeWhileTypingKeepsTheLine() throws {
        let shell = try Shell()
        shell.type("targets | co")
        try shell.sees("targets | co")
        shell.terminal.resize(rows: 20, cols: 40)
        shell.enter("unt")
        #expect(try shell.count() == 16)
    }
}

/// A metrics.csv of `rows` rows in Triệu Phong, for queries that take a while.
private func writeMetrics(rows: Int, to file: URL) throws {
    var csv = "id,district,province,indicator,period,value,unit\n"
    csv.reserveCapacity(rows * 80)
    for row in 1...rows {
        csv += "m\(row),Triệu Phong,Quảng Trị,chỉ tiêu \(row % 50),2021-Q\(row % 4 + 1),\(row % 1000).5,tỉ đồng\n"
    }
    try Data(csv.utf8).write(to: file)
}

/// The letters-and-digits words of a line of output.
private func words(of line: Substring) -> [String] {
    line.split { !$0.isLetter && !$0.isNumber }.map(String.init)
}

/// Results on a terminal, outside the prompt too (`-c` with standard output a terminal).
@Suite(.serialized, .enabled(if: FileManager.default.fileExists(atPath: "/dev/ptmx")), .timeLimit(.minutes(2)))
struct TerminalSafetyOnATerminalTests {
    @Test(arguments: ["csv", "tsv", "markdown", "json"])
    func everyFormatShowsControlsAsMarksOnATerminal(format: String) throws {
        let folder = try TemporaryFolder("data")
        try "id,district,province,indicator,period,value,unit\nm1,Gio Linh,Quảng Trị,\u{1B}]0;owned\u{7}thu\u{202E}x,2021-Q2,12.5,tỉ đồng\n"
            .write(to: folder.url.appendingPathComponent("metrics.csv"), atomically: false, encoding: .utf8)
        let shell = try Shell(["--data", folder.url.path, "-c", "metrics | select indicator", "--format", format], promptWithin: nil)
        try shell.exits(with: 0)
        // The terminal text drops real escape sequences; a mark is what shows that one was there.
        let shown = format == "json" ? "\\u001b]0;owned\\u0007thu\\u202ex" : "␛]0;owned␇thu<U+202E>x"
        #expect(shell.output.contains(shown), "\(format): \(shell.output.debugDescription)")
        #expect(!shell.output.contains("\u{202E}"))
    }
}

/// `.pager on`: the pager reads the terminal as if it were started from the shell, and the
/// prompt comes back after it (issue 10, item 17).
@Suite(.serialized, .enabled(if: FileManager.default.fileExists(atPath: "/dev/ptmx")), .timeLimit(.minutes(2)))
struct PagerTests {
    @Test func thePagerCanReadTheTerminalAndThePromptComesBack() throws {
        let environment = try ShellEnvironment()
        // A pager that shows three lines, asks the person at the terminal, then shows the rest.
        // (`read` takes one line from the pipe where `head` would take a whole buffer.)
        environment.variables["PAGER"] = #"for i in 1 2 3; do IFS= read -r line; echo "$line"; done; printf 'more? '; read answer </dev/tty; echo "pager heard: $answer"; cat"#
        let shell = try Shell(environment: environment, rows: 10)
        shell.enter(".pager on")
        try shell.seesPrompt()
        shell.enter("targets | select id")
        try shell.sees("more? ")
        shell.type("yes\r")
        try shell.sees("pager heard: yes")
        try shell.sees("thi-xa-quang-tri-2021/resolution-2")   // the last row: nothing was lost
        try shell.seesPrompt()
        shell.enter("targets | count")
        #expect(try shell.count() == 16)
        shell.press(.ctrlD)
        try shell.exits(with: 0)
    }

    @Test func aPagerThatIsNotThereStillShowsTheRows() throws {
        let environment = try ShellEnvironment()
        environment.variables["PAGER"] = "no-such-pager-here"
        let shell = try Shell(environment: environment, rows: 10)
        shell.enter(".pager on")
        try shell.seesPrompt()
        shell.enter("targets | select id")
        try shell.sees("thi-xa-quang-tri-2021/resolution-2")
        try shell.seesPrompt()
        shell.press(.ctrlD)
        try shell.exits(with: 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/less")))
    func lessShowsEveryRowAndGivesTheTerminalBack() throws {
        let environment = try ShellEnvironment()
        environment.variables["PAGER"] = "less"
        let shell = try Shell(environment: environment, rows: 10)
        shell.enter(".pager on")
        try shell.seesPrompt()
        shell.enter("targets | select id")
        try shell.sees("│ id")
        shell.type("G")                                          // to the end
        try shell.sees("thi-xa-quang-tri-2021/resolution-2")
        shell.type("q")
        try shell.seesPrompt()
        shell.enter("targets | count")
        #expect(try shell.count() == 16)
        shell.press(.ctrlD)
        try shell.exits(with: 0)
    }
}

/// Writing results from the prompt (issue 10, items 1–3).
@Suite(.serialized, .enabled(if: FileManager.default.fileExists(atPath: "/dev/ptmx")), .timeLimit(.minutes(2)))
struct PromptOutputTests {
    @Test func aFullDiskUnderDotOutputIsSaidAndTheResultsComeBackToTheScreen() throws {
        let folder = try TemporaryFolder("out")
        // A link of the test's own to the device, never /dev/full itself.
        let full = folder.url.appendingPathComponent("full.csv").path
        #expect(symlink("/dev/full", full) == 0)
        let shell = try Shell()
        shell.enter(".output \(full)")
        try shell.seesPrompt()
        shell.enter("metrics | count")
        try shell.sees("error: cannot write '\(full)': no space left on device; results go to the screen again")
        try shell.seesPrompt()
        shell.enter("targets | count")
        #expect(try shell.count() == 16)
        shell.press(.ctrlD)
        try shell.exits(with: 0)
    }

    @Test func aFileOpenedAtThePromptIsPutInPlaceWhenClosed() throws {
        let folder = try TemporaryFolder("out")
        let path = folder.url.appendingPathComponent("out.csv").path
        let shell = try Shell()
        shell.enter(".format csv")
        try shell.seesPrompt()
        shell.enter(".output \(path)")
        try shell.seesPrompt()
        shell.enter("metrics | select nosuchfield")   // an error at the prompt does not cost the file
        try shell.sees("unknown field")
        try shell.seesPrompt()
        shell.enter("metrics | count")
        try shell.seesPrompt()
        shell.enter(".output")
        try shell.seesPrompt()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "count\n2\n")
        shell.press(.ctrlD)
        try shell.exits(with: 0)
    }
}
