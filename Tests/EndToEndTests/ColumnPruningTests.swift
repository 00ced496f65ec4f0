import Foundation
import Testing

/// With `--data` and a script, only the fields its queries name are stored. Every golden
/// query, run that way over the same data as files, must print exactly its expected output.
@Suite("Column pruning")
struct ColumnPruningTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let queries = root.appendingPathComponent("examples/queries")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: queries.path)) ?? []
        // Table and CSV goldens; JSON and Markdown ones too (format from their first line).
        return names.filter { $0.hasSuffix(".tq") }.sorted()
    }()

    @Test(arguments: files)
    func goldenOutputFromFilesWithPruning(_ name: String) throws {
        let script = Self.queries.appendingPathComponent(name)
        let text = try String(contentsOf: script, encoding: .utf8)
        var arguments = ["--data", Self.root.appendingPathComponent("examples/data").path, "-f", script.path]
        if let first = text.split(separator: "\n").first, first.hasPrefix("-- format:") {
            arguments += ["--format", first.dropFirst("-- format:".count).trimmingCharacters(in: .whitespaces)]
        }
        let run = try runTracuu(arguments)
        let expected = (try? String(contentsOf: script.deletingPathExtension().appendingPathExtension("out"), encoding: .utf8)) ?? ""
        // The dataset files are named in .datasets' output; the rest must match exactly.
        if text.contains(".datasets") { return }
        #expect(run.stdout == expected, "\(name)")
    }
}
