import ArgumentParser
import Foundation
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

    func run() throws {
        let renderer = DiagnosticRenderer(useColor: isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        var catalog = Catalog()
        var failed = false
        for path in paths {
            do {
                let report = try catalog.load(path: path)
                for line in LoadSummary.lines(report) { StandardStreams.writeError(line + "\n") }
                for warning in report.warnings { StandardStreams.writeError(renderer.render(warning)) }
            } catch {
                failed = true
                for line in LoadSummary.lines(catalog.lastLoad) { StandardStreams.writeError(line + "\n") }
                for problem in error.all { StandardStreams.writeError(renderer.render(problem)) }
            }
        }
        let counts = ["articles", "targets", "metrics"].map { "\(catalog.datasets[$0]?.rowCount ?? 0) \($0)" }
        StandardStreams.writeError("in all: \(counts.joined(separator: ", "))\n")
        if let out {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for name in ["articles", "targets", "metrics"] {
                guard let dataset = catalog.datasets[name] else { continue }
                let table = ResultTable(columns: dataset.schema.fields, rows: (0..<dataset.rowCount).map(dataset.row))
                let path = (out as NSString).appendingPathComponent(name + ".csv")
                try AtomicFile.write(Renderer.render(table, as: .csv), to: path)
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// Writes a file whole or not at all: into a temporary file beside it, then renamed over it,
/// so an interrupted write never leaves half a file.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        if rename(temporary, path) != 0 {
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
