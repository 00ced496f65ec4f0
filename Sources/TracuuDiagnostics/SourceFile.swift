import TracuuText

/// A text that queries are read from, with the name errors print before `:line:col`:
/// a `.tq` file's path, `<command line>` for `-c`, `<stdin>`, or `<prompt>`.
public struct SourceFile: Sendable {
    public let name: String
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// Where a range starts: its line, its column counted in characters from 1, the whole
    /// line, and how many terminal columns to underline (at least one, so a caret shows
    /// even under an empty range at the end of input).
    ///
    /// A line ends at `\n`, `\r\n` or `\r`, as the lexer reads it. (`"\r\n"` is one
    /// `Character`, unequal to `"\n"`: looking for `"\n"` alone missed CRLF line ends.)
    public func place(of range: SourceRange) -> Place {
        let isBreak = SourcePositions.isLineBreak
        let lineStart = text[..<range.lowerBound].lastIndex(where: isBreak).map { text.index(after: $0) } ?? text.startIndex
        let lineEnd = text[range.lowerBound...].firstIndex(where: isBreak) ?? text.endIndex
        let line = text[..<range.lowerBound].reduce(1) { isBreak($1) ? $0 + 1 : $0 }
        let before = text[lineStart..<range.lowerBound]
        let underlineEnd = min(range.upperBound, lineEnd)
        let under = range.lowerBound < underlineEnd ? text[range.lowerBound..<underlineEnd] : ""
        return Place(
            file: name,
            line: line,
            column: before.count + 1,
            lineText: String(text[lineStart..<lineEnd]),
            lead: DisplayWidth.columns(of: before),
            width: max(1, DisplayWidth.columns(of: under))
        )
    }
}

/// A range of characters in a `SourceFile`'s text, as the user typed it (not normalized),
/// so carets point at what is on the screen.
public typealias SourceRange = Range<String.Index>
