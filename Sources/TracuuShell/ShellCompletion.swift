import LineEditing

/// Tab completion at the prompt, over the session's data as it is now.
public struct ShellCompletion {
    let session: Session

    public init(session: Session) {
        self.session = session
    }

    public func complete(_ textBeforeCursor: String) -> CompletionResult {
        CompletionResult(replacing: 0, candidates: [], suffix: "")
    }

    public func list(_ candidates: [String]) -> String {
        candidates.joined(separator: "  ") + "\n"
    }
}
