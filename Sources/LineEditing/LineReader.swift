/// What reading one line of input gave.
public enum LineInput: Equatable, Sendable {
    /// A line, without its line break.
    case line(String)
    /// Ctrl-C at the prompt: drop what was typed and ask again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Reads lines for the shell. The shell never touches libedit: it talks to a LineReader,
/// which is `EditLineReader` on a terminal and `PlainLineReader` for pipes, files and tests.
public protocol LineReader: AnyObject {
    func readLine(prompt: String) -> LineInput
    /// Remembers an entry for Up/Down and Ctrl-R (a multi-line query is one entry).
    func remember(_ entry: String)
}

/// Reads lines from standard input without editing, prompt or history: for pipes and files.
public final class PlainLineReader: LineReader {
    public init() {}

    public func readLine(prompt: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }

    public func remember(_ entry: String) {}
}
