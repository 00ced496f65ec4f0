#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read that failed, with the C library's errno and its words.
public struct ReadFailure: Error, Equatable, Sendable {
    public let code: Int32
    public var reason: String { WriteError.reason(code) }

    public init(code: Int32) { self.code = code }
}

/// What a file held, and whether it was a plain file on disk (a script there has a folder
/// its relative paths can mean) rather than a pipe, a terminal or `/dev/stdin`.
public struct FileContents: Sendable {
    public let bytes: [UInt8]
    public let isRegularFile: Bool

    public init(bytes: [UInt8], isRegularFile: Bool) {
        self.bytes = bytes
        self.isRegularFile = isRegularFile
    }
}

/// Reading a file or a descriptor to its end with `read(2)`.
///
/// Foundation's `String(contentsOfFile:)` asks for the size first and fails on pipes
/// (`-f <(…)`, `/dev/stdin`), and `FileHandle.readDataToEndOfFile()` traps when standard
/// input is a folder; reading until `read` says 0 works on every kind of file and turns
/// every failure into an errno the caller can put in a sentence.
extension Descriptor {
    /// Every byte left on `fd`, read until the end.
    public static func readAll(_ fd: Int32) throws(ReadFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            let failure = got < 0 ? errno : 0
            if got > 0 { bytes.append(contentsOf: chunk[..<got]) }
            if got > 0 { continue }
            if got == 0 { return bytes }
            switch failure {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                _ = poll(&ready, 1, -1)
            default:
                throw ReadFailure(code: failure)
            }
        }
    }

    /// The whole of the file at `path`; a folder fails as EISDIR.
    public static func readFile(_ path: String) throws(ReadFailure) -> FileContents {
        var fd: Int32
        repeat { fd = open(path, O_RDONLY | O_CLOEXEC) } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw ReadFailure(code: errno) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw ReadFailure(code: errno) }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR { throw ReadFailure(code: EISDIR) }
        return FileContents(bytes: try readAll(fd), isRegularFile: kind == S_IFREG)
    }
}
