import Foundation

/// The environment a tracuu under test runs in. Nothing comes from the test runner:
/// TERM=xterm, LANG=C.UTF-8, PATH, and HOME and XDG_STATE_HOME in fresh folders of
/// their own (so no ~/.editrc and no real history is read), NO_COLOR and LC_* unset.
/// The folders are removed when the last reference goes; two runs that share one
/// environment share their history.
final class ShellEnvironment {
    let home: TemporaryFolder
    let stateHome: TemporaryFolder
    var variables: [String: String]   // exactly what the child gets

    init() throws {
        home = try TemporaryFolder("home")
        stateHome = try TemporaryFolder("state")
        variables = [
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": home.url.path,
            "XDG_STATE_HOME": stateHome.url.path,
        ]
    }

    /// Where the shell keeps its history: `$XDG_STATE_HOME/tracuu/history`.
    var historyFile: URL { stateHome.url.appendingPathComponent("tracuu/history") }

    /// Every file under HOME and XDG_STATE_HOME, relative to the folder it is in.
    var filesWritten: [String] {
        [home, stateHome].flatMap { folder in
            let walk = FileManager.default.enumerator(at: folder.url, includingPropertiesForKeys: nil)
            return (walk?.allObjects as? [URL] ?? [])
                .filter { !$0.hasDirectoryPath }
                .map { "\(folder.url.lastPathComponent)/\($0.path.dropFirst(folder.url.path.count + 1))" }
        }
    }
}

/// A folder under the system's temporary folder, removed with everything in it when
/// the last reference goes.
final class TemporaryFolder {
    let url: URL

    init(_ purpose: String) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-repl-\(purpose)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The `tracuu` that `swift build` made: beside this test bundle, else in `.build/debug`.
/// `TRACUU_TEST_BINARY=/path/to/tracuu swift test` runs the tests against another build.
func tracuuBinary() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["TRACUU_TEST_BINARY"] {
        guard FileManager.default.isExecutableFile(atPath: path) else { throw BinaryNotFound(searched: [path]) }
        return URL(fileURLWithPath: path)
    }
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let candidates = [
        bundle.deletingLastPathComponent().appendingPathComponent("tracuu"),
        root.appendingPathComponent(".build/debug/tracuu"),
    ]
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate
    }
    throw BinaryNotFound(searched: candidates.map(\.path))
}

struct BinaryNotFound: Error, CustomStringConvertible {
    let searched: [String]
    var description: String { "tracuu binary not found; looked in \(searched)" }
}
