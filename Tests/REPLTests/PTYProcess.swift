import Foundation
import PTYSupport
#if canImport(Glibc)
import Glibc
#endif

/// A program running on a pseudo-terminal of its own, typed at and read like a person would.
///
/// The child starts a new session (`setsid`) and opens the slave without `O_NOCTTY`, so
/// the pseudo-terminal becomes its controlling terminal: Ctrl-C typed into the master
/// raises SIGINT in the child alone, and libedit's `kill(0, signal)` cannot reach the
/// test runner. Signal mask and dispositions are reset in the child, so it does not
/// inherit an ignored SIGINT from whatever started `swift test`.
///
/// Nothing here waits without a deadline: `expect` and `waitExit` give up after their
/// timeout, and the child is killed (SIGKILL) if it is still running when this goes away.
final class PTYProcess {
    let pid: pid_t
    private let master: Int32               // our end of the pseudo-terminal
    private var text = TerminalText()       // everything the child wrote, controls removed
    private var consumed = 0                // bytes of `text` that earlier expectations matched
    private var reaped: Int32?              // the wait status, once the child has been waited for
    private var closed = false              // the slave side is gone: the child (and its children) exited

    /// Starts `executable` with exactly `environment` (nothing is inherited) on a new
    /// pseudo-terminal of `rows` × `cols`.
    init(executable: URL, arguments: [String] = [], environment: [String: String],
         rows: UInt16 = 24, cols: UInt16 = 80) throws {
        var name = [CChar](repeating: 0, count: 128)
        let master = ptysupport_open(&name, name.count)
        guard master >= 0 else { throw PTYError("cannot open a pseudo-terminal", errno: errno) }
        let slave = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var size = winsize(ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Done in the child after setsid(): the first terminal it opens becomes its controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        let flags = Int32(ptysupport_spawn_setsid_flag()) | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child = pid_t()
        let failure = posix_spawn(&child, executable.path, &actions, &attributes, argv, envp)
        guard failure == 0 else {
            close(master)
            throw PTYError("cannot start \(executable.path)", errno: failure)
        }
        self.master = master
        self.pid = child
    }

    deinit {
        if reaped == nil {
            kill(-pid, SIGKILL)   // its process group: the child leads a session of its own
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }


    /// Sends `text` as typed keys (UTF-8), draining the child's output meanwhile so
    /// neither side can block the other on a full buffer.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        let deadline = ContinuousClock.now + .seconds(5)
        while sent < bytes.count, ContinuousClock.now < deadline {
            var ready = pollfd(fd: master, events: Int16(POLLOUT), revents: 0)
            if poll(&ready, 1, 20) > 0, ready.revents & Int16(POLLOUT) != 0 {
                let chunk = min(256, bytes.count - sent)
                let written = bytes[sent..<(sent + chunk)].withUnsafeBytes { write(master, $0.baseAddress, chunk) }
                if written > 0 { sent += written } else if errno != EINTR && errno != EAGAIN { return }
            }
            drain(waiting: 0)
        }
    }

    /// Presses `key`, `times` times in a row.
    func press(_ key: Key, times: Int = 1) {
        type(String(repeating: key.rawValue, count: times))
    }

    /// Tells the child its terminal is now `rows` × `cols` (TIOCSWINSZ, then SIGWINCH).
    func resize(rows: UInt16, cols: UInt16) {
        var size = winsize(ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        if reaped == nil { kill(pid, SIGWINCH) }
    }


    /// Whether the terminal is in canonical ("cooked") mode, where the kernel collects a
    /// line (echoing, erasing on Backspace) before the program reads it. A line editor
    /// turns it off while it waits for keys. The master reports the slave's settings.
    var isCanonical: Bool {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { return true }
        return settings.c_lflag & tcflag_t(ICANON) != 0
    }

    /// Waits until the program reads keys one by one (canonical mode off). libedit prints
    /// its prompt first and switches modes only when it reads the first key, so keys typed
    /// as soon as the prompt shows would meet the kernel's line editing instead.
    func waitForKeyByKeyInput(timeout: Duration = .seconds(15)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while isCanonical {
            if closed || ContinuousClock.now >= deadline { return false }
            drain(waiting: 5)
        }
        return true
    }

    /// Everything the child has written so far, without terminal controls.
    var output: String { text.string }

    /// What the child wrote after the last match.
    var unmatched: String { String(decoding: text.bytes[consumed...], as: UTF8.self) }

    /// Waits until `needle` appears in the output after the last match; the output up to
    /// the end of the match counts as matched. False on timeout or once the child has
    /// exited without writing it.
    @discardableResult
    func expect(_ needle: String, timeout: Duration = .seconds(15)) -> Bool {
        read(untilAnyOf: [needle], timeout: timeout) != nil
    }

    /// Waits for whichever of `needles` appears first after the last match. Returns its
    /// index and the text from the last match to the end of this one, or nil on timeout
    /// or once the child has exited.
    func read(untilAnyOf needles: [String], timeout: Duration = .seconds(15)) -> (index: Int, text: String)? {
        let patterns = needles.map { Array($0.utf8) }
        let deadline = ContinuousClock.now + timeout
        while true {
            let found = patterns.enumerated().compactMap { index, pattern in
                firstRange(of: pattern).map { (index: index, range: $0) }
            }.min { $0.range.lowerBound < $1.range.lowerBound }
            if let found {
                let matched = String(decoding: text.bytes[consumed..<found.range.upperBound], as: UTF8.self)
                consumed = found.range.upperBound
                return (found.index, matched)
            }
            if closed || ContinuousClock.now >= deadline { return nil }
            drain(waiting: 20)
        }
    }

    /// Waits until every one of `needles` has appeared after the last match, in any
    /// order; the output up to the furthest of them counts as matched.
    func expect(allOf needles: [String], timeout: Duration = .seconds(15)) -> Bool {
        let patterns = needles.map { Array($0.utf8) }
        let deadline = ContinuousClock.now + timeout
        while true {
            let ranges = patterns.compactMap { firstRange(of: $0) }
            if ranges.count == patterns.count {
                consumed = ranges.map(\.upperBound).max() ?? consumed
                return true
            }
            if closed || ContinuousClock.now >= deadline { return false }
            drain(waiting: 20)
        }
    }

    /// The first place `pattern` occurs in the output after the last match.
    private func firstRange(of pattern: [UInt8]) -> Range<Int>? {
        let bytes = text.bytes
        guard !pattern.isEmpty, bytes.count - consumed >= pattern.count else { return nil }
        for start in consumed...(bytes.count - pattern.count)
        where bytes[start] == pattern[0] && bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
            return start..<(start + pattern.count)
        }
        return nil
    }

    /// Reads what the child has written, waiting up to `milliseconds` for something to
    /// arrive. Notes when the slave side has closed (read fails with EIO).
    private func drain(waiting milliseconds: Int32) {
        var wait = milliseconds
        while !closed {
            var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, wait) > 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                text.append(buffer[0..<count])
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                closed = true
            }
            wait = 0
        }
    }


    /// Waits for the child to exit and returns its exit status, or minus the signal that
    /// killed it. On timeout the child is killed and the result is nil.
    func waitExit(timeout: Duration = .seconds(15)) -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while reaped == nil {
            if ContinuousClock.now >= deadline {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                var status: Int32 = 0
                waitpid(pid, &status, 0)
                reaped = status
                return nil
            }
            reap()
            if reaped == nil { drain(waiting: 20) }
        }
        drain(waiting: 0)
        return exitStatus
    }

    /// The exit status (or minus the signal) if the child has been waited for.
    var exitStatus: Int32? {
        guard let status = reaped else { return nil }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : -signal
    }

    /// How the child is doing, for failure messages.
    var state: String {
        reap()
        switch exitStatus {
        case nil: return closed ? "closed its terminal" : "still running"
        case let status? where status < 0: return "killed by signal \(-status)"
        case let status?: return "exited with status \(status)"
        }
    }

    private func reap() {
        guard reaped == nil else { return }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { reaped = status }
    }
}

/// Keys as a terminal in its normal (not application) cursor mode sends them.
enum Key: String {
    case up = "\u{1B}[A"
    case down = "\u{1B}[B"
    case right = "\u{1B}[C"
    case left = "\u{1B}[D"
    case backspace = "\u{7F}"
    case tab = "\t"
    case enter = "\r"
    case ctrlC = "\u{03}"
    case ctrlD = "\u{04}"
    case ctrlR = "\u{12}"
}

/// A system call that failed while setting up a pseudo-terminal.
struct PTYError: Error, CustomStringConvertible {
    let description: String

    init(_ what: String, errno code: Int32) {
        description = "\(what): \(String(cString: strerror(code)))"
    }
}
