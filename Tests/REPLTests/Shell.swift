import Foundation
import Testing

/// A `tracuu` prompt on a pseudo-terminal, driven like a session transcript.
///
/// Each `sees…` waits (with a deadline) for the shell to write something, and stops the
/// test with the captured screen when it does not come. The shell is killed when the
/// test lets go of it. Keys are only typed after a prompt was seen: before libedit puts
/// the terminal in raw mode, the kernel's line discipline would handle them instead.
final class Shell {
    static let prompt = "tracuu> "
    static let continuationPrompt = "   ...> "

    let terminal: PTYProcess
    let environment: ShellEnvironment   // kept alive as long as the shell runs in it
    private var readsKeys: Bool?         // whether a line editor reads its keys; nil before the first prompt

    /// Starts `tracuu arguments` and waits for its first prompt (unless `timeout` is nil).
    /// With `filesCannotGrow`, no regular file can be written to (`ulimit -f 0`; tracuu
    /// ignores SIGXFSZ), as on a full disk: every write fails with EFBIG.
    init(_ arguments: [String] = [], environment: ShellEnvironment? = nil,
         rows: UInt16 = 24, cols: UInt16 = 80, promptWithin timeout: Duration? = .seconds(10),
         filesCannotGrow: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws {
        self.environment = try environment ?? ShellEnvironment()
        if filesCannotGrow {
            terminal = try PTYProcess(executable: URL(fileURLWithPath: "/bin/sh"),
                                      arguments: ["-c", #"ulimit -f 0 && exec "$0" "$@""#, tracuuBinary().path] + arguments,
                                      environment: self.environment.variables, rows: rows, cols: cols)
        } else {
            terminal = try PTYProcess(executable: tracuuBinary(), arguments: arguments,
                                      environment: self.environment.variables, rows: rows, cols: cols)
        }
        if let timeout { try seesPrompt(within: timeout, sourceLocation: sourceLocation) }
    }

    func type(_ text: String) { terminal.type(text) }

    func press(_ key: Key, times: Int = 1) { terminal.press(key, times: times) }

    /// Types `line` and Enter.
    func enter(_ line: String) { terminal.type(line + Key.enter.rawValue) }

    /// Everything the shell wrote, without terminal controls.
    var output: String { terminal.output }

    /// Waits for `text`.
    func sees(_ text: String, within timeout: Duration = .seconds(15),
              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = terminal.expect(text, timeout: timeout)
        try #require(found, "expected \(text.debugDescription) within \(timeout)\(screen)", sourceLocation: sourceLocation)
    }

    /// Waits until each of `texts` has been written, in any order.
    func sees(allOf texts: [String], within timeout: Duration = .seconds(15),
              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = terminal.expect(allOf: texts, timeout: timeout)
        try #require(found, "expected all of \(texts) within \(timeout)\(screen)", sourceLocation: sourceLocation)
    }

    /// Waits for the prompt `tracuu> `, and until the shell reads keys.
    func seesPrompt(within timeout: Duration = .seconds(15), sourceLocation: SourceLocation = #_sourceLocation) throws {
        try sees(Self.prompt, within: timeout, sourceLocation: sourceLocation)
        try awaitsKeys(sourceLocation: sourceLocation)
    }

    /// Waits for the continuation prompt, and fails at once if the main prompt comes instead.
    func seesContinuationPrompt(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let next = terminal.read(untilAnyOf: [Self.continuationPrompt, Self.prompt])
        try #require(next?.index == 0, "expected the continuation prompt \(Self.continuationPrompt.debugDescription)\(screen)",
                     sourceLocation: sourceLocation)
        try awaitsKeys(sourceLocation: sourceLocation)
    }

    /// After a prompt: waits until the line editor reads keys, so that what the test types
    /// next is edited by it and not by the kernel. A shell without a line editor (the
    /// terminal stays canonical for two seconds after the first prompt) is typed at as it is.
    private func awaitsKeys(sourceLocation: SourceLocation) throws {
        switch readsKeys {
        case nil:
            readsKeys = terminal.waitForKeyByKeyInput(timeout: .seconds(2))
        case true?:
            let reading = terminal.waitForKeyByKeyInput(timeout: .seconds(15))
            try #require(reading, "the shell showed a prompt but did not start reading keys\(screen)",
                         sourceLocation: sourceLocation)
        case false?:
            break
        }
    }

    /// What the shell wrote until its next prompt (the echo of the entered line included).
    func outputUntilPrompt(within timeout: Duration = .seconds(15),
                           sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let next = terminal.read(untilAnyOf: [Self.prompt], timeout: timeout)
        let text = try #require(next?.text, "expected the prompt \(Self.prompt.debugDescription) within \(timeout)\(screen)",
                                sourceLocation: sourceLocation)
        try awaitsKeys(sourceLocation: sourceLocation)
        return String(text.dropLast(Self.prompt.count))
    }

    /// The number in the `count` table the entered line printed; waits for the table
    /// and then for the next prompt. An error message instead of the table stops the test.
    func count(within timeout: Duration = .seconds(15), sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let header = terminal.read(untilAnyOf: [" count │", "error"], timeout: timeout)
        let instead = switch header?.index {
        case 0?: ""
        case 1?: "error" + (terminal.read(untilAnyOf: [Self.prompt])?.text ?? terminal.unmatched)
        default: "nothing within \(timeout)"
        }
        try #require(header?.index == 0, "expected a count table, got \(instead)\(screen)", sourceLocation: sourceLocation)
        let table = terminal.read(untilAnyOf: [" row"], timeout: timeout)
        let digits = table?.text.split { !$0.isASCII || !$0.isNumber }.first
        let number = try #require(digits.flatMap { Int($0) }, "expected a number under the count header\(screen)",
                                  sourceLocation: sourceLocation)
        try seesPrompt(sourceLocation: sourceLocation)
        return number
    }

    /// Waits for the shell to exit and checks its status; kills it after `timeout`.
    func exits(with expected: Int32, within timeout: Duration = .seconds(15),
               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let status = terminal.waitExit(timeout: timeout)
        try #require(status != nil, "expected the shell to exit within \(timeout); killed it\(screen)",
                     sourceLocation: sourceLocation)
        #expect(status == expected, "exit status\(screen)", sourceLocation: sourceLocation)
    }

    /// The last lines of the screen and the shell's state, for failure messages.
    var screen: String {
        let lines = terminal.output.split(separator: "\n", omittingEmptySubsequences: false).suffix(30)
        let unmatched = terminal.unmatched
        return """

            — the shell \(terminal.state), \(terminal.isCanonical ? "the terminal canonical (the kernel edits lines)" : "keys read one by one"); \
            its last lines (terminal controls removed):
            \(lines.map { "  │ \($0)" }.joined(separator: "\n"))
            — not yet matched: \(unmatched.suffix(300).debugDescription)
            """
    }
}

/// How many characters of `line` follow the last `character`: the Left presses that put
/// the cursor just after it.
func characters(after character: Character, in line: String) -> Int {
    guard let index = line.lastIndex(of: character) else { return 0 }
    return line.distance(from: line.index(after: index), to: line.endIndex)
}
