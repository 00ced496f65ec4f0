import FileWriting
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Descriptor reading")
struct DescriptorReadingTests {
    @Test func aPipeIsReadToItsEndPastOneChunk() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let sent = [UInt8]((0..<100_000).map { UInt8($0 % 251) })
        let writeEnd = ends[1]
        let writer = Thread {
            _ = sent.withUnsafeBytes { Descriptor.writeAll(writeEnd, $0) }
            close(writeEnd)
        }
        writer.start()
        let got = try Descriptor.readAll(ends[0])
        close(ends[0])
        #expect(got == sent)
    }

    @Test func aFileIsReadWholeAndKnownAsARegularFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-read-\(UUID().uuidString)").path
        try Data("targets | count\n".utf8).write(to: URL(fileURLWithPath: path))
        let contents = try Descriptor.readFile(path)
        #expect(contents.bytes == Array("targets | count\n".utf8))
        #expect(contents.isRegularFile)
    }

    @Test func aFolderFailsAsIsADirectory() {
        #expect(throws: ReadFailure(code: EISDIR)) { try Descriptor.readFile(FileManager.default.temporaryDirectory.path) }
    }

    @Test func aMissingFileFailsWithItsErrno() {
        #expect(throws: ReadFailure(code: ENOENT)) { try Descriptor.readFile("/nonexistent/x.tq") }
        #expect(ReadFailure(code: ENOENT).reason == "no such file or directory")
    }
}
