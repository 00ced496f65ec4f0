import Foundation

/// Where results go: the screen, or a file chosen with `.output FILE` (until `.output`
/// alone) or `.once FILE` (for the next result only).
final class OutputSink {
    private enum Target {
        case screen
        case file(FileHandle, path: String, once: Bool)
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

    /// Opens (creating or emptying) the file; the reason when it cannot.
    func redirect(to path: String, once: Bool) -> String? {
        close()
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            return "cannot write '\(path)'"
        }
        target = .file(handle, path: path, once: once)
        return nil
    }

    func write(_ text: String) {
        switch target {
        case .screen: screen(text)
        case .file(let handle, _, _): handle.write(Data(text.utf8))
        }
    }

    /// Called after each result: a `.once` file is closed after the one it was for.
    func resultWritten() {
        if case .file(_, _, true) = target { close() }
    }

    func close() {
        if case .file(let handle, _, _) = target { try? handle.close() }
        target = .screen
    }
}
