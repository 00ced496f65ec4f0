import Foundation

/// The files and folders that may complete a path typed after `.load`, `.read`, `.output`
/// or `.once`, as a shell completes them.
///
///     .load ex          → examples/
///     .load examples/   → examples/data/, examples/01-first-query.tq …
struct PathCandidates {
    /// Which files a command wants; folders are always offered, to walk into.
    enum Wanted {
        /// Any file (`.output`, `.once`).
        case any
        /// Files with these extensions first (`.read`: `.tq`; `.load`: data files); the
        /// other files only when none of these match.
        case preferring(extensions: Set<String>)
    }

    /// The folder relative paths start from; nil for the process's current folder.
    let workingDirectory: String?
    /// What `~` stands for.
    let homeDirectory: String

    /// The paths that complete `typed`, each spelled as typed (`~/` stays `~/`), folders with
    /// a final `/`, in plain order. Hidden files only when the typed name starts with `.`.
    func matching(_ typed: String, wanted: Wanted) -> [String] {
        if typed == "~" { return ["~/"] }
        let folderPart = typed.lastIndex(of: "/").map { String(typed[...$0]) } ?? ""
        let namePrefix = String(typed.dropFirst(folderPart.count))
        let folder = listingPath(of: folderPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }

        var folders: [String] = []
        var preferred: [String] = []
        var others: [String] = []
        for name in names where name.hasPrefix(namePrefix) {
            if name.hasPrefix(".") && !namePrefix.hasPrefix(".") { continue }
            var isFolder: ObjCBool = false
            let full = (folder as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                folders.append(folderPart + name + "/")
            } else if case .preferring(let extensions) = wanted,
                      !extensions.contains((name as NSString).pathExtension.lowercased()) {
                others.append(folderPart + name)
            } else {
                preferred.append(folderPart + name)
            }
        }
        let files = preferred.isEmpty ? others : preferred
        return Array((folders + files).sorted().prefix(ValueCandidates.limit))
    }

    /// The folder to list for the folder part of a typed path.
    private func listingPath(of folderPart: String) -> String {
        if folderPart.hasPrefix("~/") {
            return homeDirectory + folderPart.dropFirst()
        }
        if folderPart.hasPrefix("/") { return folderPart }
        let base = workingDirectory ?? FileManager.default.currentDirectoryPath
        return folderPart.isEmpty ? base : (base as NSString).appendingPathComponent(folderPart)
    }
}
