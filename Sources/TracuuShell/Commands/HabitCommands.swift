import Foundation
import FileWriting
import TracuuData
import TracuuDiagnostics
import TracuuOutput
import TracuuSyntax
import TracuuValues

/// Commands other shells' users reach for: sqlite3's `.mode` and DuckDB's and sqlite3's
/// `.export`-like dumps, under tracuu's meaning.
extension DotCommands {
    /// sqlite3's and DuckDB's mode names, as tracuu's formats.
    static let modes: [String: OutputFormat] = [
        "box": .table, "table": .table, "column": .table, "qbox": .table, "duckbox": .table,
        "csv": .csv, "tabs": .tsv, "list": .tsv, "tsv": .tsv, "json": .json, "jsonl": .jsonl, "jsonlines": .jsonl,
        "ndjson": .jsonl, "line": .line, "markdown": .markdown, "svg": .svg,
    ]

    static let habitCommands: [DotCommand] = [
        DotCommand(name: "mode", usage: ".mode MODE", summary: "sqlite3's name for .format: box, table, list, tabs, line, csv, json, markdown") { session, line, source in
            guard !line.argument.isEmpty else {
                session.say("format: \(session.settings.format.rawValue)")
                return true
            }
            guard let format = modes[line.argument.lowercased()] else {
                return session.fail("unknown mode '\(line.argument)'", at: line.argumentRange, in: source,
                                    hint: "modes are: \(modes.keys.sorted().joined(separator: ", ")); .format lists tracuu's own")
            }
            session.settings.format = format
            return true
        },
        DotCommand(name: "numfmt", usage: ".numfmt plain|vi", summary: "numbers in tables as 1051.6 (plain) or 1.051,6 (vi)") { session, line, source in
            guard !line.argument.isEmpty else {
                session.say("numfmt: \(session.settings.numbers.rawValue)")
                return true
            }
            guard let style = NumberStyle(rawValue: line.argument.lowercased()) else {
                return session.fail("unknown number style '\(line.argument)'", at: line.argumentRange, in: source,
                                    hint: "styles are: plain (1051.6), vi (1.051,6: tables, line and Markdown; CSV and JSON stay plain)")
            }
            session.settings.numbers = style
            return true
        },
        DotCommand(name: "expanded", usage: ".expanded [on|off]", summary: "one field a line, as psql's \\x (alone: switch)") { session, line, source in
            let on: Bool
            if line.argument.isEmpty {
                on = session.settings.format != .line
            } else {
                guard let wanted = Switch.parse(line, in: source, session: session) else { return false }
                on = wanted
            }
            if on, session.settings.format != .line {
                session.formatBeforeExpanded = session.settings.format
                session.settings.format = .line
            } else if !on, session.settings.format == .line {
                session.settings.format = session.formatBeforeExpanded ?? .table
            }
            session.say("expanded display is \(on ? "on" : "off")")
            return true
        },
        DotCommand(name: "edit", usage: ".edit", summary: "the last query in $EDITOR; what is saved runs (psql's \\e)",
                   touchesFiles: true) { session, line, source in
            QueryEditor.run(session, line, source)
        },
        DotCommand(name: "export", usage: ".export FOLDER [DATASET]", summary: "write every dataset (or one) as CSV files into a folder",
                   touchesFiles: true) { session, line, source in
            Export.run(session, line, source)
        },
    ]
}

/// `.export FOLDER [DATASET]`: each dataset as `NAME.csv`, as `tracuu ingest` writes them,
/// so `--data FOLDER` loads them back. Each file is written whole (a temporary file
/// renamed) or not at all: a failed write leaves the file that was there.
enum Export {
    /// The datasets written when none is named: the loaded ones. `progress` is made from
    /// them at every load; named, it is written too.
    static let loaded = ["articles", "targets", "metrics"]

    static func run(_ session: Session, _ line: DotCommandLine, _ source: SourceFile) -> Bool {
        let words = line.argument.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let folderName = words.first, words.count <= 2 else {
            return session.fail("'.export' needs a folder, and at most one dataset", at: line.range, in: source,
                                hint: "as in: .export out/ or .export out/ metrics")
        }
        var names = loaded
        if words.count == 2 {
            let all = session.catalog.datasets.keys.sorted()
            guard let name = all.first(where: { $0.lowercased() == words[1].lowercased() }) else {
                return session.fail("unknown dataset '\(words[1])'", at: line.argumentRange, in: source,
                                    hint: "the datasets are: \(all.joined(separator: ", "))")
            }
            names = [name]
        }
        let folder = Paths.resolve(folderName, from: source)
        // Into a folder the data came from, the files would replace or double what is loaded.
        let here = URL(fileURLWithPath: folder).standardizedFileURL.path
        let files = session.catalog.holdsBundledSample ? [] : session.catalog.datasets.values.flatMap(\.sources)
        let sourceFolders = Set(files.map {
            URL(fileURLWithPath: $0).deletingLastPathComponent().standardizedFileURL.path
        })
        if sourceFolders.contains(here) {
            return session.fail("'\(folderName)' holds files the data was loaded from: exporting there would replace or double them",
                                at: line.argumentRange, in: source, hint: "export into another folder, as in: .export export/")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            return session.fail("cannot export into '\(folderName)': it is a file, not a folder", at: line.argumentRange, in: source)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return session.fail("cannot make the folder '\(folderName)': \(StandardStreams.reason(error))", at: line.argumentRange, in: source)
        }
        var written: [String] = []
        for name in names {
            guard let dataset = session.catalog.datasets[name] else { continue }
            let table = ResultTable(columns: dataset.schema.fields, rows: (0..<dataset.rowCount).map(dataset.row))
            let path = (folder as NSString).appendingPathComponent(name + ".csv")
            do {
                try AtomicFile.write(Renderer.render(table, as: .csv), to: path)
            } catch {
                return session.fail("cannot write '\(path)': \(error.description)", at: line.argumentRange, in: source)
            }
            written.append("\(name).csv (\(dataset.rowCount) \(dataset.rowCount == 1 ? "row" : "rows"))")
        }
        session.say("wrote \(written.joined(separator: ", ")) into \(folderName)")
        return true
    }
}

/// `.edit`: the last query typed, in the user's editor (`$VISUAL`, else `$EDITOR`, else
/// `vi`), in a temporary file; when the editor exits well, what the file then holds runs
/// and goes into the history, as psql's `\e` does. An editor that fails runs nothing.
enum QueryEditor {
    static func run(_ session: Session, _ line: DotCommandLine, _ source: SourceFile) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        // The entry before this `.edit` (which is in the history already).
        let last = session.historyEntries().reversed().first { entry in
            let text = entry.trimmingCharacters(in: .whitespacesAndNewlines)
            return !text.hasPrefix(".edit") && text != "\\e"
        } ?? ""
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("tracuu-edit-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tq")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            try AtomicFile.write(last.isEmpty || last.hasSuffix("\n") ? last : last + "\n", to: path)
        } catch {
            return session.fail("cannot write the query to edit: \(error.description)", at: line.range, in: source)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor as the user wrote it, options included (`code -w`), with the file after it.
        process.arguments = ["-c", editor + " \"$1\"", "sh", path]
        do {
            try process.run()
        } catch {
            return session.fail("cannot start the editor '\(editor)': \(StandardStreams.reason(error))", at: line.range, in: source,
                                hint: "set EDITOR to an editor, as in: EDITOR=nano tracuu")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return session.fail("the editor '\(editor)' exited with status \(process.terminationStatus): nothing was run", at: line.range, in: source)
        }
        guard let edited = try? String(contentsOfFile: path, encoding: .utf8) else {
            return session.fail("cannot read the edited query back (is it UTF-8?)", at: line.range, in: source)
        }
        let entry = edited.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !entry.isEmpty else {
            session.say("the file was left empty: nothing to run")
            return true
        }
        session.remember(entry)
        return session.run(SourceFile(name: "<edit>", text: entry))
    }
}
