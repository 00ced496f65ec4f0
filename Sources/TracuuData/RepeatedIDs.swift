import Foundation
import TracuuDiagnostics

/// Finds rows of a file that repeat an `id` given to an earlier row.
///
/// Every path notes each row's id (its bytes, as the cell holds them) with the row's
/// number in the file, so the fast and careful paths find the same repeats, and a
/// column left out of a query is checked all the same.
///
/// Only a 64-bit hash of each id is kept (ids are mostly all different, so keeping their
/// bytes would cost as much as the column), and while ids come in increasing order, as
/// generated ones do, not even a table of them. Two ids with the same hash are taken
/// for a repeat; the few repeats reported are then read again from the file (`cells`),
/// which confirms them by their texts and says where they are.
struct RepeatedIDs: Sendable {
    /// Open addressing: a hash (0 for an empty slot), and the row it was first seen on.
    private var hashes: [UInt64] = []
    private var firstRows: [Int32] = []
    private var count = 0
    /// Each repeat: the id's hash and the row that repeats it.
    private var repeats: [(hash: UInt64, row: Int)] = []
    /// While the ids come in increasing order (shorter first, then byte by byte, as
    /// generated ids `1, 2, … 10` or `m1 … m99` do) none can repeat, so their hashes
    /// only wait here, in order, written one after another; the table is built from them
    /// if the order breaks. Nil once the table is in use.
    private var ordered: [(hash: UInt64, row: Int)]? = []
    /// The first and the last id noted, to go on checking the order (and across parts).
    private var firstID: [UInt8]?
    private var lastID: [UInt8] = []

    /// Notes the id of a row; an empty id is missing, not repeated.
    mutating func note(_ bytes: UnsafeBufferPointer<UInt8>, row: Int) {
        guard !bytes.isEmpty else { return }
        let hash = ByteInterner.hash(bytes) | 1
        if ordered != nil {
            if firstID == nil {
                firstID = Array(bytes)
            } else if !RepeatedIDs.increasing(from: lastID, to: bytes) {
                useTable()
            }
            if ordered != nil {
                lastID.removeAll(keepingCapacity: true)
                lastID.append(contentsOf: bytes)
                ordered?.append((hash, row))
                return
            }
        }
        insert(hash: hash, row: row)
    }

    mutating func note(_ text: String, row: Int) {
        var text = text
        text.withUTF8 { note($0, row: row) }
    }

    /// Whether `b` comes after `a`: longer, or as long and greater byte by byte.
    private static func increasing(from a: [UInt8], to b: UnsafeBufferPointer<UInt8>) -> Bool {
        if a.count != b.count { return a.count < b.count }
        return a.lexicographicallyPrecedes(b)
    }

    /// Moves the hashes noted in order into the table, which takes every id from now on.
    private mutating func useTable() {
        guard let waiting = ordered else { return }
        ordered = nil
        var size = 1024
        while size < waiting.count * 4 { size *= 2 }
        hashes = [UInt64](repeating: 0, count: size)
        firstRows = [Int32](repeating: 0, count: size)
        for (hash, row) in waiting { insert(hash: hash, row: row) }
    }

    private mutating func insert(hash: UInt64, row: Int) {
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash {
                repeats.append((hash, row))
                return
            }
            slot = (slot + 1) & mask
        }
        hashes[slot] = hash
        firstRows[slot] = Int32(truncatingIfNeeded: row)
        count += 1
        if count * 2 > hashes.count { grow() }
    }

    private mutating func grow() {
        let (oldHashes, oldRows) = (hashes, firstRows)
        hashes = [UInt64](repeating: 0, count: oldHashes.count * 2)
        firstRows = [Int32](repeating: 0, count: oldHashes.count * 2)
        count = 0
        for (hash, row) in zip(oldHashes, oldRows) where hash != 0 { insert(hash: hash, row: Int(row)) }
    }

    /// The row an id of this hash was first seen on.
    private func firstRow(of hash: UInt64) -> Int? {
        if let ordered { return ordered.first { $0.hash == hash }?.row }
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash { return Int(firstRows[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The first row of each id noted, in row order.
    var firstSightings: [(hash: UInt64, row: Int)] {
        if let ordered { return ordered }
        return zip(hashes, firstRows).filter { $0.0 != 0 }.map { ($0.0, Int($0.1)) }.sorted { $0.row < $1.row }
    }

    /// Takes in the ids of the part of the file after this one, whose rows are numbered
    /// from `rowOffset` in the whole file.
    mutating func merge(_ later: RepeatedIDs, rowOffset: Int) {
        guard let laterFirst = later.firstID else { return }                    // no ids there
        if ordered != nil, later.ordered != nil, firstID != nil,
           laterFirst.withUnsafeBufferPointer({ RepeatedIDs.increasing(from: lastID, to: $0) }) {
            ordered? += later.ordered?.map { ($0.hash, $0.row + rowOffset) } ?? []
            lastID = later.lastID
            return
        }
        if firstID == nil { firstID = laterFirst }
        useTable()
        for (hash, row) in later.firstSightings { insert(hash: hash, row: row + rowOffset) }
        repeats += later.repeats.map { ($0.hash, $0.row + rowOffset) }
        repeats.sort { $0.row < $1.row }
    }

    var isEmpty: Bool { repeats.isEmpty }

    /// A warning for each of the first repeats (then a note of how many more). `cells`
    /// gives the id and the place of each of the rows it is asked for.
    func warnings(file: String, cells: (Set<Int>) -> [Int: (id: String, place: Place)]) -> [Diagnostic] {
        let pairs = repeats.compactMap { again in firstRow(of: again.hash).map { (first: $0, second: again.row) } }
        guard !pairs.isEmpty else { return [] }
        let shown = pairs.prefix(FileLoad.errorLimit)
        let found = cells(Set(shown.flatMap { [$0.first, $0.second] }))
        var warnings: [Diagnostic] = []
        for pair in shown {
            guard let first = found[pair.first], let second = found[pair.second], first.id == second.id else { continue }
            let at = "\(first.place.file):\(first.place.line):\(first.place.column)"
            warnings.append(LoadError.repeatedID(id: second.id, first: at).diagnostic(at: second.place))
        }
        if pairs.count > shown.count {
            warnings.append(LoadError.moreRepeatedIDs(pairs.count - shown.count).diagnostic(at: nil))
        }
        return warnings
    }
}

/// The ids of a dataset's files, to find a row that repeats the id of a row in another
/// file of the dataset (`metrics.csv` and a copy named `metrics-2021.csv`).
///
/// Nothing is built while a dataset has one file: its ids (hashes) wait in their file's
/// list, and the table is made when a second file comes.
struct DatasetIDs: Sendable {
    /// A file the dataset's rows came from, as it can be read again to locate a repeat.
    struct Source: Sendable {
        let name: String
        let format: DataFormat
        let contents: [UInt8]?
    }

    private(set) var sources: [Source] = []
    private var waiting: [(hash: UInt64, row: Int)] = []
    private var table: [UInt64: (source: Int, row: Int)]?

    /// A repeat across files: the row of an earlier file, and the row of the new one.
    struct Repeat {
        let source: Int
        let row: Int
        let newRow: Int
    }

    /// Adds a file's ids; the rows of the new file that repeat an id of an earlier file.
    mutating func add(_ source: Source, ids: RepeatedIDs) -> [Repeat] {
        let sightings = ids.firstSightings
        sources.append(source)
        let index = sources.count - 1
        if index == 0 {
            waiting = sightings
            return []
        }
        if table == nil {
            var built: [UInt64: (source: Int, row: Int)] = [:]
            built.reserveCapacity(waiting.count + sightings.count)
            for (hash, row) in waiting { built[hash] = (0, row) }
            waiting = []
            table = built
        }
        var repeats: [Repeat] = []
        for (hash, row) in sightings {
            if let earlier = table?[hash] {
                repeats.append(Repeat(source: earlier.source, row: earlier.row, newRow: row))
            } else {
                table?[hash] = (index, row)
            }
        }
        return repeats
    }
}
