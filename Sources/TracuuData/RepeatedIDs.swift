import TracuuDiagnostics

/// Finds rows of a file that repeat an `id` given to an earlier row.
///
/// Every path notes each row's id (its bytes, as the cell holds them) with the row's
/// number in the file, so the fast and careful paths find the same repeats, and a
/// column left out of a query (`-c`) is checked all the same. Only after the file is
/// read are the repeats located (`places`), and only the first few: a file whose every
/// row repeats costs ten places, not a million.
struct RepeatedIDs: Sendable {
    private var seen = ByteInterner()
    /// The row each distinct id was first seen on.
    private var firstRow: [Int] = []
    /// Each repeat: the id's number in `seen` and the row that repeats it.
    private var repeats: [(id: Int32, row: Int)] = []

    /// Notes the id of a row; an empty id is missing, not repeated.
    mutating func note(_ bytes: UnsafeBufferPointer<UInt8>, row: Int) {
        guard !bytes.isEmpty else { return }
        let (id, isNew) = seen.intern(bytes)
        if isNew {
            firstRow.append(row)
        } else {
            repeats.append((id, row))
        }
    }

    mutating func note(_ text: String, row: Int) {
        var text = text
        text.withUTF8 { note($0, row: row) }
    }

    /// Takes in the ids of the part of the file after this one, whose rows are numbered
    /// from `rowOffset` in the whole file.
    mutating func merge(_ later: RepeatedIDs, rowOffset: Int) {
        var renumbered: [Int32] = []
        renumbered.reserveCapacity(later.firstRow.count)
        for code in later.firstRow.indices {
            let (id, isNew) = later.seen.withBytes(of: Int32(code)) { seen.intern($0) }
            let row = later.firstRow[code] + rowOffset
            if isNew { firstRow.append(row) } else { repeats.append((id, row)) }
            renumbered.append(id)
        }
        repeats += later.repeats.map { (renumbered[Int($0.id)], $0.row + rowOffset) }
        repeats.sort { $0.row < $1.row }
    }

    var isEmpty: Bool { repeats.isEmpty }

    /// A warning for each of the first repeats (then a note of how many more), with the
    /// places of rows found by `places`, given the row numbers it must find.
    func warnings(file: String, places: (Set<Int>) -> [Int: Place]) -> [Diagnostic] {
        guard !repeats.isEmpty else { return [] }
        let shown = repeats.prefix(FileLoad.errorLimit)
        let wanted = Set(shown.flatMap { [firstRow[Int($0.id)], $0.row] })
        let found = places(wanted)
        var warnings = shown.map { again -> Diagnostic in
            let text = seen.withBytes(of: again.id) { String(decoding: $0, as: UTF8.self) }
            let first = found[firstRow[Int(again.id)]].map { "\($0.file):\($0.line):\($0.column)" } ?? file
            return LoadError.repeatedID(id: text, first: first).diagnostic(at: found[again.row])
        }
        if repeats.count > shown.count {
            warnings.append(LoadError.moreRepeatedIDs(repeats.count - shown.count).diagnostic(at: nil))
        }
        return warnings
    }
}
