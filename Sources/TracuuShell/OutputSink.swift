import Foundation

/// Where results go: the screen, or a file chosen with `.output FILE` (until `.output`
/// alone), `.once FILE` (for the next result only) or `-o FILE`.
///
/// A file is written whole or not at all: into a temporary file beside it, renamed over
/// it when the output is done, so an interrupted export never leaves half a file.
final class OutputSink {
    private enum Target {
        case screen
        case file(FileHandle, path: String, temporary: String, once: Bool)
    }

    private var target: Target = .screen
    private let screen: (String) -> Void

    init(screen: @escaping (String) -> Void) {
        self.screen = screen
    }

    var isScreen: Bool {
        if case .screen = target { return true }
        return false
    }

    /// Starts a file; the reason when it cannot be written.
    func redirect(to path: String, once: Bool) -> String? {
        close()
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            return "cannot write '\(path)'"
        }
        target = .file(handle, path: path, temporary: temporary, once: once)
        return nil
    }

    func write(_ text: String) {
        switch target {
        case .screen: screen(text)
        case .file(let handle, _, _, _): handle.write(Data(text.utf8))
        }
    }

    /// Called after each result: a `.once` file is finished after the one it was for.
    func resultWritten() {
        if case .file(_, _, _, true) = target { close() }
    }

    /// Finishes a file: closes it and puts it in place.
    func close() {
        if case .file(let handle, let path, let temporary, _) = target {
            try? handle.close()
            if rename(temporary, path) != 0 { unlink(temporary) }
        }
        target = .screen
    }
}
