import FileWriting
import Foundation

/// How a fuzz target reports a finding that is not a crash of its own (the fast and careful
/// loaders disagreeing): the reasons on standard error, then a trap, which libFuzzer records
/// as a crash with the input that caused it.
public enum Finding {
    public static func trap(ifAny reasons: [String]) {
        guard !reasons.isEmpty else { return }
        for reason in reasons { say("finding: \(reason)\n") }
        abort()
    }
}
