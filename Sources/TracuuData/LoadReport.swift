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

    public init() {}

    /// How many rows this load added to a dataset.
    public func rows(in dataset: String) -> Int {
        loaded.filter { $0.dataset == dataset }.reduce(0) { $0 + $1.rows }
    }
}
