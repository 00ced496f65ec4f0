#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Ctrl-C, as a counter the shell and the evaluator can look at.
///
/// The signal handler only bumps an atomic counter: nothing else is safe inside a handler.
/// It is installed without SA_RESTART, so a Ctrl-C at the prompt makes libedit's read fail
/// and `el_gets` return (the line is dropped); during a query the evaluator polls
/// `isRequested` between chunks of rows and stops.
public enum Interrupt {
    static let count = Atomic<Int>(0)

    public static func installHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupt.count.add(1, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    public static var isRequested: Bool { count.load(ordering: .relaxed) > 0 }

    public static func reset() { count.store(0, ordering: .relaxed) }
}
