/// The entries of a folder that a load leaves out, and why: said in one warning at the end
/// of the folder, so that `metrics 2022.xlsx` or a subfolder is never left out without a
/// word, and a folder of many such files does not bury the load's summary.
struct PassedOver: Sendable {
    enum Reason: Sendable, Hashable {
        /// `units.csv`: a data file whose name names no dataset.
        case namesNoDataset
        /// `notes.pdf`: not a format tracuu reads.
        case notADataFile
        /// A subfolder: a load reads a folder's own files, not those of its subfolders.
        case folder

        var words: String {
            switch self {
            case .namesNoDataset: return "its name names no dataset"
            case .notADataFile: return "not a data file"
            case .folder: return "a folder: subfolders are not read"
            }
        }
    }

    /// Past this many entries named, the warning counts the rest.
    static let namedLimit = 8

    private(set) var entries: [(name: String, reason: Reason)] = []

    mutating func add(_ name: String, _ reason: Reason) {
        entries.append((name, reason))
    }

    /// Documentation beside the data is expected there and not worth a word.
    static func isDocumentation(_ entry: String) -> Bool {
        let base = entry.split(separator: ".", maxSplits: 1).first.map { $0.uppercased() } ?? ""
        return ["README", "LICENSE", "CHANGELOG", "NOTICE", "COPYING"].contains(base)
    }

    /// The warning, or nil when nothing was left out.
    func warning(folder: String) -> LoadError? {
        entries.isEmpty ? nil : .passedOver(folder: folder, entries: entries, limit: PassedOver.namedLimit)
    }
}
