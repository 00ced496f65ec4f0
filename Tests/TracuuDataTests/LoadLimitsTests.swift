import Foundation
import Testing
import TracuuData
import TracuuDiagnostics

/// Files made to cost a loader too much: wide headers, endless quoted fields, things in
/// a folder that are not files. Each must be refused at once, with a short message.
/// The sizes are ones that hang or take gigabytes when the bug is back.
@Suite struct LoadLimitsTests {
    @Test(arguments: [5_000, 20_000])
    func aHeaderOfThousandsOfUnknownColumnsStopsAtTheLimit(_ columns: Int) {
        let header = (0..<columns).map { "column\($0)" }.joined(separator: ",")
        let errors = loadErrors("metrics.csv", header + "\n" + String(repeating: "1,", count: columns) + "\n")
        #expect(errors.count == 11)
        #expect(errors.filter { $0.severity == .note }.count == 1)
        #expect(errors.first?.message == "unknown column 'column0' in metrics")
        #expect(errors.first?.place?.column == 1)
    }

    @Test func aQuotedFieldThatNeverClosesIsReportedWithoutCopyingIt() throws {
        let field = [UInt8](repeating: UInt8(ascii: "x"), count: 4 << 20) // the bug copied it all, many times over
        let file = bytes("id,district\nm1,\"") + field
        var catalog = Catalog()
        var errors: [Diagnostic] = []
        do {
            _ = try catalog.load(contents: file, fileName: "metrics.csv")
        } catch {
            errors = error.all
        }
        let place = try #require(errors.first?.place)
        #expect(errors.first?.message == "this quoted field is never closed")
        #expect((place.line, place.column) == (2, 4))
        #expect(place.lineText.utf8.count < 2 * Place.keptAround)
        #expect(place.lineText.hasSuffix("…"))
    }

    @Test func aPlaceFarAlongALongLineKeepsAScreenAroundItsColumn() throws {
        let long = String(repeating: "ả", count: 100_000)
        let errors = loadErrors("metrics.csv", "id,value\n\(long),x\n")
        let place = try #require(errors.first?.place)
        #expect(place.column == 100_002)
        #expect(place.lineText.hasPrefix("…"))
        #expect(place.lineText.hasSuffix("ả,x"))
        #expect(place.lineText.utf8.count < 2 * Place.keptAround + 10)
        #expect(rendered(errors[0]).contains("│ …ảảả"))
    }

    @Test func aFIFOGivenAsAFileIsRefusedAtOnce() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("metrics.csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        var catalog = Catalog()
        let errors = loadErrors(path: fifo, into: &catalog)
        #expect(errors.map(\.message) == ["cannot read '\(fifo)': it is a FIFO (a named pipe), not a regular file"])
    }

    @Test func aFIFOInAFolderIsPassedOverWithAWarning() throws {
        let folder = try TemporaryFolder()
        #expect(mkfifo(folder.path("metrics.csv"), 0o600) == 0)
        try folder.write("targets.csv", "id,kind\nt1,goal\n")
        var catalog = Catalog()
        let report = try catalog.load(path: folder.url.path)
        #expect(report.warnings.map(\.message) == ["'\(folder.path("metrics.csv"))' is not loaded: it is a FIFO (a named pipe), not a regular file"])
        #expect(catalog.datasets["targets"]?.rowCount == 1)
    }

    @Test func aSymlinkToADeviceIsNotReadAsAnEmptyFile() throws {
        let folder = try TemporaryFolder()
        let link = folder.path("metrics.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/zero")
        var catalog = Catalog()
        let errors = loadErrors(path: link, into: &catalog)
        #expect(errors.map(\.message) == ["cannot read '\(link)': it is a device, not a regular file"])
    }
}

/// A folder of its own under the temporary directory, removed when the test is done.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
}

/// The diagnostics loading a path throws, or none.
func loadErrors(path: String, into catalog: inout Catalog) -> [Diagnostic] {
    do {
        _ = try catalog.load(path: path)
        return []
    } catch {
        return error.all
    }
}
