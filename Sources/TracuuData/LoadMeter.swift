import Synchronization

/// How far a load has got, in bytes of its files: what the progress line on a terminal
/// shows (`loading data/ … 3 s, 45%`), read from another thread while the load runs.
///
/// The catalog says how many bytes a load will read before it starts, and sets the count
/// at the end of each file; the fast loaders move it on every few thousand records
/// between, so a single large file shows its progress too.
public final class LoadMeter: Sendable {
    private let total = Atomic<Int>(0)
    private let done = Atomic<Int>(0)
    /// The bytes of the files finished so far; `done` never falls behind it.
    private let settled = Atomic<Int>(0)

    private let cancellation: @Sendable () -> Bool

    /// `isCancelled` is asked as the load goes (Ctrl-C at the prompt): true stops it, and
    /// the catalog stays as it was before the load.
    public init(isCancelled: @escaping @Sendable () -> Bool = { false }) {
        cancellation = isCancelled
    }

    /// Fast loaders tell the meter of their progress, and ask whether to stop, after this
    /// many records; the catalog asks before and after each file.
    static let recordsBetweenReports = 4096

    /// Whether the user asked to stop the load.
    public var isCancelled: Bool { cancellation() }

    /// A load is about to read files of this many bytes in all.
    func expect(_ bytes: Int) {
        total.add(bytes, ordering: .relaxed)
    }

    /// The loader has read this many more bytes of the current file.
    func advance(_ bytes: Int) {
        done.add(bytes, ordering: .relaxed)
    }

    /// A file of this many bytes is finished, however it was read (a careful second reading
    /// after the fast one gave up counts once).
    func finishFile(_ bytes: Int) {
        let through = settled.add(bytes, ordering: .relaxed).newValue
        done.store(through, ordering: .relaxed)
    }

    /// The share of the bytes read, from 0 to 1; nil while no size is known.
    public var fraction: Double? {
        let expected = total.load(ordering: .relaxed)
        guard expected > 0 else { return nil }
        return min(1, Double(done.load(ordering: .relaxed)) / Double(expected))
    }
}
