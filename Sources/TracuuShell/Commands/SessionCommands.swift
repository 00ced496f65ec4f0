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
            guard !line.argument.isEmpty else {
                return session.fail("'.read' needs a file", at: line.range, in: source, hint: "as in: .read report.tq")
            }
            guard session.readDepth < Session.maximumReadDepth else {
                return session.fail("'.read' is nested more than \(Session.maximumReadDepth) deep", at: line.range, in: source,
                                    hint: "does the file read itself?")
            }
            let path = Paths.resolve(line.argument, from: source)
            let script: SourceFile
            switch ScriptFile.read(path) {
            case .success(let read): script = read
            case .failure(let failure):
                return session.fail(failure.message, at: line.argumentRange, in: source,
                                    hint: failure.hint ?? "a relative path is read from \(Paths.base(of: source))")
            }
            session.readDepth += 1
            defer { session.readDepth -= 1 }
            return session.run(script)
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
