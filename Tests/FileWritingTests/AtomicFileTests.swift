import FileWriting
import Foundation
import Testing

@Suite("AtomicFile")
struct AtomicFileTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theOldFileStaysUntilCommitAndNoTemporaryFileIsLeft() throws {
        let dir = try folder()
        let path = dir.appendingPathComponent("out.csv").path
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        let file = try AtomicFile(path: path)
        try file.write("new\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        try file.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.csv"])
    }

    @Test func discardKeepsTheOldFileAndRemovesTheTemporaryOne() throws {
        let dir = try folder()
        let path = dir.appendingPathComponent("out.csv").path
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        let file = try AtomicFile(path: path)
        try file.write("half")
        file.discard()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.csv"])
    }

    @Test func aDanglingSymlinkCreatesItsTarget() throws {
        let dir = try folder()
        let link = dir.appendingPathComponent("link.csv").path
        #expect(symlink("target.csv", link) == 0)
        try AtomicFile.write("x\n", to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.csv")
        #expect(try String(contentsOfFile: dir.appendingPathComponent("target.csv").path, encoding: .utf8) == "x\n")
    }

    @Test func aNewFileGetsTheUmaskMode() throws {
        let dir = try folder()
        let path = dir.appendingPathComponent("new.csv").path
        try AtomicFile.write("x\n", to: path)
        let mask = umask(0)
        umask(mask)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == Int(0o666 & ~mask))
    }

    @Test func errorsNameThePathAndTheCause() throws {
        let dir = try folder()
        #expect(throws: WriteError(path: dir.path, reason: "it is a folder; give a file name, as in \(dir.path)/results.csv")) {
            try AtomicFile.write("x", to: dir.path)
        }
        // Through a link of its own: a broken AtomicFile would replace the link, not the device.
        let full = dir.appendingPathComponent("full").path
        #expect(symlink("/dev/full", full) == 0)
        #expect(throws: WriteError(path: full, errno: ENOSPC)) {
            try AtomicFile.write("x", to: full)
        }
        #expect(WriteError(path: "/dev/full", errno: ENOSPC).description == "cannot write '/dev/full': no space left on device")
    }
}
