import LineEditing
import TracuuDiagnostics

/// The prompt loop, as in sqlite3's shell: read a line, gather lines into a complete
/// entry, remember it, run it, and again, until Ctrl-D or `.quit`. Errors are reported
/// and the loop goes on; Ctrl-C drops the line being typed, or stops the running query.
public final class InteractiveShell {
    let session: Session
    let reader: LineReader
    public static let prompt = "tracuu> "
    public static let continuationPrompt = "   ...> "

    var input = InputAccumulator()

    public init(session: Session, reader: LineReader, completion: ShellCompletion? = nil) {
        self.session = session
        self.reader = reader
        completion?.pendingText = { [unowned self] in self.input.pendingText }
    }

    public func run() {
        while !session.wantsToQuit {
            switch reader.readLine(prompt: input.isContinuing ? Self.continuationPrompt : Self.prompt) {
            case .endOfInput:
                StandardStreams.write("\n")
                return
            case .interrupted:
                // libedit has already moved past the line; start afresh.
                StandardStreams.write("^C\n")
                input.reset()
                Interrupt.reset()
            case .line(let line):
                session.terminal = Terminal.size() ?? session.terminal
                guard let entry = input.add(line) else { continue }
                guard !entry.allSatisfy(\.isWhitespace) else { continue }
                reader.remember(entry)
                Interrupt.reset()
                session.run(SourceFile(name: "<prompt>", text: entry))
                Interrupt.reset()
            }
        }
    }
}
