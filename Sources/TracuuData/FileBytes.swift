#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file into one byte array.
///
/// `[UInt8](Data(contentsOf:))` holds the file twice at the peak (the `Data`, then its
/// copy); reading straight into the array's storage holds it once, which for a 250 MiB
/// file of articles is the difference between the load's peak memory and twice that.
enum FileBytes {
    struct Failure: Error {
        let reason: String
    }

    /// The size of a file in bytes; 0 when it cannot be told.
    static func size(of path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    static func read(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(reason: String(cString: strerror(errno))) }
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
