import TracuuDiagnostics
import TracuuSyntax

/// What checking a script before it runs found.
public struct ScriptCheckResult: Sendable {
    /// Every error, in the order of the script (files of `.read` where they are read).
    public internal(set) var errors: [Diagnostic] = []
    /// How many statements were looked at, those of `.read` files included.
    public internal(set) var statements = 0
}

/// Checks every statement of a script, before any runs, against the data it will see:
/// syntax, names and types of queries, lets (carried to the statements after them),
/// `$parameters` as `.param` sets them, the arguments of dot-commands, and the files of
/// `.read`, in the order they would run. Nothing is run and nothing is written.
///
/// A `.load` does not change what is checked: the datasets are always articles, targets
/// and metrics, with fixed fields (`Schemas`); only the rows change. So the one thing left
/// to run time after a `.load` is `.source ID`, whose ids come from the rows.
enum ScriptCheck {
    /// Statements still to check: a file, its parsed statements, and the next one.
    struct Piece: Sendable {
        let source: SourceFile
        let statements: [Statement]
        var next = 0
        /// How deep in `.read` the file is.
        let depth: Int
    }

    /// Dot-commands that change nothing outside the session: they run on a copy of it,
    /// which tells whether their arguments are right (and `.param` sets what later
    /// queries use).
    static let runOnCopy: Set<String> = ["format", "headers", "timer", "maxrows", "pager", "param", "help", "datasets", "schema"]

    /// Checks the pieces in order, the last one first.
    static func check(_ pending: [Piece], session: Session) -> ScriptCheckResult {
        var result = ScriptCheckResult()
        let copy = session.checkingCopy { result.errors.append($0) }
        // After a `.load`, the ids `.source` looks up are not known.
        var rowsKnown = true
        // Lets whose query failed: their uses would only repeat the error as an unknown name.
        var failedLets: Set<String> = []
        // A loop over a stack, not recursion: `.read` files nest.
        var stack = pending
        while let top = stack.last {
            guard top.next < top.statements.count else {
                stack.removeLast()
                continue
            }
            let statement = top.statements[top.next]
            let source = top.source
            stack[stack.count - 1].next += 1
            result.statements += 1
            switch statement {
            case .error(let diagnostic):
                result.errors.append(diagnostic)
            case .let(let name, let query):
                if failedLets.contains(query.source.text.lowercased()) {
                    failedLets.insert(name.text.lowercased())
                    continue
                }
                do {
                    try copy.define(name, as: query, in: source)
                    failedLets.remove(name.text.lowercased())
                } catch {
                    result.errors.append(error)
                    failedLets.insert(name.text.lowercased())
                }
            case .query(let query):
                guard !failedLets.contains(query.source.text.lowercased()) else { continue }
                do {
                    _ = try copy.engine.check(query, in: source)
                } catch {
                    result.errors.append(error)
                }
            case .command(let line):
                let command: DotCommand
                switch DotCommands.resolve(line, in: source, safe: session.settings.safe) {
                case .failure(let problem):
                    result.errors.append(problem)
                    continue
                case .success(let found):
                    command = found
                }
                switch command.name {
                case "quit":
                    return result   // nothing after it runs
                case "load":
                    if let problem = LoadArguments(line.argument).problem {
                        let range = line.argument.isEmpty ? line.range : line.argumentRange
                        result.errors.append(Diagnostic(.error, problem.message, at: source.place(of: range), hints: [problem.hint]))
                    } else {
                        rowsKnown = false
                    }
                case "read":
                    switch ReadCommand.script(line, in: source, depth: top.depth) {
                    case .failure(let problem): result.errors.append(problem)
                    case .success(let script):
                        stack.append(Piece(source: script, statements: Parser.parse(script), depth: top.depth + 1))
                    }
                case "once":
                    if line.argument.isEmpty {
                        result.errors.append(Diagnostic(.error, "'.once' needs a file", at: source.place(of: line.range),
                                                        hints: ["as in: .once out.csv"]))
                    }
                case "tokens", "ast", "plan", "explain":
                    checkTeachingView(command.name, line, in: source, session: copy, into: &result)
                case "source":
                    if rowsKnown { _ = command.run(copy, line, source) }
                default:
                    if runOnCopy.contains(command.name) {
                        _ = command.run(copy, line, source)
                    }
                }
            }
        }
        return result
    }

    /// `.plan QUERY` and its kin: the query after the command is checked as it would be
    /// (`.tokens` only lexes, `.ast` only parses), placed where it stands in the script.
    static func checkTeachingView(_ name: String, _ line: DotCommandLine, in source: SourceFile, session: Session,
                                  into result: inout ScriptCheckResult) {
        guard !line.argument.isEmpty else {
            result.errors.append(Diagnostic(.error, "'.\(name)' needs a query", at: source.place(of: line.range),
                                            hints: ["as in: .\(name) targets where due = 2025"]))
            return
        }
        guard name != "tokens" else { return }
        let piece = source.piece(line.argumentRange)
        do {
            let query = try Parser.parseQuery(piece)
            if name != "ast" { _ = try session.engine.check(query, in: piece) }
        } catch {
            result.errors.append(error)
        }
    }
}
