import Testing
@testable import TracuuOutput
import TracuuValues

/// On a terminal, no format lets data act on it: escape sequences, carriage returns and
/// bidirectional overrides are shown as marks. In a file, CSV, TSV and JSON keep the bytes
/// (issue 10, item 16).
@Suite("terminal safety")
struct TerminalSafetyTests {
    /// `ESC ] 0 ; … BEL` sets the window title; U+202E reverses what follows; CR writes over the line.
    static let hostile = "a\u{1B}]0;owned\u{7}b\u{202E}cba\rz"
    static let table = ResultTable(columns: [Field("note", .text)], rows: [[.text(hostile)]])

    static func render(_ format: OutputFormat, terminal: Bool) -> String {
        var options = RenderOptions()
        options.forTerminal = terminal
        return Renderer.render(table, as: format, options: options)
    }

    @Test(arguments: OutputFormat.allCases)
    func nothingThatActsReachesATerminal(format: OutputFormat) {
        let text = Self.render(format, terminal: true)
        let acting = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0 == "\u{202E}" || $0 == "\u{7F}" }
        #expect(acting.isEmpty, "\(format): \(text.debugDescription)")
    }

    @Test func textFormatsShowMarks() {
        #expect(Self.render(.csv, terminal: true) == "note\n\"a␛]0;owned␇b<U+202E>cba␍z\"\n")
        #expect(Self.render(.tsv, terminal: true) == "note\na␛]0;owned␇b<U+202E>cba\\rz\n")
        #expect(Self.render(.markdown, terminal: true).contains("a␛]0;owned␇b<U+202E>cba<br>z"))
        #expect(Self.render(.table, terminal: false).contains("a␛]0;owned␇b<U+202E>cba↵z"))
    }

    @Test func jsonOnATerminalStaysValidJSON() {
        #expect(Self.render(.json, terminal: true) == "[\n{\"note\": \"a\\u001b]0;owned\\u0007b\\u202ecba\\rz\"}\n]\n")
        #expect(Self.render(.jsonl, terminal: true) == "{\"note\": \"a\\u001b]0;owned\\u0007b\\u202ecba\\rz\"}\n")
    }

    @Test func inAFileCSVTSVAndJSONKeepTheBytes() {
        #expect(Self.render(.csv, terminal: false) == "note\n\"\(Self.hostile)\"\n")
        #expect(Self.render(.tsv, terminal: false) == "note\na\u{1B}]0;owned\u{7}b\u{202E}cba\\rz\n")
        #expect(Self.render(.json, terminal: false).contains("b\u{202E}cba"))
    }
}
