#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A write that did not happen: what it was for (a file, or standard output) and why,
/// said in one sentence, as in `cannot write 'report.csv': no space left on device`.
public struct WriteError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file as the user named it, or nil for a standard stream.
    public let path: String?
    /// What was written to, for the sentence: `'report.csv'` or `to standard output`.
    public let target: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.target = "'\(path)'"
        self.reason = reason
    }

    public init(path: String, errno code: Int32) {
        self.init(path: path, reason: WriteError.reason(code))
    }

    /// A standard stream: `standard output`, `standard error`.
    public init(stream name: String, errno code: Int32) {
        self.path = nil
        self.target = "to " + name
        self.reason = WriteError.reason(code)
    }

    public var description: String { "cannot write \(target): \(reason)" }

    /// The C library's words for an errno, lower case to sit inside a sentence.
    public static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }
}
