import FileWriting
import Foundation

/// The folder `tracuu ingest --out` writes: `articles.csv`, `targets.csv`, `metrics.csv`,
/// and a manifest of what it wrote.
///
/// Ingest replaces only files it wrote itself and that nobody changed since: the manifest
/// (`.tracuu-ingest`, hidden, so `--data` never loads it) lists each file with its size
/// and a checksum. A file it did not write, or that was edited afterwards, is refused
/// unless `--force`. And since the files it writes are data tracuu loads, an input that
/// is one of them, or an input folder that is the output folder, is refused: the next run
/// would read its own rows back and double them.
struct IngestOutput {
    static let names = ["articles", "targets", "metrics"].map { $0 + ".csv" }
    static let manifestName = ".tracuu-ingest"

    /// The folder as the user wrote it, for messages.
    let folder: String

    func path(of name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Why reading `inputs` and writing here would read this folder's own output; nil when it would not.
    func conflict(with inputs: [String]) -> String? {
        guard let out = IngestOutput.realPath(folder) else { return nil }   // not there yet: nothing in it is read
        for input in inputs {
            guard let real = IngestOutput.realPath(input) else { continue }
            if real == out {
                return "--out '\(folder)' is the input folder '\(input)': the next ingest would read its own output"
            }
            let parent = (real as NSString).deletingLastPathComponent
            if parent == out, IngestOutput.names.contains((real as NSString).lastPathComponent) {
                return "'\(input)' is one of the files --out writes: ingest would read its own output"
            }
        }
        return nil
    }

    /// The files here that ingest would replace but did not write (or that changed since),
    /// each as a sentence.
    func filesNotOurs(among names: [String]) -> [String] {
        let manifest = readManifest()
        var refused: [String] = []
        for name in names {
            let path = path(of: name)
            var status = stat()
            guard stat(path, &status) == 0 else { continue }   // not there: nothing to lose
            // Only a regular file can be one ingest wrote (and a device may never end).
            guard status.st_mode & S_IFMT == S_IFREG, let bytes = FileManager.default.contents(atPath: path) else {
                refused.append("'\(path)' was not written by tracuu ingest")
                continue
            }
            guard let recorded = manifest[name] else {
                refused.append("'\(path)' was not written by tracuu ingest")
                continue
            }
            if recorded != bytes.withUnsafeBytes({ IngestOutput.fingerprint($0) }) {
                refused.append("'\(path)' was changed since tracuu ingest wrote it")
            }
        }
        return refused
    }

    /// Writes every file, then puts them all in place, then the manifest; on a failure
    /// before the files are put in place, nothing here changes.
    func write(_ files: [(name: String, text: String)]) throws(WriteError) {
        var open: [(AtomicFile, String)] = []
        do throws(WriteError) {
            for file in files {
                let atomic = try AtomicFile(path: path(of: file.name))
                open.append((atomic, file.name))
                try atomic.write(file.text)
            }
            for (atomic, _) in open { try atomic.commit() }
        } catch {
            for (atomic, _) in open { atomic.discard() }
            throw error
        }
        var manifest = readManifest()
        for file in files {
            var text = file.text
            manifest[file.name] = text.withUTF8 { IngestOutput.fingerprint(UnsafeRawBufferPointer($0)) }
        }
        let lines = manifest.keys.sorted().map { "\($0)\t\(manifest[$0] ?? "")\n" }
        try AtomicFile.write(IngestOutput.manifestHeader + lines.joined(), to: path(of: IngestOutput.manifestName))
    }

    static let manifestHeader = "# written by tracuu ingest: the files it wrote here, with their size and checksum.\n"
        + "# tracuu ingest --out replaces only these, as long as they are unchanged (or with --force).\n"

    /// File name → fingerprint, from the manifest; empty when there is none.
    func readManifest() -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path(of: IngestOutput.manifestName)) else { return [:] }
        var entries: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { entries[String(parts[0])] = String(parts[1]) }
        }
        return entries
    }

    /// Size and 64-bit FNV-1a checksum: enough to tell a file from an edited copy of it.
    /// Read through a pointer: `Data`'s iterator costs more than the hash.
    static func fingerprint(_ bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return "\(bytes.count)\t" + String(hash, radix: 16)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(decoding: UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)), as: UTF8.self)
    }
}

extension IngestOutput {
    /// A folder beside `folder` for the hint: `data/` → `data-ingested/`.
    static func suggestedFolder(for folder: String) -> String {
        let trimmed = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        return trimmed + "-ingested/"
    }
}
