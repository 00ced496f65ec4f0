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
        // Only a screen of a long line is kept (a generated query can be one line of megabytes).
        let shownStart = text.index(range.lowerBound, offsetBy: -Place.keptAround, limitedBy: lineStart) ?? lineStart
        let shownEnd = text.index(range.lowerBound, offsetBy: Place.keptAround, limitedBy: lineEnd) ?? lineEnd
        let under = range.lowerBound < underlineEnd ? text[range.lowerBound..<min(underlineEnd, shownEnd)] : ""
        return Place(
            file: name,
            line: line,
            column: before.count + 1,
            before: String(text[shownStart..<range.lowerBound]),
            after: String(text[range.lowerBound..<shownEnd]),
            cutBefore: shownStart > lineStart,
            cutAfter: shownEnd < lineEnd,
            width: max(1, DisplayWidth.columns(of: under))
        )
    }
}

/// A range of characters in a `SourceFile`'s text, as the user typed it (not normalized),
/// so carets point at what is on the screen.
public typealias SourceRange = Range<String.Index>
