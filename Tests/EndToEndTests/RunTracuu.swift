import Foundation

/// What a run of the built `tracuu` binary printed, and how it ended.
struct Run {
    let stdout: String
    let stderr: String
    let status: Int32
}

/// Runs the `tracuu` that `swift build` made, beside this test bundle.
/// `stdoutTo` and `stderrTo` send a stream to a file (such as `/dev/full`) instead of a pipe;
/// what the run printed there is then "".
func runTracuu(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
               stdoutTo: String? = nil, stderrTo: String? = nil) throws -> Run {
    let process = Process()
    process.executableURL = try tracuuBinary()
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = try stdoutTo.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? out
    process.standardError = try stderrTo.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? err
    if stdoutTo != nil { try out.fileHandleForWriting.close() }
    if stderrTo != nil { try err.fileHandleForWriting.close() }
    process.standardInput = input
    try process.run()
    return finish(process, stdin: stdin, input: input, out: out, err: err)
}

/// Feeds the child its input and reads both of its pipes at the same time, each on its own
/// thread: read one after the other, a child that fills the second pipe (64 KB) while the
/// test waits on the first never ends.
private func finish(_ process: Process, stdin: String?, input: Pipe, out: Pipe, err: Pipe) -> Run {
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data(), errData = Data()
    DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
    DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
    DispatchQueue.global().async(group: group) {
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
    }
    group.wait()
    process.waitUntilExit()
    return Run(stdout: String(decoding: outData, as: UTF8.self),
               stderr: String(decoding: errData, as: UTF8.self),
               status: process.terminationStatus)
}

/// Runs a bash command line with `$TRACUU` set to the binary, for what only a shell can
/// set up: `-f <(…)`, standard input from a folder.
func runInBash(_ command: String, in folder: URL? = nil) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", command]
    var env = ProcessInfo.processInfo.environment
    env["TRACUU"] = try tracuuBinary().path
    process.environment = env
    if let folder { process.currentDirectoryURL = folder }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    return finish(process, stdin: nil, input: input, out: out, err: err)
}

struct BinaryNotFound: Error, CustomStringConvertible {
    let searched: [String]
    var description: String { "tracuu binary not found; looked in \(searched)" }
}

func tracuuBinary() throws -> URL {
    let fm = FileManager.default
    var candidates: [URL] = []
    // The test bundle sits in the build folder next to the products.
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("tracuu"))
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(root.appendingPathComponent(".build/debug/tracuu"))
    for c in candidates where fm.isExecutableFile(atPath: c.path) { return c }
    throw BinaryNotFound(searched: candidates.map(\.path))
}

/// A fresh temporary folder for a test's files.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs tracuu where no regular file can grow (`ulimit -f 0`; tracuu ignores SIGXFSZ): every write
/// to a file fails with EFBIG ("file too large"), as on a full disk, while pipes still work.
func runTracuuWhereFilesCannotGrow(_ arguments: [String], stdin: String? = nil) throws -> Run {
    let quoted = try ([tracuuBinary().path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "ulimit -f 0 && exec " + quoted.joined(separator: " ")]
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    return finish(process, stdin: stdin, input: input, out: out, err: err)
}
