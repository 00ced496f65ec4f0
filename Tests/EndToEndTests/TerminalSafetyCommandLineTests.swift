import Foundation
import Testing

/// Data that holds escape sequences: bytes kept in a pipe, marks in diagnostics (issue 10, item 16).
@Suite("escape sequences in data")
struct TerminalSafetyCommandLineTests {
    /// A metrics file whose indicator sets the window title and reverses the text after it.
    static func hostileData() throws -> URL {
        let folder = try temporaryFolder()
        try "id,district,province,indicator,period,value,unit\nm1,Gio Linh,Quảng Trị,\u{1B}]0;owned\u{7}thu\u{202E},2021-Q2,12.5,tỉ đồng\n"
            .write(to: folder.appendingPathComponent("metrics.csv"), atomically: false, encoding: .utf8)
        return folder
    }

    @Test func pipedCSVTSVAndJSONKeepTheBytes() throws {
        let data = try Self.hostileData()
        for format in ["csv", "tsv", "jsonl"] {
            let run = try runTracuu(["--data", data.path, "-c", "metrics | select indicator", "--format", format, "--no-header"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("\u{1B}]0;owned\u{7}thu\u{202E}") || run.stdout.contains("\\u001b]0;owned\\u0007thu\u{202E}"),
                    "\(format): \(run.stdout.debugDescription)")
        }
    }

    @Test func aDiagnosticNeverEchoesAnEscapeSequence() throws {
        let run = try runTracuu(["-c", "targets where district = \"\u{1B}]0;owned\u{7}\" and distict = 1"])
        #expect(run.status == 1)
        #expect(!run.stderr.contains("\u{1B}"), "\(run.stderr.debugDescription)")
        #expect(run.stderr.contains(" 1 │ targets where district = \"␛]0;owned␇\" and distict = 1"), "\(run.stderr)")
    }
}
