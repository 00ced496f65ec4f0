import FileWriting

/// Where results go: the screen, or a file chosen with `.output FILE` (until `.output`
/// alone), `.once FILE` (for the next result only) or `-o FILE`.
///
/// A file is written whole or not at all (`AtomicFile`): into a temporary file beside it,
/// put in place when the output is done. In a script (`holdsFiles`) "done" means the whole
/// run went well: a run that fails on line 5 leaves last week's report as it was, and no
/// temporary file behind. At the prompt each file is put in place as soon as it is closed.
///
/// A write that fails (a full disk, a closed pipe) is kept in `failure` for the session to
/// report after the statement; a file that failed is never put in place. In a script it
/// takes no more results until the next `.output` or `.once`; at the prompt the results go
/// back to the screen.
final class OutputSink {
    private enum Target {
        case screen
        case file(AtomicFile, once: Bool)
        /// A file whose write failed: it is dropped, and so is what would have followed.
        case broken
    }

    private var target: Target = .screen
    private let screen: (String) throws -> Void
    /// Files finished but not yet put in place, oldest first.
    private var held: [AtomicFile] = []
    /// Whether finished files wait for the end of the run (`finish`) to be put in place.
    var holdsFiles = false
    /// The first failure since `takeFailure()`, as a sentence that names the path.
    private var failure: String?
    /// Whether a result went to where results go now (since the last redirect or close):
    /// the next result of the same run is set apart from it.
    private(set) var hasResult = false

    init(screen: @escaping (String) throws -> Void) {
        self.screen = screen
    }

    var isScreen: Bool {
        if case .screen = target { return true }
        return false
    }

    /// Starts a file; the reason when it cannot be written.
    func redirect(to path: String, once: Bool) -> String? {
        close()
        do {
            target = .file(try AtomicFile(path: path), once: once)
            hasResult = false
            return nil
        } catch {
            return error.description
        }
    }

    func write(_ text: String) {
        switch target {
        case .screen:
            do {
                try screen(text)
            } catch {
                note((error as? WriteError)?.description ?? "cannot write the results: \(error)")
            }
        case .file(let file, _):
            do {
                try file.write(text)
            } catch {
                file.discard()
                // In a script the run fails anyway; at the prompt, what follows is shown again.
                if holdsFiles {
                    target = .broken
                    note(error.description)
                } else {
                    target = .screen
                    note(error.description + "; results go to the screen again")
                }
            }
        case .broken:
            break
        }
    }

    /// Called after each result: a `.once` file is finished after the one it was for.
    func resultWritten() {
        hasResult = true
        if case .file(_, true) = target { close() }
    }

    /// Finishes the current file, if any: puts it in place, or holds it for `finish`.
    func close() {
        if case .file(let file, _) = target {
            if holdsFiles { held.append(file) } else { commit(file) }
            hasResult = false
        }
        target = .screen
    }

    /// The end of the run: the files held are put in place when it went well, and dropped
    /// (old files untouched) when it did not.
    func finish(keepingFiles: Bool) {
        close()
        let files = held
        held = []
        for file in files {
            if keepingFiles { commit(file) } else { file.discard() }
        }
    }

    /// The failure to report, once.
    func takeFailure() -> String? {
        defer { failure = nil }
        return failure
    }

    private func commit(_ file: AtomicFile) {
        do {
            try file.commit()
        } catch {
            note(error.description)
        }
    }

    private func note(_ message: String) {
        if failure == nil { failure = message }
    }
}
