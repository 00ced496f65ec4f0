import Foundation
import Testing
import TracuuDiagnostics
import TracuuOutput
import TracuuShell

/// Every `examples/queries/NAME.tq` is run over the bundled sample as the command line runs
/// it; what it prints must equal `NAME.out` (and its errors `NAME.err`, when it has any).
///
/// After a deliberate change, rewrite the expected files and read the diff:
///
///     TRACUU_UPDATE_GOLDEN=1 swift test --filter GoldenTests
@Suite("Golden queries")
struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/queries")

    static let queryFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".tq") }.sorted()
    }()

    @Test func thereAreGoldenFiles() {
        #expect(Self.queryFiles.count >= 10)
    }

    @Test(arguments: queryFiles)
    func golden(_ name: String) throws {
        let path = Self.folder.appendingPathComponent(name)
        let text = try String(contentsOf: path, encoding: .utf8)
        let format = Self.format(declaredIn: text)
        var out = "", err = ""
        let (catalog, problems) = DataSetup.catalog(dataPaths: [])
        #expect(problems.isEmpty)
        var settings = Settings()
        settings.format = format
        let session = Session(catalog: catalog, settings: settings, write: { out += $0 }, writeError: { err += $0 })
        // As `-f` reads it: relative paths in the script (`.load ../progress`) mean its folder.
        session.runScripts([SourceFile(name: "examples/queries/\(name)", text: text, folder: "examples/queries")])

        let base = path.deletingPathExtension()
        try Self.check(out, against: base.appendingPathExtension("out"))
        try Self.check(err, against: base.appendingPathExtension("err"))
    }

    /// A first line `-- format: csv` picks the output format; tables otherwise.
    static func format(declaredIn text: String) -> OutputFormat {
        guard let first = text.split(separator: "\n").first, first.hasPrefix("-- format:") else { return .table }
        let name = first.dropFirst("-- format:".count).trimmingCharacters(in: .whitespaces)
        return OutputFormat(rawValue: name) ?? .table
    }

    static func check(_ actual: String, against file: URL) throws {
        let exists = FileManager.default.fileExists(atPath: file.path)
        if ProcessInfo.processInfo.environment["TRACUU_UPDATE_GOLDEN"] != nil {
            if actual.isEmpty {
                if exists { try FileManager.default.removeItem(at: file) }
            } else {
                try actual.write(to: file, atomically: true, encoding: .utf8)
            }
            return
        }
        let expected = exists ? try String(contentsOf: file, encoding: .utf8) : ""
        #expect(actual == expected, "\(file.lastPathComponent) differs; run with TRACUU_UPDATE_GOLDEN=1 and read the diff")
    }
}
