import TracuuDiagnostics

/// What a load did: how many rows each file gave to which dataset, and its warnings.
public struct LoadReport: Sendable {
    /// One file that loaded.
    public struct Entry: Sendable, Equatable {
        public let dataset: String
        /// The path as the user gave it, joined with the file name for a folder.
        public let file: String
        public let rows: Int

        public init(dataset: String, file: String, rows: Int) {
            self.dataset = dataset
            self.file = file
            self.rows = rows
        }
    }

    /// The files that loaded, in the order they were read.
    public var loaded: [Entry] = []
    /// Files passed over, and the like. Errors are thrown, not reported here.
    public var warnings: [Diagnostic] = []
    /// Of the warnings, the extractor's about sentences of raw articles holding numbers it
    /// did not read: a corpus has many, so a script sums them up in one line.
    public var unreadSentences: [Diagnostic] = []
    /// The other warnings, about files and rows: each is worth its own line.
    public var fileWarnings: [Diagnostic] = []
    /// The files that failed for bad rows alone, which `skipsBadRows` would have loaded.
    public var stoppedByBadRows: [String] = []
    /// A note for each of `stoppedByBadRows`, to say after their errors where there is a way to skip.
    public var skipHints: [Diagnostic] {
        stoppedByBadRows.map { LoadError.badRowsStopTheFile(file: $0).diagnostic(at: nil) }
    }
    /// Which of a load's diagnostics are the extractor's, while the load runs.
    var extractorDiagnostics: Set<Int> = []

    public init() {}

    /// How many rows this load added to a dataset.
    public func rows(in dataset: String) -> Int {
        loaded.filter { $0.dataset == dataset }.reduce(0) { $0 + $1.rows }
    }
}
