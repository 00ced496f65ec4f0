#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file into one byte array.
///
/// `[UInt8](Data(contentsOf:))` holds the file twice at the peak (the `Data`, then its
/// copy); reading straight into the array's storage holds it once, which for a 250 MiB
/// file of articles is the difference between the load's peak memory and twice that.
///
/// Only regular files are read. A FIFO named `metrics.csv` would block the load forever
/// and `/dev/zero` would read as empty (its size is 0), so anything else is refused,
/// saying what it is. The file is opened without blocking, so opening a FIFO with no
/// writer returns at once too.
enum FileBytes {
    struct Failure: Error {
        let reason: String
    }

    /// The size of a file in bytes; 0 when it cannot be told.
    static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// What a path is when it is not a regular file ("a FIFO", "a device"), or nil for a
    /// regular file (following symlinks) or a path that cannot be looked at.
    static func notARegularFile(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return kind(of: info.st_mode)
    }

    /// The reason a file of this mode is not read, or nil for a regular file.
    private static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "it is a folder"
        case S_IFIFO: return "it is a FIFO (a named pipe), not a regular file"
        case S_IFCHR, S_IFBLK: return "it is a device, not a regular file"
        case S_IFSOCK: return "it is a socket, not a regular file"
        default: return "it is not a regular file"
        }
    }

    static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        if let kind = kind(of: info.st_mode) { throw Failure(reason: kind) }
        let size = Int(info.st_size)
        var failure: String?
        let bytes = [UInt8](unsafeUninitializedCapacity: max(size, 1)) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            var done = 0
            while done < size {
                let n = Glibc.read(fd, base + done, size - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    break
                }
                if n == 0 { break }       // the file shrank while being read
                done += n
            }
            count = done
        }
        if let failure { throw Failure(reason: failure) }
        return bytes
    }
}
