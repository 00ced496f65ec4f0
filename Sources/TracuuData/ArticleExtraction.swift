import Dispatch
import Synchronization
import TracuuDiagnostics

/// Raw articles read on every core at once, their rows handed back in file order.
///
/// Each article is read on its own (the extractor keeps no state from one file to the
/// next), so files are shared out among the cores a batch at a time; between batches the
/// caller counts progress and asks whether Ctrl-C was pressed, as it does after each file
/// of CSV.
enum ArticleExtraction {
    /// What one file gave: its rows for each dataset (nil when it could not be read) and
    /// the diagnostics about it.
    struct Result: Sendable {
        var rows: [(String, DatasetBuilder)]?
        var diagnostics: [Diagnostic]
    }

    /// Files a batch holds: enough to keep both cores busy, few enough that Ctrl-C and the
    /// progress meter are heard within a fraction of a second.
    static let batchSize = 32

    /// Reads `files` a batch at a time; `handle` gets each file's result in order and says
    /// whether to go on (false stops before the next batch).
    static func extract(_ files: [RawFile], handle: (Int, Result) -> Bool) {
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            let results = Mutex([Result?](repeating: nil, count: batch.count))
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                var diagnostics: [Diagnostic] = []
                let rows = batch[i].extract(diagnostics: &diagnostics)
                let result = Result(rows: rows, diagnostics: diagnostics)
                results.withLock { $0[i] = result }
            }
            let done = results.withLock { $0 }
            for (offset, result) in done.enumerated() {
                guard let result, handle(start + offset, result) else { return }
            }
            start += batch.count
        }
    }
}
