import Testing
import TracuuDiagnostics
@testable import TracuuShell

@Suite("Script files")
struct ScriptFileTests {
    @Test func aByteOrderMarkIsDropped() throws {
        #expect(try ScriptFile.text(of: [0xEF, 0xBB, 0xBF] + Array("metrics".utf8)).get() == "metrics")
    }

    @Test func theFirstBadByteIsPlacedByLineAndCharacter() {
        // "Đà" in UTF-8, then a lone continuation byte on line 3.
        let bytes = Array("a\nb\nĐà ".utf8) + [0x80] + Array("x".utf8)
        guard case .failure(let bad) = ScriptFile.text(of: bytes) else { Issue.record("read as text"); return }
        #expect((bad.line, bad.column, bad.byte) == (3, 4, "0x80"))
    }

    @Test func relativePathsFollowTheScriptsFolderOnly() {
        let inFile = SourceFile(name: "reports/weekly.tq", text: ".read x.tq", folder: "reports")
        #expect(Paths.resolve("x.tq", from: inFile) == "reports/x.tq")
        #expect(Paths.resolve("/abs/x.tq", from: inFile) == "/abs/x.tq")
        #expect(Paths.resolve("x.tq", from: SourceFile(name: "<prompt>", text: "")) == "x.tq")
        #expect(Paths.resolve("x.tq", from: SourceFile(name: "weekly.tq", text: "", folder: ".")) == "x.tq")
        // A piece of a script (the query after .plan) keeps the script's folder.
        #expect(inFile.piece(inFile.text.startIndex..<inFile.text.endIndex).folder == "reports")
    }

    @Test func theFolderOfAPath() {
        #expect(ScriptFile.folder(of: "weekly.tq") == ".")
        #expect(ScriptFile.folder(of: "/weekly.tq") == "/")
        #expect(ScriptFile.folder(of: "a/b/weekly.tq") == "a/b")
    }
}
