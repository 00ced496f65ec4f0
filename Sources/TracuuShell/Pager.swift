import FileWriting
import Foundation
import LineEditing
#if canImport(Glibc)
import Glibc
#endif

/// Shows long output through `$PAGER` (default `less -FRX`: quit at once when it fits,
/// keep colours, leave the text on the screen), as psql does; `LESS=FRX` when `LESS` is
/// unset, as git sets it.
///
/// The pager reads its keys from the terminal, so it must run in the terminal's foreground
/// process group: tracuu's own, as `popen` in psql leaves it (Foundation's `Process` puts a
/// child in a group of its own, where reading the terminal stops it with SIGTTIN, and the
/// output was lost). The terminal is handed over as it is and taken back afterwards: its
/// modes are restored (a pager killed mid-way may leave it raw) and, should the pager have
/// moved the foreground elsewhere, the foreground comes back to tracuu.
enum Pager {
    static func show(_ text: String, fallback: (String) -> Void) {
        var environment = ProcessInfo.processInfo.environment
        let command = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -FRX"
        // As git does: a plain `PAGER=less` still shows colours instead of `ESC[2m`.
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return fallback(text) }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)

        // No process group of its own (no POSIX_SPAWN_SETPGROUP): the pager is in the foreground.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        // SIGPIPE is ignored here while writing; the pager gets the defaults back.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let terminal = Terminal.modes(of: 0)
        let previousPipe = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previousPipe) }

        let words: [String] = ["sh", "-c", command]
        let argv = words.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child = pid_t()
        let failure = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, envp)
        close(readEnd)
        guard failure == 0 else {
            close(writeEnd)
            return fallback(text)
        }
        // A pager that quits before the end (`q`) closes the pipe: EPIPE then only means that.
        _ = Descriptor.writeAll(writeEnd, text)
        close(writeEnd)
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1 && errno == EINTR {}
        Terminal.takeBack(0, modes: terminal)
        // 127: the shell found no such command, so nothing was shown.
        if status & 0x7F == 0, (status >> 8) & 0xFF == 127 { fallback(text) }
    }
}

extension Terminal {
    /// The terminal's modes, to put back after another program had it; nil when `fd` is no terminal.
    static func modes(of fd: Int32) -> termios? {
        var modes = termios()
        return tcgetattr(fd, &modes) == 0 ? modes : nil
    }

    /// Takes the terminal back from a program that ran in the foreground: its modes as they
    /// were, and the foreground process group tracuu's own again.
    static func takeBack(_ fd: Int32, modes: termios?) {
        guard var modes else { return }
        // From the background, changing the terminal raises SIGTTOU; ignore it meanwhile.
        let previous = signal(SIGTTOU, SIG_IGN)
        defer { signal(SIGTTOU, previous) }
        if tcgetpgrp(fd) != getpgrp() { _ = tcsetpgrp(fd, getpgrp()) }
        _ = tcsetattr(fd, TCSADRAIN, &modes)
    }
}
