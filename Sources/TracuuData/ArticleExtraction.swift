import Dispatch
import Synchronization
import TracuuDiagnostics

/// Raw articles read on every core at once, their rows handed back in file order.
///
/// Each article is read on its own (the extractor keeps no state from one file to the
/// next), so files are shared out among the cores a batch at a time; between batches the
/// caller counts progress and asks whether Ctrl-C was pressed, as it does after each file
/// of CSV. While the caller takes in one batch's rows (appending them to the datasets is
/// work of its own), the next batch is already being read: the cores never wait for it.
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
        let batches = stride(from: 0, to: files.count, by: batchSize).map { $0..<min($0 + batchSize, files.count) }
        guard let first = batches.first else { return }
        var reading = Batch(files[first])
        for (k, batch) in batches.enumerated() {
            let results = reading.results()
            if k + 1 < batches.count { reading = Batch(files[batches[k + 1]]) }
            for (offset, result) in results.enumerated() where !handle(batch.lowerBound + offset, result) {
                // Stopped: the batch already started is left to finish, its rows unused.
                _ = reading.results()
                return
            }
        }
    }

    /// One batch of files being read on the other threads, started when it is made.
    private final class Batch: Sendable {
        private let done = DispatchGroup()
        private let slots: Mutex<[Result?]>

        init(_ files: ArraySlice<RawFile>) {
            let files = Array(files)
            slots = Mutex([Result?](repeating: nil, count: files.count))
            DispatchQueue.global().async(group: done) { [self] in
                DispatchQueue.concurrentPerform(iterations: files.count) { i in
                    var diagnostics: [Diagnostic] = []
                    let rows = files[i].extract(diagnostics: &diagnostics)
                    let result = Result(rows: rows, diagnostics: diagnostics)
                    slots.withLock { $0[i] = result }
                }
            }
        }

        /// The batch's results in file order, once every file of it is read.
        func results() -> [Result] {
            done.wait()
            return slots.withLock { $0.compactMap { $0 } }
        }
    }
}
