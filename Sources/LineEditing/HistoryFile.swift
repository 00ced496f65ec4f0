import Foundation

/// Where the shell keeps its history, and how much of it.
///
/// `$XDG_STATE_HOME/tracuu/history`, by default `~/.local/state/tracuu/history`, in
/// libedit's format (`_HiStOrY_V2_`, then one entry a line with spaces and line breaks
/// escaped), so a multi-line query comes back as one entry.
public struct HistoryFile: Sendable {
    public let path: String
    /// Entries kept when the file is loaded and trimmed.
    public let limit: Int

    public init(path: String, limit: Int = 2000) {
        self.path = path
        self.limit = limit
    }

    /// The default place, from the environment; nil when neither XDG_STATE_HOME nor HOME is set.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> HistoryFile? {
        let state: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            state = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            state = home + "/.local/state"
        } else {
            return nil
        }
        return HistoryFile(path: state + "/tracuu/history")
    }

    /// Makes the folder the file lives in; the reason when it cannot.
    func prepareFolder() -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return nil
        } catch {
            return "cannot create the history folder \(folder)"
        }
    }
}
