import TracuuDiagnostics
import TracuuEngine
import TracuuSyntax

extension DotCommands {
    /// Views of how a query goes from text to answer, for teaching: `.tokens`, `.ast`,
    /// `.plan` and `.explain`, each followed by the query on the same line.
    static let teachingCommands: [DotCommand] = [
        view("tokens", "each token of a query: kind, text, place, value") { source, _, color, _, _ in
            TeachingViews.tokens(source, useColor: color)
        },
        view("ast", "the syntax tree of a query, with the place of each node") { source, _, color, _, width in
            try TeachingViews.ast(source, useColor: color, width: width)
        },
        view("plan", "the steps that run a query, with the rows of each") { source, engine, color, cancelled, _ in
            try TeachingViews.plan(source, engine: engine, useColor: color, isCancelled: cancelled)
        },
        view("explain", "tokens, syntax tree and plan of a query") { source, engine, color, cancelled, width in
            try TeachingViews.explain(source, engine: engine, useColor: color, isCancelled: cancelled, width: width)
        },
    ]

    private static func view(
        _ name: String, _ summary: String,
        _ render: @escaping @Sendable (SourceFile, Engine, Bool, @escaping () -> Bool, Int?) throws -> String
    ) -> DotCommand {
        DotCommand(name: name, usage: ".\(name) QUERY", summary: summary) { session, line, source in
            guard !line.argument.isEmpty else {
                return session.fail("'.\(name)' needs a query", at: line.range, in: source,
                                    hint: "as in: .\(name) targets where due = 2025")
            }
            // The query is read on its own (the views count its places from its first
            // character), but its errors say where it stands in the script or at the prompt.
            let query = source.piece(line.argumentRange)
            do {
                // On the screen the views take the terminal's width; in a file, their own.
                let width = session.sink.isScreen ? session.terminal?.columns : nil
                let text = try render(query, session.engine, session.settings.colorResults && session.sink.isScreen, session.isInterrupted, width)
                session.sink.write(text.hasSuffix("\n") ? text : text + "\n")
                return true
            } catch let diagnostic as Diagnostic {
                session.report(diagnostic)
                return false
            } catch {
                session.say("interrupted")
                return false
            }
        }
    }
}
