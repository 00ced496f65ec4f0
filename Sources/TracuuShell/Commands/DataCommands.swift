import Foundation
import TracuuData
import TracuuDiagnostics
import TracuuSyntax
import TracuuText
import TracuuValues

extension DotCommands {
    static let dataCommands: [DotCommand] = [
        DotCommand(name: "datasets", usage: ".datasets", summary: "the datasets: name, rows, files") { session, _, _ in
            let rows: [[Value]] = session.catalog.datasets.keys.sorted().compactMap { name in
                guard let d = session.catalog.datasets[name] else { return nil }
                return [.text(name), .integer(d.rowCount), .text(d.sources.joined(separator: ", "))]
            }
            session.show(ResultTable(columns: [Field("dataset", .text), Field("rows", .integer), Field("files", .text)], rows: rows))
            return true
        },
        DotCommand(name: "schema", usage: ".schema [DATASET]", summary: "the fields of a dataset, with types and examples") { session, line, source in
            var names = session.catalog.datasets.keys.sorted()
            if !line.argument.isEmpty {
                guard let name = names.first(where: { $0.lowercased() == line.argument.lowercased() }) else {
                    let hint = Suggestions.closest(to: line.argument, among: names).map { "did you mean '\($0)'?" }
                        ?? "the datasets are: \(names.joined(separator: ", "))"
                    return session.fail("unknown dataset '\(line.argument)'", at: line.argumentRange, in: source, hint: hint)
                }
                names = [name]
            }
            var rows: [[Value]] = []
            for name in names {
                guard let dataset = session.catalog.datasets[name] else { continue }
                for (i, field) in dataset.schema.fields.enumerated() {
                    let example = (0..<dataset.rowCount).lazy.map { dataset.value(row: $0, column: i) }.first { !$0.isMissing }
                    rows.append([.text(name), .text(field.name), .text(field.type.rawValue), example ?? .missing])
                }
            }
            session.show(ResultTable(columns: [Field("dataset", .text), Field("field", .text), Field("type", .text), Field("example", .text)], rows: rows.map { row in
                row.enumerated().map { $0.offset == 3 ? .text($0.element.description) : $0.element }
            }))
            return true
        },
        DotCommand(name: "load", usage: LoadArguments.usage, summary: "load a file or folder of CSV, JSON Lines, JSON; --skip-bad-rows loads the good rows of a file with bad ones", touchesFiles: true) { session, line, source in
            let arguments = LoadArguments(line.argument)
            if let problem = arguments.problem {
                return session.fail(problem.message, at: line.argument.isEmpty ? line.range : line.argumentRange, in: source, hint: problem.hint)
            }
            var catalog = session.catalog
            // Set for this load alone: each `.load` says its own.
            catalog.skipsBadRows = arguments.skipBadRows
            let path = Paths.resolve(arguments.path, from: source)
            let started = DispatchTime.now()
            defer {
                if session.settings.timer {
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
                    session.say(String(format: "time: %.3f s", seconds))
                }
            }
            // Ctrl-C stops the load; the data then stays as it was.
            let meter = LoadMeter(isCancelled: session.isInterrupted)
            do throws(Diagnostics) {
                catalog.meter = meter
                defer { catalog.meter = nil }
                let report = try LoadProgress.around(path, enabled: session.terminal != nil, meter: meter) { () throws(Diagnostics) -> LoadReport in
                    try catalog.load(path: path)
                }
                session.replaceCatalog(catalog)
                for line in LoadSummary.lines(report) { session.say(line) }
                for warning in report.warnings { session.report(warning) }
                return true
            } catch {
                if meter.isCancelled {
                    for problem in error.all { session.report(problem) }
                    return false
                }
                // The files that loaded are kept, as at start-up.
                session.replaceCatalog(catalog)
                for line in LoadSummary.lines(catalog.lastLoad) { session.say(line) }
                for problem in error.all + catalog.lastLoad.skipHints { session.report(problem) }
                return false
            }
        },
    ]
}

/// Paths as people type them, at a prompt or in a script.
enum Paths {
    /// `~/data` → `/home/me/data`.
    static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else { return path }
        return home + path.dropFirst()
    }

    /// The path a dot-command's argument names. A relative path written in a script file
    /// means a file beside the script (psql's `\ir`), so a cron job runs the same from any
    /// folder; typed at the prompt, in `-c` or piped in, it means one in the working directory.
    static func resolve(_ argument: String, from source: SourceFile) -> String {
        let path = expandingTilde(argument)
        guard !path.hasPrefix("/"), let folder = source.folder, folder != "." else { return path }
        return folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }

    /// The folder relative paths of `source` mean, for a hint.
    static func base(of source: SourceFile) -> String {
        guard let folder = source.folder, folder != "." else { return FileManager.default.currentDirectoryPath }
        return folder
    }
}
