import ArgumentParser
import Foundation
import LineEditing
import TracuuData
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
            not a terminal, or are typed at a prompt (type .help there).

            Example: tracuu -c 'targets where district ~ "trieu phong" | select kind, text'
            """,
        version: TracuuVersion.current,
        subcommands: [Ingest.self])

    @Option(name: .long, help: ArgumentHelp("A folder or file of data (CSV, JSON Lines, JSON); repeatable.", valueName: "dir"))
    var data: [String] = []

    @Flag(name: .long, help: "Load the good rows of a data file that has bad ones, saying each bad row (file:line:col) and how many; without it a bad row stops its file.")
    var skipBadRows = false

    @Option(name: .customShort("c"), help: ArgumentHelp("Run this query (or several, separated by ';') and exit; repeatable, run in order.", valueName: "query"))
    var commands: [String] = []

    @Option(name: .customShort("f"), help: ArgumentHelp("Run the queries of this .tq file and exit.", valueName: "file"))
    var file: String?

    @Option(name: .long, help: "How results are written; the formats are listed after.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Leave out the header line (csv, tsv, table).")
    var noHeader = false

    @Option(name: .customShort("o"), help: ArgumentHelp("Write the results to this file (written whole, then put in place).", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Start CSV output with a byte-order mark, for Excel.")
    var bom = false

    @Option(name: .long, help: ArgumentHelp("A value for $NAME in queries: --param district=\"Triệu Phong\"; repeatable.", valueName: "name=value"))
    var param: [String] = []

    @Flag(name: .long, help: "In a script, skip the check before it runs: report each error when it is reached and go on (exit status 1 at the end).")
    var keepGoing = false

    @Flag(name: .long, help: "Check the queries of -f, -c or standard input without running them: exit status 0 when all are right, 1 with each error.")
    var check = false

    @Flag(name: .long, help: "Keep no history of what is typed at the prompt.")
    var noHistory = false

    @Flag(name: .long, help: "Do not run ~/.tracuurc at start.")
    var noInit = false

    @Flag(name: .long, help: "Classroom mode: no .load, .read, .output, .once, init file or history.")
    var safe = false

    mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var settings = Settings()
        settings.format = format
        settings.header = !noHeader
        settings.safe = safe
        settings.keepGoing = keepGoing
        settings.byteOrderMark = bom
        settings.color = Terminal.isTerminal(2) && environment["NO_COLOR"] == nil
        settings.colorResults = Terminal.isTerminal(1) && environment["NO_COLOR"] == nil
        settings.screenIsTerminal = Terminal.isTerminal(1)

        let interactive = commands.isEmpty && file == nil && Terminal.isTerminal(0)
        if check && interactive {
            StandardStreams.writeError("error: --check needs a script: -f FILE, -c QUERY or one on standard input\n")
            throw ExitCode(2)
        }
        // The script (-f, or standard input when it is not a terminal) is read once, before
        // the data: a script that cannot be read is said at once, and the queries known
        // before the data loads (-c, the script) say which fields to store.
        var script: SourceFile?
        if file != nil || (commands.isEmpty && !interactive) {
            switch file.map({ ScriptFile.read($0) }) ?? ScriptFile.readStandardInput() {
            case .success(let read): script = read
            case .failure(var failure):
                if failure.isMissing { failure.hint = "the path is relative to \(FileManager.default.currentDirectoryPath)" }
                StandardStreams.writeError(DiagnosticRenderer(useColor: settings.color).render(failure.diagnostic))
                throw ExitCode(1)
            }
        }
        let scripts = commands + (script.map { [$0.text] } ?? [])
        let onlyFields = interactive || data.isEmpty ? nil : FieldUse.needed(by: scripts)
        // Only the datasets the queries name are read (a metrics query leaves articles.jsonl unread).
        let onlyDatasets = interactive || data.isEmpty ? nil : FieldUse.datasets(neededBy: scripts)

        let meter = LoadMeter()
        let (catalog, problems, warnings, unreadSentences) = LoadProgress.around(data.joined(separator: ", "),
                                                                enabled: !data.isEmpty && Terminal.isTerminal(2), meter: meter) {
            DataSetup.load(dataPaths: data, onlyFields: onlyFields, onlyDatasets: onlyDatasets, meter: meter, skipBadRows: skipBadRows)
        }
        let session = Session(catalog: catalog, settings: settings,
                              write: StandardStreams.send, writeError: StandardStreams.writeError)
        session.holdsFilesUntilTheEnd = !interactive
        defer { session.finish() }
        for problem in problems { session.report(problem) }
        for assignment in param {
            guard let (name, value) = Parameters.assignment(assignment) else {
                session.report(Diagnostic(.error, "--param takes name=value, not '\(assignment)'", hints: ["as in: --param district=\"Triệu Phong\""]))
                throw ExitCode(2)
            }
            session.setParameter(name, value)
        }
        if check { throw checkOnly(session, problems: problems, script: script) }
        if let output, let problem = session.redirect(to: output) {
            session.report(Diagnostic(.error, problem))
            throw ExitCode(1)
        }
        // Files passed over and the like: each one. Numbers in raw articles that were not
        // read: each one at the prompt; in a script, one line, so that a report's output is
        // not buried.
        for warning in warnings { session.report(warning) }
        if interactive {
            for warning in unreadSentences { session.report(warning) }
        } else if !unreadSentences.isEmpty {
            let count = unreadSentences.count == 1 ? "1 sentence in the data holds" : "\(unreadSentences.count) sentences in the data hold"
            session.report(Diagnostic(.note, "\(count) numbers that were not read; tracuu ingest PATH lists them"))
        }

        if !problems.isEmpty && !interactive { throw ExitCode(1) }

        // Every -c, in the order given (`-c '.format csv' -c 'metrics | count'`), then the
        // script: all checked before the first runs.
        let sources = commands.map { SourceFile(name: "<command line>", text: $0) } + (script.map { [$0] } ?? [])
        if !sources.isEmpty {
            guard session.runScripts(sources) else { throw ExitCode(1) }
        } else if interactive {
            runInteractively(session, environment: environment)
        }
    }

    func runInteractively(_ session: Session, environment: [String: String]) {
        if !Terminal.useUTF8Locale() {
            session.report(Diagnostic(.warning, "no UTF-8 locale is installed; Vietnamese letters cannot be typed",
                                      hints: ["install one (apt-get install locales) or set LANG=C.UTF-8"]))
        }
        Interrupt.installHandler()
        session.isInterrupted = { Interrupt.isRequested }
        session.terminal = Terminal.size()
        let keepHistory = !noHistory && !safe
        let completion = ShellCompletion(session: session)
        let reader: LineReader
        if let editor = EditLineReader(historyFile: keepHistory ? HistoryFile.standard(environment: environment) : nil,
                                       complete: completion.complete, listCandidates: completion.list) {
            if let warning = editor.historyWarning { session.report(Diagnostic(.warning, warning)) }
            editor.onWarning = { session.report(Diagnostic(.warning, $0)) }
            session.historyEntries = { editor.entries }
            reader = editor
        } else {
            reader = PlainLineReader()
        }
        StandardStreams.write(Startup.banner(session: session, dataDescription: DataSetup.describe(dataPaths: data)))
        if !noInit && !safe { Startup.runInitFile(session: session, environment: environment) }
        InteractiveShell(session: session, reader: reader, completion: completion).run()
    }

    /// Usage errors exit with 2, as most Unix tools do; ArgumentParser's own is 64.
    static func main() {
        // Past a file size limit (`ulimit -f`) a write then fails with an error tracuu reports,
        // instead of the signal killing it.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
            // A write that failed where no error could be thrown (a diagnostic, a file put in place at the end).
            if StandardStreams.failed { Foundation.exit(1) }
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode {
                exit(withError: error)
            }
            StandardStreams.writeError(fullMessage(for: error) + "\n")
            Foundation.exit(2)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
