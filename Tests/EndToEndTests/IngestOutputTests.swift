import Foundation
import Testing

/// `tracuu ingest --out`: it replaces only the files it wrote itself, never reads its own
/// output back, and writes all of its files or none (issue 10, items 3 and 5).
@Suite("tracuu ingest --out")
struct IngestOutputTests {
    static let seeds = IngestTests.seeds

    func contents(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func aFileIngestDidNotWriteIsNotReplaced() throws {
        let out = try temporaryFolder()
        let mine = out.appendingPathComponent("metrics.csv")
        try "id,indicator\nmine,hand made\n".write(to: mine, atomically: false, encoding: .utf8)
        let run = try runTracuu(["ingest", Self.seeds, "--out", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: '\(mine.path)' was not written by tracuu ingest"), "\(run.stderr)")
        #expect(run.stderr.contains("--force"))
        #expect(try contents(mine) == "id,indicator\nmine,hand made\n")
        // Nothing else was written either: all files or none.
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("targets.csv").path))

        let forced = try runTracuu(["ingest", Self.seeds, "--out", out.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try contents(mine).hasPrefix("id,"))
        #expect(try !contents(mine).contains("hand made"))
    }

    @Test func ingestReplacesWhatItWroteItselfAndLoadsOnceOnly() throws {
        let out = try temporaryFolder()
        #expect(try runTracuu(["ingest", Self.seeds, "--out", out.path]).status == 0)
        let again = try runTracuu(["ingest", Self.seeds, "--out", out.path])
        #expect(again.status == 0, "\(again.stderr)")
        let count = try runTracuu(["--data", out.path, "-c", "targets | count", "--format", "csv", "--no-header"])
        #expect(count.stdout == "16\n", "\(count.stderr)")
        #expect(count.stderr == "")
    }

    @Test func aFileChangedSinceIngestWroteItIsNotReplaced() throws {
        let out = try temporaryFolder()
        #expect(try runTracuu(["ingest", Self.seeds, "--out", out.path]).status == 0)
        let metrics = out.appendingPathComponent("metrics.csv")
        let edited = try contents(metrics) + "m9,Gio Linh,Quảng Trị,thu ngân sách,2021-Q2,12.5,tỉ đồng\n"
        try edited.write(to: metrics, atomically: false, encoding: .utf8)
        let run = try runTracuu(["ingest", Self.seeds, "--out", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("'\(metrics.path)' was changed since tracuu ingest wrote it"), "\(run.stderr)")
        #expect(try contents(metrics) == edited)
    }

    @Test func outIntoAnInputFolderIsRefused() throws {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(atPath: Self.seeds + "/thi-xa-quang-tri-2021.txt",
                                         toPath: folder.appendingPathComponent("qt.txt").path)
        let run = try runTracuu(["ingest", folder.path, "--out", folder.path + "/"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("--out '\(folder.path)/' is the input folder '\(folder.path)'"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["qt.txt"])
    }

    @Test func ingestNeverReadsItsOwnOutputAsInput() throws {
        let out = try temporaryFolder()
        #expect(try runTracuu(["ingest", Self.seeds, "--out", out.path]).status == 0)
        let metrics = out.appendingPathComponent("metrics.csv").path
        let run = try runTracuu(["ingest", Self.seeds, metrics, "--out", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("'\(metrics)' is one of the files --out writes"), "\(run.stderr)")
    }

    @Test func anOutThatIsAFileIsAnErrorNamingIt() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("plain")
        try "x".write(to: file, atomically: false, encoding: .utf8)
        let run = try runTracuu(["ingest", Self.seeds, "--out", file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("'\(file.path)'"), "\(run.stderr)")
        #expect(!run.stderr.contains("NSCocoaErrorDomain"), "\(run.stderr)")
    }

    @Test func aFullDiskIsAnErrorNamingTheFile() throws {
        let out = try temporaryFolder()
        // A link of the test's own to the device: never /dev/full itself.
        let metrics = out.appendingPathComponent("metrics.csv").path
        #expect(symlink("/dev/full", metrics) == 0)
        let refused = try runTracuu(["ingest", Self.seeds, "--out", out.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("'\(metrics)' was not written by tracuu ingest"), "\(refused.stderr)")
        let run = try runTracuu(["ingest", Self.seeds, "--out", out.path, "--force"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: cannot write '\(metrics)': no space left on device"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".tracuu-ingest").path))
    }

    @Test func filesThatCannotBeWrittenLeaveTheFolderAsItWas() throws {
        let out = try temporaryFolder()
        #expect(try runTracuu(["ingest", Self.seeds, "--out", out.path]).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let metrics = try contents(out.appendingPathComponent("metrics.csv"))
        let run = try runTracuuWhereFilesCannotGrow(["ingest", Self.seeds, "--out", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("file too large"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == before)
        #expect(try contents(out.appendingPathComponent("metrics.csv")) == metrics)
    }

    @Test func aFailedIngestWritesNothing() throws {
        let folder = try temporaryFolder()
        try Data([0x54, 0xEA, 0x6E, 0x0A]).write(to: folder.appendingPathComponent("cp1258.txt"))
        let out = try temporaryFolder()
        let run = try runTracuu(["ingest", folder.path, Self.seeds, "--out", out.path])
        #expect(run.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [])
        #expect(run.stderr.contains("nothing was written to '\(out.path)'"), "\(run.stderr)")
    }
}
