import FileWriting
import Foundation
import Synchronization

/// Writing to the process's standard output and error, unbuffered so that results and
/// diagnostics come out in the order they happen.
///
/// Every byte goes through `Descriptor.writeAll`, which reports a failure (a full disk, a
/// closed pipe) instead of trapping as `FileHandle.write` does. A failure that cannot be
/// thrown where it happens (writing a diagnostic, the banner) is remembered, and the process
/// exits with status 1 (`failed`).
public enum StandardStreams {
    private static let failure = Mutex(false)

    /// Results on standard output; the reason when they could not be written.
    public static func send(_ text: String) throws(WriteError) {
        if let code = Descriptor.writeAll(1, text) {
            noteFailure()
            throw WriteError(stream: "standard output", errno: code)
        }
    }

    /// Text on standard output whose failure is only remembered.
    public static func write(_ text: String) {
        if Descriptor.writeAll(1, text) != nil { noteFailure() }
    }

    /// Diagnostics on standard error: when even they cannot be written, there is nowhere
    /// left to say so, and the exit status is all that tells.
    public static func writeError(_ text: String) {
        if Descriptor.writeAll(2, text) != nil { noteFailure() }
    }

    /// Something was not written, or not put in place, where no error could be thrown:
    /// the process must exit with status 1 even if everything else went well.
    public static func noteFailure() {
        failure.withLock { $0 = true }
    }

    /// Whether a write to a stream, or a file put in place at the end, failed.
    public static var failed: Bool { failure.withLock { $0 } }

    /// A short reason for a file error, without Foundation's domain and code.
    public static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message).lowercased()
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError || ns.code == 260 {
            return "no such file"
        }
        return ns.localizedDescription
    }
}

/// The version `--version` and the banner print.
public enum TracuuVersion {
    public static let current = "0.1.0"
}
