import CEditLine
import FileWriting
#if canImport(Glibc)
import Glibc
#endif

/// Reads lines on a terminal through libedit: line editing with Vietnamese text, history
/// (Up/Down, Ctrl-R) and Tab completion.
///
/// libedit calls back into C function pointers that cannot capture Swift state; each
/// callback finds this object again through `EL_CLIENTDATA`. The object must therefore
/// outlive the `EditLine`, which `deinit` ends.
public final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    /// The prompt, kept in C memory: libedit reads it after `readLine` has returned to C.
    private var prompt: UnsafeMutablePointer<CChar>
    private let historyFile: HistoryFile?
    private let complete: (String) -> CompletionResult
    private let listCandidates: ([String]) -> String
    /// Said once when the history file cannot be read or written.
    public private(set) var historyWarning: String?
    /// Told the warning when it arises after start-up (when an entry cannot be saved).
    public var onWarning: ((String) -> Void)?

    /// Nil when libedit cannot start on this terminal.
    public init?(historyFile: HistoryFile?,
                 complete: @escaping (String) -> CompletionResult,
                 listCandidates: @escaping ([String]) -> String) {
        guard let el = tq_el_init("tracuu"), let h = history_init(), let p = strdup("tracuu> ") else { return nil }
        editLine = el
        history = h
        prompt = p
        self.historyFile = historyFile
        self.complete = complete
        self.listCandidates = listCandidates

        tq_history_set_size(history, Int32(historyFile?.limit ?? 2000)) // a new History holds 0 entries
        tq_history_set_unique(history, 1)
        loadHistory()

        tq_el_set_editor(el, "emacs")
        tq_el_set_history(el, history)
        tq_el_set_signal(el, 1)      // restores the terminal on signals, re-lays the line on resize
        tq_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        tq_el_set_getc(el, ComposingInput.readCharacter)   // NFD input edits as NFC
        tq_el_set_prompt(el) { el in
            guard let el, let me = EditLineReader.owner(of: el) else { return EditLineReader.emptyPrompt }
            return me.prompt
        }
        tq_el_add_function(el, "tracuu-complete", "complete the word before the cursor") { el, _ in
            guard let el, let me = EditLineReader.owner(of: el) else { return UInt8(CC_ERROR) }
            return me.completeWord(el)
        }
        tq_el_bind(el, "^I", "tracuu-complete")
        // Keys a readline user expects that libedit's native API leaves unbound.
        tq_el_bind(el, "^R", "em-inc-search-prev")
        tq_el_bind(el, "\\e[3~", "ed-delete-next-char")
        tq_el_bind(el, "\\e[H", "ed-move-to-beg")
        tq_el_bind(el, "\\e[F", "ed-move-to-end")
        tq_el_bind(el, "\\e[1~", "ed-move-to-beg")
        tq_el_bind(el, "\\e[4~", "ed-move-to-end")
        tq_el_bind(el, "\\e[1;5C", "em-next-word")
        tq_el_bind(el, "\\e[1;5D", "ed-prev-word")
    }

    deinit {
        history_end(history)
        el_end(editLine)
        free(prompt)
    }

    /// libedit must never get a NULL prompt: it would dereference it.
    nonisolated(unsafe) private static let emptyPrompt: UnsafeMutablePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        p.pointee = 0
        return p
    }()

    private static func owner(of el: OpaquePointer) -> EditLineReader? {
        guard let raw = tq_el_get_clientdata(el) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(raw).takeUnretainedValue()
    }

    public func readLine(prompt text: String) -> LineInput {
        if let p = strdup(text) {
            free(prompt)
            prompt = p
        }
        var count: Int32 = 0
        errno = 0
        guard let line = el_gets(editLine, &count) else {
            // NULL is both Ctrl-D (count 0) and an interrupted read (count -1, EINTR).
            return count == -1 && errno == EINTR ? .interrupted : .endOfInput
        }
        var s = String(cString: line)
        if s.hasSuffix("\n") { s.removeLast() }
        return .line(s)
    }

    // MARK: - History

    public func remember(_ entry: String) {
        guard !entry.isEmpty else { return }
        tq_history_enter(history, entry)
        appendToFile(entry)
    }

    /// The entries, oldest first, for `.history`.
    public var entries: [String] {
        var result: [String] = []
        var next = tq_history_step(history, 1)
        while let entry = next {
            result.append(String(cString: entry))
            next = tq_history_step(history, 0)
        }
        return result
    }

    private func loadHistory() {
        guard let file = historyFile, access(file.path, F_OK) == 0 else { return }
        if tq_history_load(history, file.path) == -1 {
            warn("cannot read the history file \(file.path); history will not be loaded")
            return
        }
        // Trim a file that has grown past the limit: rewrite it whole (AtomicFile), so a
        // crash or a full disk mid-way loses nothing.
        if tq_history_count(history) >= file.limit {
            do throws(WriteError) {
                try AtomicFile.write(bytes: EditLineReader.serialized(history).get(), to: file.path)
            } catch {
                warn("cannot trim the history file: \(error.description)")
            }
        }
    }

    /// Appends one entry to the file right away, so that two shells at once lose nothing
    /// and a crash loses at most the entry being typed. (`H_SAVE` would truncate the file.)
    private func appendToFile(_ entry: String) {
        guard let file = historyFile, historyWarning == nil else { return }
        if let problem = file.prepareFolder() {
            warn(problem + "; history will not be saved")
            return
        }
        guard let one = history_init() else { return }
        defer { history_end(one) }
        tq_history_set_size(one, 1)
        tq_history_enter(one, entry)
        let fd = open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            warn("cannot write the history file \(file.path): \(WriteError.reason(errno)); history will not be saved")
            return
        }
        defer { close(fd) }
        var bytes: [UInt8]
        switch EditLineReader.serialized(one) {
        case .success(let made): bytes = made
        case .failure(let problem):
            warn("cannot write the history file \(file.path): \(problem.reason); history will not be saved")
            return
        }
        // The `_HiStOrY_V2_` header opens the file once, not every entry.
        var status = stat()
        if fstat(fd, &status) == 0, status.st_size > 0, bytes.starts(with: EditLineReader.header.utf8) {
            bytes.removeFirst(EditLineReader.header.utf8.count)
        }
        if let code = bytes.withUnsafeBytes({ Descriptor.writeAll(fd, $0) }) {
            warn("cannot write the history file \(file.path): \(WriteError.reason(code)); history will not be saved")
        }
    }

    /// The first line of libedit's history format.
    static let header = "_HiStOrY_V2_\n"

    /// A history in libedit's file format, so that writing it can go through `Descriptor`
    /// and `AtomicFile`, which say when it fails; nil when it cannot be made. libedit writes
    /// only to a `FILE` with a real descriptor (it `fchmod`s it), hence an unnamed temporary file.
    static func serialized(_ history: OpaquePointer) -> Result<[UInt8], WriteError> {
        func failure() -> Result<[UInt8], WriteError> { .failure(WriteError(path: "a temporary file", errno: errno)) }
        guard let stream = tmpfile() else { return failure() }
        defer { fclose(stream) }
        guard tq_history_save_fp(history, stream) != -1, fflush(stream) == 0 else { return failure() }
        rewind(stream)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&chunk, 1, chunk.count, stream)
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return ferror(stream) == 0 ? .success(bytes) : failure()
    }

    /// Keeps the first warning (later appends are skipped) and passes it on.
    private func warn(_ message: String) {
        historyWarning = message
        onWarning?(message)
    }

    // MARK: - Completion

    private func completeWord(_ el: OpaquePointer) -> UInt8 {
        guard let info = el_line(el)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        // el_line gives the UTF-8 bytes of the line; the cursor is a byte offset.
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: cursor - buffer), as: UTF8.self)
        let result = complete(before)
        if result.candidates.isEmpty { return UInt8(CC_REFRESH_BEEP) }
        if let insertion = result.insertion {
            // el_deletestr counts wide characters (Unicode scalars), not Swift Characters:
            // an NFD letter is several.
            let count = result.replacing.unicodeScalars.count
            if count > 0 { el_deletestr(el, Int32(count)) }
            if el_insertstr(el, insertion) == -1 { return UInt8(CC_ERROR) }
            return UInt8(CC_REFRESH)
        }
        let listing = "\n" + listCandidates(result.candidates)
        _ = listing.withCString { fputs($0, tq_stdout()) }
        fflush(tq_stdout())
        return UInt8(CC_REDISPLAY)
    }
}
