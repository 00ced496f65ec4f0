import ArgumentParser
import Dispatch
import Foundation
import Synchronization
import TracuuData
import TracuuDiagnostics
import TracuuOutput
import TracuuShell
import TracuuValues

/// `tracuu ingest`: reads raw articles (and data files) and writes the rows of the three
/// datasets as CSV files another run can load with `--data`.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract articles, targets and metrics from raw article files (.txt, .md, .html).",
        discussion: """
            Each file is one article; its id is its file name. The report says how many rows \
            each file gave, and warns about every sentence holding a number that was not read.

            Example: tracuu ingest articles/ --out data/ && tracuu --data data/
            """)

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp("Write articles.csv, targets.csv and metrics.csv into this folder.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: "Replace files in --out that tracuu ingest did not write, or that were changed since.")
    var force = false

    func run() throws {
        let renderer = DiagnosticRenderer(useColor: isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        func fail(_ message: String, hints: [String] = []) -> ExitCode {
            StandardStreams.writeError(renderer.render(Diagnostic(.error, message, hints: hints)))
            return ExitCode(1)
        }
        let output = out.map { IngestOutput(folder: $0) }
        if let output, let conflict = output.conflict(with: paths) {
            throw fail(conflict, hints: ["write to another folder, as in --out \(IngestOutput.suggestedFolder(for: output.folder))"])
        }
        var catalog = Catalog()
        var failed = false
        for path in paths {
            do {
                let report = try catalog.load(path: path)
                for line in LoadSummary.lines(report) { StandardStreams.writeError(line + "\n") }
                for text in Ingest.rendered(report.warnings, by: renderer) { StandardStreams.writeError(text) }
            } catch {
                failed = true
                for line in LoadSummary.lines(catalog.lastLoad) { StandardStreams.writeError(line + "\n") }
                for problem in error.all { StandardStreams.writeError(renderer.render(problem)) }
            }
        }
        let counts = ["articles", "targets", "metrics"].map { LoadSummary.counted(catalog.datasets[$0]?.rowCount ?? 0, $0) }
        StandardStreams.writeError("in all: \(counts.joined(separator: ", "))\n")
        guard let output else {
            if failed { throw ExitCode(1) }
            return
        }
        // All the files or none: a run with errors leaves the folder as it was.
        if failed {
            StandardStreams.writeError(renderer.render(Diagnostic(.note, "nothing was written to '\(output.folder)': the errors above come first")))
            throw ExitCode(1)
        }
        let files = Ingest.csvFiles(of: ["articles", "targets", "metrics"].compactMap { catalog.datasets[$0] })
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw fail("cannot write into '\(output.folder)': it is a file, not a folder", hints: ["--out takes a folder"])
        }
        do {
            try FileManager.default.createDirectory(atPath: output.folder, withIntermediateDirectories: true)
        } catch {
            throw fail("cannot make the folder '\(output.folder)': \(StandardStreams.reason(error))")
        }
        let refused = force ? [] : output.filesNotOurs(among: files.map(\.name))
        if !refused.isEmpty {
            for problem in refused.dropLast() { StandardStreams.writeError(renderer.render(Diagnostic(.error, problem))) }
            throw fail(refused[refused.count - 1], hints: ["nothing was written; --force replaces it, or write to another folder"])
        }
        do {
            try output.write(files)
        } catch {
            throw fail(error.description)
        }
    }
}

extension Ingest {
    /// Each dataset as a CSV file, rendered on all cores a part of its rows at a time (the
    /// figures of a national corpus are most of the text, so one file a core would leave
    /// a core idle); the parts of a file are its rows in order, the header before the first.
    static func csvFiles(of datasets: [Dataset]) -> [(name: String, text: String)] {
        let rowsPerPart = 20_000
        // (dataset, first row, rows) of each part; every dataset has one, its header's.
        var cut: [(dataset: Int, start: Int, count: Int)] = []
        for (i, dataset) in datasets.enumerated() {
            var start = 0
            repeat {
                cut.append((i, start, min(rowsPerPart, dataset.rowCount - start)))
                start += rowsPerPart
            } while start < dataset.rowCount
        }
        let parts = cut
        let texts = Mutex([String](repeating: "", count: parts.count))
        DispatchQueue.concurrentPerform(iterations: parts.count) { p in
            let part = parts[p]
            let dataset = datasets[part.dataset]
            let table = ResultTable(columns: dataset.schema.fields, rows: (part.start..<part.start + part.count).map(dataset.row))
            let text = Renderer.render(table, as: .csv, options: RenderOptions(header: part.start == 0))
            texts.withLock { $0[p] = text }
        }
        let rendered = texts.withLock { $0 }
        return datasets.indices.map { i in
            (datasets[i].schema.dataset + ".csv", parts.indices.filter { parts[$0].dataset == i }.map { rendered[$0] }.joined())
        }
    }

    /// The warnings as the terminal shows them, in their order, rendered on all cores: a
    /// corpus gives tens of thousands.
    static func rendered(_ warnings: [Diagnostic], by renderer: DiagnosticRenderer) -> [String] {
        let chunk = 256
        let chunks = (warnings.count + chunk - 1) / chunk
        let texts = Mutex([[String]](repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let part = warnings[c * chunk..<min((c + 1) * chunk, warnings.count)].map(renderer.render)
            texts.withLock { $0[c] = part }
        }
        return texts.withLock { $0 }.flatMap { $0 }
    }
}
