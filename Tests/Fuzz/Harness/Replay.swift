import FileWriting
import Foundation

/// What the fuzz targets do when built without libFuzzer: run each file given as an
/// argument (or every file of a folder given) through the harness, to replay a crash or a
/// corpus under a debugger or a plain build.
public enum Replay {
    /// Every regular file the arguments name, folders opened one level, in order.
    public static func files(_ arguments: [String]) -> [String] {
        var files: [String] = []
        for path in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += entries.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// Runs `body` on each file's bytes; the exit status is 1 when any file was unreadable.
    public static func main(_ arguments: [String], _ body: ([UInt8]) -> Void) -> Int32 {
        guard !arguments.isEmpty else {
            say("usage: give the files (or folders) to replay\n")
            return 2
        }
        var status: Int32 = 0
        for file in files(arguments) {
            guard let data = FileManager.default.contents(atPath: file) else {
                say("\(file): cannot be read\n")
                status = 1
                continue
            }
            body([UInt8](data))
            say("\(file): ok\n")
        }
        return status
    }
}
