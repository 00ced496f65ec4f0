import TracuuDiagnostics
import TracuuOutput
import TracuuSyntax

extension DotCommands {
    static let outputCommands: [DotCommand] = [
        DotCommand(name: "format", usage: ".format FORMAT", summary: "table, csv, tsv, json, jsonl, markdown, line, svg") { session, line, source in
            let names = OutputFormat.allCases.map(\.rawValue)
            guard let format = OutputFormat(rawValue: line.argument.lowercased()) else {
                if line.argument.isEmpty {
                    session.say("format: \(session.settings.format.rawValue)")
                    return true
                }
                return session.fail("unknown format '\(line.argument)'", at: line.argumentRange, in: source,
                                    hint: "formats are: \(names.joined(separator: ", "))")
            }
            session.settings.format = format
            return true
        },
        DotCommand(name: "headers", usage: ".headers on|off", summary: "the header line of tables, CSV and TSV") { session, line, source in
            guard let on = Switch.parse(line, in: source, session: session) else { return false }
            session.settings.header = on
            return true
        },
        DotCommand(name: "output", usage: ".output [FILE]", summary: "results to a file; alone, to the screen", touchesFiles: true) { session, line, source in
            if line.argument.isEmpty {
                session.sink.close()
                return true
            }
            if let problem = session.sink.redirect(to: Paths.resolve(line.argument, from: source), once: false) {
                return session.fail(problem, at: line.argumentRange, in: source)
            }
            return true
        },
        DotCommand(name: "once", usage: ".once FILE", summary: "the next result to a file", touchesFiles: true) { session, line, source in
            guard !line.argument.isEmpty else {
                return session.fail("'.once' needs a file", at: line.range, in: source, hint: "as in: .once out.csv")
            }
            if let problem = session.sink.redirect(to: Paths.resolve(line.argument, from: source), once: true) {
                return session.fail(problem, at: line.argumentRange, in: source)
            }
            return true
        },
        DotCommand(name: "timer", usage: ".timer on|off", summary: "say how long each query took") { session, line, source in
            guard let on = Switch.parse(line, in: source, session: session) else { return false }
            session.settings.timer = on
            return true
        },
        DotCommand(name: "maxrows", usage: ".maxrows N", summary: "rows of a table on the screen (0: all)") { session, line, source in
            guard let n = Int(line.argument), n >= 0 else {
                return session.fail("'.maxrows' needs a number of rows", at: line.argument.isEmpty ? line.range : line.argumentRange,
                                    in: source, hint: "as in: .maxrows 40, or .maxrows 0 for all")
            }
            session.settings.maxRows = n == 0 ? nil : n
            session.settings.showAllRows = n == 0
            return true
        },
        DotCommand(name: "pager", usage: ".pager on|off", summary: "long results through $PAGER (less -FRX)") { session, line, source in
            guard let on = Switch.parse(line, in: source, session: session) else { return false }
            session.settings.pager = on
            return true
        },
    ]
}

/// `on` / `off` arguments.
enum Switch {
    static func parse(_ line: DotCommandLine, in source: SourceFile, session: Session) -> Bool? {
        switch line.argument.lowercased() {
        case "on", "yes", "true", "1": return true
        case "off", "no", "false", "0": return false
        default:
            _ = session.fail("'.\(line.name)' takes on or off", at: line.argument.isEmpty ? line.range : line.argumentRange,
                             in: source, hint: "as in: .\(line.name) on")
            return nil
        }
    }
}
