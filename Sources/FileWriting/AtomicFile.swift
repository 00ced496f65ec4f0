#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written whole or not at all: every path where tracuu writes a file (`-o`,
/// `.output`, `.once`, `ingest --out`, the history file when it is trimmed) goes through it.
///
/// The text goes into a temporary file in the same folder (`.report.csv.tmp-Ab12Cd`, hidden,
/// so a folder of data never loads it); `commit()` flushes it to the disk (`fsync`) and
/// renames it over the file, which is atomic on one file system: a reader sees the old file
/// or the new one, never half of one. Until then, and after any failure, the old file is
/// as it was, and `discard()` (or the end of the object) removes the temporary file.
///
/// The file a symlink points to is the one replaced (the link stays a link), and a file that
/// exists keeps its permissions (a `0600` report stays private); a new one gets `0666`
/// less the umask, as `>` in the shell gives. A path that is not a regular file, such as
/// `/dev/stdout` or a named pipe, is written straight to: it cannot be replaced, and what
/// reads it sees the bytes as they come.
public final class AtomicFile {
    /// The file as the user named it, for messages.
    public let path: String
    /// Where the bytes go in the end: `path` with its symlinks followed.
    public let destination: String
    /// The file being written; nil when writing straight to a device or pipe.
    private var temporary: String?
    private var fd: Int32
    private var finished = false

    /// Opens the temporary file; the reason when it cannot.
    public init(path: String) throws(WriteError) {
        self.path = path
        var status = stat()
        // A device or a pipe (following links, so /dev/stdout counts): written as it is.
        if stat(path, &status) == 0, !isRegular(status), !isFolder(status) {
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw WriteError(path: path, errno: errno) }
            self.destination = path
            self.fd = fd
            self.temporary = nil
            return
        }
        let destination = try AtomicFile.followingLinks(path)
        self.destination = destination

        var mode: mode_t
        var owner: (uid_t, gid_t)?
        if stat(destination, &status) == 0 {
            if isFolder(status) { throw WriteError(path: path, reason: "it is a folder; give a file name, as in \(AtomicFile.join(path, "results.csv"))") }
            mode = status.st_mode & 0o7777
            owner = (status.st_uid, status.st_gid)
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }

        let folder = AtomicFile.folder(of: destination)
        var template = Array(AtomicFile.join(folder, "." + AtomicFile.name(of: destination) + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard fd >= 0 else {
            let code = errno
            var folderStatus = stat()
            if code == ENOENT || (stat(folder, &folderStatus) == 0 && !isFolder(folderStatus)) {
                throw WriteError(path: path, reason: "there is no folder '\(folder)'")
            }
            throw WriteError(path: path, errno: code)
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // mkstemp makes the file 0600; give it the old file's mode (and owner, when allowed).
        if let (uid, gid) = owner { _ = fchown(fd, uid, gid) }
        if fchmod(fd, mode) != 0 {
            let code = errno
            close(fd)
            unlink(temporary)
            throw WriteError(path: path, errno: code)
        }
        self.fd = fd
        self.temporary = temporary
    }

    deinit { discard() }

    /// Adds text to the file; after a failure, the caller should `discard()`.
    public func write(_ text: String) throws(WriteError) {
        guard !finished else { return }
        if let code = Descriptor.writeAll(fd, text) { throw WriteError(path: path, errno: code) }
    }

    /// Adds bytes to the file.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(WriteError) {
        guard !finished else { return }
        if let code = Descriptor.writeAll(fd, bytes) { throw WriteError(path: path, errno: code) }
    }

    /// Puts the file in place: flushed to the disk, then renamed over the old one. On
    /// failure the old file is left as it was and the temporary file is removed.
    public func commit() throws(WriteError) {
        guard !finished else { return }
        finished = true
        guard let temporary else {
            if close(fd) != 0 { throw WriteError(path: path, errno: errno) }
            return
        }
        // A full disk often shows only now, when the file system allocates the blocks.
        if fsync(fd) != 0 || close(fd) != 0 {
            let code = errno
            close(fd)
            unlink(temporary)
            throw WriteError(path: path, errno: code)
        }
        if rename(temporary, destination) != 0 {
            let code = errno
            unlink(temporary)
            throw WriteError(path: path, errno: code)
        }
        // The rename itself is only durable once the folder is flushed too; a failure here
        // leaves the new file in place, so it is not worth an error.
        let folder = open(AtomicFile.folder(of: destination), O_RDONLY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// Gives up: the temporary file goes, the old file stays. Bytes already written to a
    /// device or pipe cannot be taken back.
    public func discard() {
        guard !finished else { return }
        finished = true
        close(fd)
        if let temporary { unlink(temporary) }
    }

    /// Writes `text` to `path` whole or not at all.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        let file = try AtomicFile(path: path)
        do {
            try file.write(text)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Writes `bytes` to `path` whole or not at all.
    public static func write(bytes: [UInt8], to path: String) throws(WriteError) {
        let file = try AtomicFile(path: path)
        do throws(WriteError) {
            var failure: WriteError?
            bytes.withUnsafeBytes { raw in
                do throws(WriteError) { try file.write(raw) } catch { failure = error }
            }
            if let failure { throw failure }
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    // MARK: - Paths

    /// The path with every symlink along its last component followed (a dangling one too:
    /// writing creates its target, as the shell's `>` does).
    static func followingLinks(_ path: String) throws(WriteError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw WriteError(path: path, errno: errno) }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : join(folder(of: current), target)
        }
        throw WriteError(path: path, errno: ELOOP)
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

private func isRegular(_ status: stat) -> Bool { status.st_mode & S_IFMT == S_IFREG }
private func isFolder(_ status: stat) -> Bool { status.st_mode & S_IFMT == S_IFDIR }
