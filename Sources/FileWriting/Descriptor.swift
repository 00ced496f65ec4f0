#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing bytes to an open file descriptor in full.
///
/// `write(2)` may take only part of the bytes, be interrupted by a signal, or (on a
/// descriptor someone made non-blocking) ask to be tried again; only a real error stops it.
/// Foundation's `FileHandle.write(_:)` has no way to report that error and traps instead,
/// so every byte tracuu writes goes through here.
public enum Descriptor {
    /// Writes all of `bytes`; the errno of the failure, or nil when all were written.
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let written = write(fd, next, left)
            if written > 0 {
                next += written
                left -= written
                continue
            }
            let code = written == 0 ? EIO : errno
            switch code {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                _ = poll(&ready, 1, -1)
            default:
                return code
            }
        }
        return nil
    }

    /// Writes the UTF-8 of `text`; the errno of the failure, or nil.
    public static func writeAll(_ fd: Int32, _ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { writeAll(fd, UnsafeRawBufferPointer($0)) }
    }
}
