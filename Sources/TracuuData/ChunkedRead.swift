import Dispatch
import Synchronization

/// The records of part of a file, read into column builders: what each half of a large
/// file becomes when `readAll` reads the halves at once.
protocol RecordChunkReading: Sendable {
    /// A builder per column, in the file's column order.
    var builders: [ColumnBuilder] { get set }
    /// Which columns are stored; the others are only read over.
    var store: [Bool] { get }
    /// How many records were read.
    var rows: Int { get set }
    /// Where reading stopped: the start of the first record not read, or the end.
    var end: Int { get set }
    /// This chunk with the records that start in `start..<limit` added; nil when the fast
    /// path cannot read one of them.
    func reading(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, until limit: Int) -> Self?
    /// Adds what the chunk that follows this one learnt besides its stored columns (the
    /// checks of the columns left out).
    mutating func mergeChecks(with next: Self)
    /// Where the first record at or after `position` starts (past blank lines).
    static func recordStart(in buffer: UnsafeBufferPointer<UInt8>, from position: Int) -> Int
}

/// Files larger than this are read in two halves at once, one per core.
let chunkSplitSize = 8 << 20

extension RecordChunkReading {
    /// Reads the records from `bodyStart` to the end; nil when the fast path cannot read one.
    ///
    /// A body over `splitSize` is read as two halves at once: the second from the first
    /// line start past the middle, the first up to there. In CSV that line start may lie
    /// inside a quoted field; then the first half's last record runs past it, and the
    /// halves are not joined: the first half reads on alone.
    func readAll(_ buffer: UnsafeBufferPointer<UInt8>, from bodyStart: Int, splitSize: Int) -> Self? {
        guard buffer.count - bodyStart > splitSize,
              let newline = buffer[((bodyStart + buffer.count) / 2)..<buffer.count].firstIndex(of: 0x0A) else {
            return reading(buffer, from: bodyStart, until: buffer.count)
        }
        let split = newline + 1
        let halves = Mutex<[Self?]>([nil, nil])
        let shared = SharedBuffer(buffer)
        let fresh = self
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            let read = half == 0 ? fresh.reading(shared.pointer, from: bodyStart, until: split)
                                 : fresh.reading(shared.pointer, from: split, until: shared.pointer.count)
            halves.withLock { $0[half] = read }
        }
        // Taken out, not copied: the joined columns then grow in place.
        guard let first = halves.withLock({ $0[0].take() }) else { return nil }
        // The first half stopped at the first record starting at or after `split`; the
        // second began there only if nothing but line ends lies between.
        guard first.end == Self.recordStart(in: buffer, from: split) else {
            return first.reading(buffer, from: first.end, until: buffer.count)
        }
        guard let rest = halves.withLock({ $0[1].take() }) else { return nil }
        var joined = first
        joined.append(rest)
        return joined
    }

    /// Adds the records of the chunk that follows this one, freeing its columns as it goes.
    mutating func append(_ next: consuming Self) {
        for column in builders.indices where store[column] {
            builders[column].append(next.builders[column])
            next.builders[column] = ColumnBuilder(type: builders[column].type)
        }
        mergeChecks(with: next)
        rows += next.rows
        end = next.end
    }
}

/// A file's bytes handed to the threads of `concurrentPerform`, which only read them
/// while the caller's `withUnsafeBufferPointer` keeps them alive.
private struct SharedBuffer: @unchecked Sendable {
    let pointer: UnsafeBufferPointer<UInt8>
    init(_ pointer: UnsafeBufferPointer<UInt8>) { self.pointer = pointer }
}
