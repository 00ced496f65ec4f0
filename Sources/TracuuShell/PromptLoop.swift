import TracuuDiagnostics

/// A plain prompt for a terminal: reads a line, runs it, and again, until end of input.
/// (Line editing, history and completion come with libedit.)
public struct PromptLoop {
    let session: Session

    public init(session: Session) {
        self.session = session
    }

    public func run() {
        StandardStreams.write("tracuu \(TracuuVersion.current) — type a query, or Ctrl-D to leave. Example: targets | count\n")
        var number = 0
        while true {
            StandardStreams.write("tracuu> ")
            guard let line = readLine(strippingNewline: true) else {
                StandardStreams.write("\n")
                return
            }
            number += 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if line == ".quit" || line == ".exit" { return }
            session.run(SourceFile(name: "<prompt>", text: line))
        }
    }
}

extension String {
    func trimmingCharacters(in set: CharacterSetLike) -> Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}

enum CharacterSetLike { case whitespaces }
