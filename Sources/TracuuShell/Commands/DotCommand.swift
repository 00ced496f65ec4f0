import TracuuDiagnostics
import TracuuSyntax
import TracuuText

/// A command of the shell, written with a leading dot: `.load data/`, `.format csv`.
/// Dot-commands work at the prompt, in `.tq` scripts and in `~/.tracuurc` alike.
struct DotCommand: Sendable {
    let name: String
    /// How it is written, for `.help`: `.load PATH`.
    let usage: String
    /// One line for `.help`.
    let summary: String
    /// Refused in `--safe` mode: commands that read or write files.
    var touchesFiles = false
    /// Runs the command; false when it failed (a script stops there).
    let run: @Sendable (Session, DotCommandLine, SourceFile) -> Bool
}

/// Every dot-command, in the order `.help` lists them.
enum DotCommands {
    static let all: [DotCommand] = dataCommands + [sourceCommand, measuresCommand, paramCommand] + outputCommands + habitCommands
        + teachingCommands + sessionCommands

    static var names: [String] { all.map { "." + $0.name } }

    /// Names that other shells' users type for a command tracuu has: sqlite3's `.exit`,
    /// `.tables`, `.mode`. They run it (`.mode` maps sqlite3's mode names, `ModeCommand`).
    static let aliases: [String: String] = ["exit": "quit", "tables": "datasets", "q": "quit"]

    /// Commands of sqlite3, DuckDB's shell and psql that tracuu has under another name:
    /// typed, they are an error that names tracuu's, rather than "unknown".
    static let otherShellsNames: [String: String] = [
        "import": "load", "open": "load", "databases": "datasets", "dump": "export", "describe": "schema",
        "d": "schema", "show": "format", "print": "format", "echo": "format",
        "e": "edit", "x": "format line", "header": "headers", "i": "read", "include": "read",
        "o": "output", "out": "output", "timing": "timer", "h": "help", "?": "help",
    ]

    static func named(_ name: String) -> DotCommand? {
        let lower = name.lowercased()
        let wanted = aliases[lower] ?? lower
        return all.first { $0.name == wanted }
    }

    /// The command a line names, or why it cannot run: unknown, or refused in safe mode.
    /// Running a line and checking a script before it runs both ask here.
    static func resolve(_ line: DotCommandLine, in source: SourceFile, safe: Bool) -> Result<DotCommand, Diagnostic> {
        guard let command = named(line.name) else {
            if let theirs = otherShellsNames[line.name.lowercased()] {
                return .failure(Diagnostic(.error, "'.\(line.name)' is another shell's command; tracuu's is '.\(theirs)'",
                                           at: source.place(of: line.nameRange), hints: ["type .help \(theirs.split(separator: " ")[0]) to see it"]))
            }
            let hint = Suggestions.closest(to: line.name, among: all.map(\.name))
                .map { "did you mean '.\($0)'?" } ?? "type .help for the list of commands"
            return .failure(Diagnostic(.error, "unknown command '.\(line.name)'", at: source.place(of: line.nameRange), hints: [hint]))
        }
        if command.touchesFiles && safe {
            return .failure(Diagnostic(.error, "'.\(command.name)' is not allowed in safe mode", at: source.place(of: line.nameRange),
                                       hints: ["safe mode (--safe) keeps the session from reading or writing files"]))
        }
        return .success(command)
    }
}

extension Session {
    /// Runs one dot-command line.
    func execute(_ line: DotCommandLine, in source: SourceFile) -> Bool {
        switch DotCommands.resolve(line, in: source, safe: settings.safe) {
        case .success(let command): return command.run(self, line, source)
        case .failure(let problem):
            report(problem)
            return false
        }
    }

    /// Reports an error at a place in a command line; returns false for the caller to pass on.
    func fail(_ message: String, at range: SourceRange, in source: SourceFile, hint: String? = nil) -> Bool {
        report(Diagnostic(.error, message, at: source.place(of: range), hints: hint.map { [$0] } ?? []))
        return false
    }

    /// Says something about the session (not a result): on standard error, like sqlite3.
    func say(_ text: String) {
        writeError(text.hasSuffix("\n") ? text : text + "\n")
    }
}
