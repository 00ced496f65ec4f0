import ArgumentParser
import Foundation
import TracuuDiagnostics
import TracuuOutput
import TracuuShell

/// The `tracuu` command: reads its options and hands over to `TracuuShell`.
@main
struct Tracuu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tracuu",
        abstract: "Query articles, targets and metrics about Vietnam's 2020–2025 Party Congress resolutions.",
        discussion: """
            Without --data, tracuu works on the sample data built into it (two articles about \
            Quảng Trị province). Queries come from -c, from -f, from standard input when it is \
            not a terminal, or are typed at a prompt.

            Example: tracuu -c 'targets where district ~ "trieu phong" | select kind, text'
            """,
        version: TracuuVersion.current)

    @Option(name: .long, help: ArgumentHelp("A folder or file of data (CSV, JSON Lines, JSON); repeatable.", valueName: "dir"))
    var data: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp("Run this query (or several, separated by ';') and exit.", valueName: "query"))
    var command: String?

    @Option(name: .customShort("f"), help: ArgumentHelp("Run the queries of this .tq file and exit.", valueName: "file"))
    var file: String?

    @Option(name: .long, help: "Output format: table, csv, tsv, json, markdown or line.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Leave out the header line (csv, tsv, table).")
    var noHeader = false

    mutating func run() throws {
        let errorIsTerminal = isatty(2) == 1
        let color = errorIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let (engine, problems) = DataSetup.engine(dataPaths: data)
        let session = Session(engine: engine, format: format, header: !noHeader, color: color,
                              write: StandardStreams.write, writeError: StandardStreams.writeError)
        for problem in problems { session.report(problem) }
        if !problems.isEmpty { throw ExitCode(1) }

        if let command {
            guard session.run(SourceFile(name: "<command line>", text: command)) else { throw ExitCode(1) }
        }
        if let file {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                session.report(Diagnostic(.error, "cannot read '\(file)': \(StandardStreams.reason(error))",
                                          hints: ["check the path; -f takes a .tq file of queries"]))
                throw ExitCode(1)
            }
            guard session.run(SourceFile(name: file, text: text)) else { throw ExitCode(1) }
        }
        if command != nil || file != nil { return }

        if isatty(0) == 1 {
            PromptLoop(session: session).run()
        } else {
            let input = FileHandle.standardInput.readDataToEndOfFile()
            guard let text = String(data: input, encoding: .utf8) else {
                session.report(Diagnostic(.error, "standard input is not UTF-8 text"))
                throw ExitCode(1)
            }
            guard session.run(SourceFile(name: "<stdin>", text: text)) else { throw ExitCode(1) }
        }
    }

    /// Usage errors exit with 2, as the issue (and most Unix tools) ask; ArgumentParser's own is 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
