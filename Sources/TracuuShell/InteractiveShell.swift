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
    /// The last entry run, for a line that continues it (`| sort value`).
    var lastEntry: String?

    public init(session: Session, reader: LineReader, completion: ShellCompletion? = nil) {
        self.session = session
        self.reader = reader
        completion?.pendingText = { [unowned self] in self.input.pendingText }
        session.remember = { [reader] in reader.remember($0) }
    }

    public func run() {
        while !session.wantsToQuit {
            switch reader.readLine(prompt: input.isContinuing ? Self.continuationPrompt : Self.prompt) {
            case .endOfInput:
                StandardStreams.write("\n")
                if input.isContinuing { session.say("the unfinished query was dropped (Ctrl-D ends tracuu)") }
                return
            case .interrupted:
                // libedit has already moved past the line; start afresh.
                StandardStreams.write("^C\n")
                input.reset()
                Interrupt.reset()
            case .line(let line):
                session.terminal = Terminal.size() ?? session.terminal
                guard let typed = input.add(line) else { continue }
                guard !typed.allSatisfy(\.isWhitespace) else { continue }
                // A line that starts with `|` goes on from the query before, as in a script.
                let entry = PromptHabits.continuing(typed, after: lastEntry)
                reader.remember(entry)
                lastEntry = entry
                Interrupt.reset()
                session.run(SourceFile(name: "<prompt>", text: PromptHabits.dotCommand(for: entry) ?? entry))
                Interrupt.reset()
            }
        }
    }
}
