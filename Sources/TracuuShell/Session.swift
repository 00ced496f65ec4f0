import Foundation
import TracuuData
import TracuuDiagnostics
import TracuuEngine
import TracuuOutput
import TracuuText
import TracuuSyntax
import TracuuValues

/// A running tracuu: the loaded data, the settings, and where text goes. The command
/// line, scripts, pipes, `.read` and the prompt all run their statements through it.
public final class Session {
    public private(set) var catalog: Catalog
    public private(set) var engine: Engine
    public var settings: Settings
    /// Where results go (`.output`, `.once`).
    let sink: OutputSink
    /// Diagnostics and messages about the session itself.
    let writeError: (String) -> Void
    /// Whether a person is typing at a terminal: results are fitted to it.
    public var terminal: (columns: Int, rows: Int)?
    /// Asked between chunks of rows: true stops the running query.
    public var isInterrupted: @Sendable () -> Bool = { false }
    /// The entries of the line editor's history, for `.history`.
    public var historyEntries: () -> [String] = { [] }
    /// Adds an entry to the history of the prompt (`.edit` adds what it runs); nothing without one.
    public var remember: (String) -> Void = { _ in }
    /// The format `.expanded off` goes back to.
    var formatBeforeExpanded: OutputFormat?
    /// While a run with several queries writes JSON or JSON Lines: its results so far.
    var document: Document?
    /// Set by `.quit`.
    public private(set) var wantsToQuit = false
    /// How deep `.read` is nested, to stop a file that reads itself.
    var readDepth = 0
    static let maximumReadDepth = 16

    /// Whether an error was reported or a statement failed: a script's files are then not
    /// put in place (`finish`).
    public private(set) var hasFailed = false
    /// Set while a script checked before it ran is running (`runScripts`).
    var runsCheckedScript = false
    /// Where diagnostics go instead of the screen, on the copy of a session that checks a
    /// script (`checkingCopy`).
    private var collect: ((Diagnostic) -> Void)?

    /// Results go to `write` (which may throw: a full disk is reported after the statement),
    /// everything else to `writeError`.
    public init(catalog: Catalog, settings: Settings = Settings(),
                write: @escaping (String) throws -> Void, writeError: @escaping (String) -> Void) {
        self.catalog = catalog
        self.engine = Engine(datasets: catalog.datasets)
        self.settings = settings
        self.sink = OutputSink(screen: write)
        self.writeError = writeError
    }

    /// A session with this one's data, named queries, parameters and settings that writes
    /// nothing and hands its diagnostics to `collect`: dot-commands without side effects
    /// run on it to check a script before the real one runs.
    func checkingCopy(collect: @escaping (Diagnostic) -> Void) -> Session {
        let copy = Session(catalog: catalog, settings: settings, write: { _ in }, writeError: { _ in })
        copy.engine = engine
        copy.collect = collect
        return copy
    }

    /// Defines a let on this session's engine, as running it does (for `ScriptCheck`).
    func define(_ name: Name, as query: Query, in source: SourceFile) throws(Diagnostic) {
        try engine.define(name, as: query, in: source)
    }

    var renderer: DiagnosticRenderer { DiagnosticRenderer(useColor: settings.color) }

    /// Runs every statement of a text in order and stops at the first error, which it
    /// prints (with `keepGoing`, it reports each error and goes on). Returns whether all
    /// went well.
    @discardableResult
    public func run(_ source: SourceFile) -> Bool {
        var first = true
        var allWell = true
        let statements = Parser.parse(source)
        // Several JSON results of one run are one document (`ResultDocument`).
        let queries = statements.filter { if case .query = $0 { return true } else { return false } }.count
        let opensDocument = document == nil && queries > 1
        if opensDocument { document = Document() }
        defer { if opensDocument { closeDocument() } }
        for statement in statements {
            if wantsToQuit { return allWell }
            let ok = run(statement, in: source, first: &first)
            if !ok {
                allWell = false
                hasFailed = true
                if !settings.keepGoing { return false }
            }
        }
        return allWell
    }

    /// One statement; false when it failed, or when its output could not be written.
    func run(_ statement: Statement, in source: SourceFile, first: inout Bool) -> Bool {
        let ok = execute(statement, in: source, first: &first)
        if let failure = sink.takeFailure() {
            report(Diagnostic(.error, failure))
            return false
        }
        return ok
    }

    private func execute(_ statement: Statement, in source: SourceFile, first: inout Bool) -> Bool {
        switch statement {
        case .error(let diagnostic):
            report(diagnostic)
            return false
        case .command(let command):
            guard execute(command, in: source) else { return false }
        case .let(let name, let query):
            // Checked now, so a mistake is reported where the query is written.
            do {
                try engine.define(name, as: query, in: source)
            } catch {
                report(error)
                return false
            }
        case .query(let query):
            guard runQuery(query, in: source, separated: !first) else { return false }
            first = false
        }
        return true
    }

    func runQuery(_ query: Query, in source: SourceFile, separated: Bool) -> Bool {
        let started = DispatchTime.now()
        let table: ResultTable
        do {
            table = try engine.run(query, in: source, isCancelled: isInterrupted)
        } catch let diagnostic as Diagnostic {
            report(diagnostic)
            return false
        } catch {
            writeError("\ninterrupted\n")
            return false
        }
        // Tables and lines of text are set apart by a blank line; CSV and TSV with their
        // headers too, each result with its own, so one file holds several tables. Without
        // headers the rows follow each other, as sqlite3 writes them, for scripts to read.
        let setApart: Set<OutputFormat> = settings.header ? [.table, .line, .csv, .tsv, .markdown] : [.table, .line, .markdown]
        if separated, sink.hasResult, setApart.contains(settings.format) { sink.write("\n") }
        if var document, settings.format == .json || settings.format == .jsonl {
            document.index += 1
            if settings.format == .json {
                document.results.append((query: written(query, in: source), table: table))
            } else {
                sink.write(ResultDocument.jsonLines(table, index: document.index, options: jsonOptions))
                sink.resultWritten()
            }
            self.document = document
        } else {
            show(table)
        }
        if settings.timer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            writeError(String(format: "time: %.3f s\n", seconds))
        }
        return true
    }

    /// The results of a run with several queries, as JSON or JSON Lines make one document.
    struct Document {
        var index = 0
        var results: [(query: String, table: ResultTable)] = []
    }

    /// Writes the JSON document of a run's results, if it has any.
    func closeDocument() {
        if let document, !document.results.isEmpty {
            sink.write(ResultDocument.json(document.results, options: jsonOptions))
            sink.resultWritten()
        }
        document = nil
    }

    /// What JSON written to the screen needs to know: controls in it are shown as escapes.
    var jsonOptions: RenderOptions {
        var options = RenderOptions()
        options.forTerminal = sink.isScreen && settings.screenIsTerminal
        return options
    }

    /// A query as written, on one line.
    func written(_ query: Query, in source: SourceFile) -> String {
        source.text[query.range].split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Renders a result for where it goes: fitted to the terminal and cut to `maxRows`
    /// on the screen, whole in a file.
    func show(_ table: ResultTable) {
        var options = RenderOptions(header: settings.header)
        options.byteOrderMark = settings.byteOrderMark
        options.numbers = settings.numbers
        options.forTerminal = sink.isScreen && settings.screenIsTerminal
        let onScreen = sink.isScreen && terminal != nil
        if onScreen { options.terminalWidth = terminal?.columns }
        // `| chart …` draws, in the terminal's width (or 80 columns), unless an SVG is asked for.
        if let chart = table.chart, settings.format != .svg {
            sink.write(ChartRenderer.chart(table, value: chart.value, label: chart.label, width: terminal?.columns ?? 80))
            sink.resultWritten()
            return
        }
        if onScreen, settings.format == .table, !settings.pager, let expanded = expandedToFit(table, options: options) {
            sink.write(expanded)
        } else if onScreen, settings.format == .table, !settings.pager, let limit = rowLimit, table.rows.count > limit {
            var shown = table
            shown.rows = Array(table.rows.prefix(limit))
            var text = Renderer.render(shown, as: .table, options: options)
            // Replace the renderer's "N rows" footer with what was left out.
            if let footer = text.dropLast().lastIndex(of: "\n") { text = String(text[...footer]) }
            text += "… \(table.rows.count - limit) more rows (\(table.rows.count) in all; .maxrows 0 shows all)\n"
            sink.write(settings.colorResults ? TablePainter.paint(text) : text)
        } else {
            var text = Renderer.render(table, as: settings.format, options: options)
            if onScreen, settings.colorResults, settings.format == .table { text = TablePainter.paint(text) }
            if onScreen, settings.pager, let rows = terminal?.rows, text.split(separator: "\n").count > rows - 2 {
                Pager.show(text, fallback: sink.write)
            } else {
                sink.write(text)
            }
        }
        sink.resultWritten()
    }

    /// A table that cannot shrink to the terminal's width (its text columns are as narrow
    /// as they go), as psql's `\x auto` shows it: one field a line, after a line that says
    /// so, with as many rows as fit the screen's lines (`.maxrows` counts lines then); nil
    /// when the table fits.
    func expandedToFit(_ table: ResultTable, options: RenderOptions) -> String? {
        guard let columns = terminal?.columns, !table.columns.isEmpty, !table.rows.isEmpty else { return nil }
        // The rows a table would show decide its width.
        var probe = table
        if let limit = rowLimit { probe.rows = Array(table.rows.prefix(limit)) }
        let width = Renderer.tableWidth(probe, options: options)
        guard width > columns else { return nil }
        // As many rows as fit the screen's lines, a long value counted by the lines it wraps
        // to, and a blank line after each row; at least one row.
        var shown = table
        var body = ""
        if !settings.showAllRows, let budget = settings.maxRows ?? terminal.map({ max(5, $0.rows - 4) }) {
            var used = 0
            var kept = 0
            for row in table.rows.prefix(budget) {
                var one = table
                one.rows = [row]
                let block = Renderer.render(one, as: .line, options: options)
                let lines = block.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                    .reduce(0) { $0 + max(1, (DisplayWidth.columns(of: String($1)) + columns - 1) / columns) } + 1
                if kept > 0, used + lines > budget { break }
                used += lines
                kept += 1
                body += (kept > 1 ? "\n" : "") + block
            }
            shown.rows = Array(table.rows.prefix(kept))
        } else {
            body = Renderer.render(shown, as: .line, options: options)
        }
        var text = "(the table is \(width) columns wide, the terminal \(columns): one field a line; .expanded on keeps it so)\n"
        text += body + "\n"
        let left = table.rows.count - shown.rows.count
        text += left > 0 ? "… \(left) more rows (\(table.rows.count) in all; .maxrows 0 shows all)\n"
            : "\(table.rows.count) \(table.rows.count == 1 ? "row" : "rows")\n"
        return text
    }

    /// How many table rows the screen shows: what `.maxrows` said, or what fits the
    /// terminal below the prompt and the table's borders (DuckDB's shell does the same).
    var rowLimit: Int? {
        if settings.showAllRows { return nil }
        if let n = settings.maxRows { return n }
        guard let rows = terminal?.rows else { return nil }
        return max(5, rows - 8)
    }

    public func report(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { hasFailed = true }
        if let collect { return collect(diagnostic) }
        writeError(renderer.render(diagnostic))
    }

    /// Replaces the data with a catalog loaded elsewhere (`.load`).
    func replaceCatalog(_ catalog: Catalog) {
        self.catalog = catalog
        engine.datasets = catalog.datasets   // named queries and parameters stay
    }

    func quit() { wantsToQuit = true }

    /// Sets `$name` (nil removes it).
    public func setParameter(_ name: String, _ value: Value?) {
        engine.parameters[name] = value
    }

    /// Sends results to a file until the session ends (`-o`); the reason when it cannot.
    public func redirect(to path: String) -> String? {
        sink.redirect(to: path, once: false)
    }

    /// In a script, files of `-o`, `.output` and `.once` are put in place only when the
    /// whole run went well (`finish`); at the prompt, as soon as each is closed.
    public var holdsFilesUntilTheEnd: Bool {
        get { sink.holdsFiles }
        set { sink.holdsFiles = newValue }
    }

    /// Ends the run: closes an `.output` file, and puts the files held in place, unless
    /// something failed. A file that cannot be put in place is an error, and exit status 1.
    public func finish() {
        sink.finish(keepingFiles: !hasFailed)
        if let failure = sink.takeFailure() {
            report(Diagnostic(.error, failure))
            StandardStreams.noteFailure()
        }
    }
}
