import LineEditing

/// Tab completion at the prompt: the `Completer` over the session's data as it is now,
/// given the whole entry typed so far (earlier lines of a multi-line query too).
public final class ShellCompletion {
    let session: Session
    /// The lines of the entry typed before the current one, each ending in a line break.
    var pendingText: () -> String = { "" }

    public init(session: Session) {
        self.session = session
    }

    public func complete(_ currentLine: String) -> CompletionResult {
        let entry = pendingText() + currentLine
        let completer = Completer(datasets: session.catalog.datasets, dotCommands: DotCommands.names)
        let completion = completer.complete(entry)
        let replaced = completion.replacedText(in: entry)
        // libedit edits only the current line.
        guard replaced.count <= currentLine.count else { return .none }
        return CompletionResult(replacing: String(replaced), candidates: completion.candidates, suffix: completion.suffix)
    }

    public func list(_ candidates: [String]) -> String {
        Completer.columns(candidates, width: session.terminal?.columns ?? 80)
    }
}
