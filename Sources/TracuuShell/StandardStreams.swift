import Foundation

/// Writing to the process's standard output and error, unbuffered so that results and
/// diagnostics come out in the order they happen.
public enum StandardStreams {
    public static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

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
