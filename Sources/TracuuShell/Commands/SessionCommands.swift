import Foundation
import TracuuDiagnostics
import TracuuSyntax

extension DotCommands {
    static let sessionCommands: [DotCommand] = [
        DotCommand(name: "help", usage: ".help [TOPIC]", summary: "topics: syntax, literals, text, a command") { session, line, source in
            guard let text = Help.text(topic: line.argument, session: session) else {
                return session.fail("no help on '\(line.argument)'", at: line.argumentRange, in: source,
                                    hint: "topics are: \(Help.topics.joined(separator: ", ")), or a command such as load")
            }
            session.sink.write(text)
            return true
        },
        DotCommand(name: "read", usage: ".read FILE.tq", summary: "run the queries and commands of a file", touchesFiles: true) { session, line, source in
            switch ReadCommand.script(line, in: source, depth: session.readDepth) {
            case .failure(let problem):
                session.report(problem)
                return false
            case .success(let script):
                session.readDepth += 1
                defer { session.readDepth -= 1 }
                return session.runScripts([script])
            }
        },
        DotCommand(name: "history", usage: ".history", summary: "the queries typed so far, oldest first") { session, _, _ in
            let entries = session.historyEntries()
            let width = String(entries.count).count
            var text = ""
            for (i, entry) in entries.enumerated() {
                let number = String(i + 1)
                let indent = String(repeating: " ", count: width + 2)
                text += String(repeating: " ", count: width - number.count) + number + "  "
                text += entry.replacingOccurrences(of: "\n", with: "\n" + indent) + "\n"
            }
            session.sink.write(text)
            return true
        },
        DotCommand(name: "quit", usage: ".quit", summary: "leave tracuu (also .exit, Ctrl-D)") { session, _, _ in
            session.quit()
            return true
        },
    ]
}

/// What `.read` reads: the file its line names, as a script, or why it cannot. Running
/// `.read` and checking a script before it runs both ask here, so they read the same file.
enum ReadCommand {
    static func script(_ line: DotCommandLine, in source: SourceFile, depth: Int) -> Result<SourceFile, Diagnostic> {
        func problem(_ message: String, at range: SourceRange, hint: String? = nil) -> Result<SourceFile, Diagnostic> {
            .failure(Diagnostic(.error, message, at: source.place(of: range), hints: hint.map { [$0] } ?? []))
        }
        guard !line.argument.isEmpty else {
            return problem("'.read' needs a file", at: line.range, hint: "as in: .read report.tq")
        }
        guard depth < Session.maximumReadDepth else {
            return problem("'.read' is nested more than \(Session.maximumReadDepth) deep", at: line.range, hint: "does the file read itself?")
        }
        // A relative path in a script file means a file beside it (Paths.resolve).
        switch ScriptFile.read(Paths.resolve(line.argument, from: source)) {
        case .success(let script):
            return .success(script)
        case .failure(let failure):
            return problem(failure.message, at: line.argumentRange,
                           hint: failure.hint ?? "a relative path is read from \(Paths.base(of: source))")
        }
    }
}
