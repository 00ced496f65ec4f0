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
    public func place(of range: SourceRange) -> Place {
        let lineStart = text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let lineEnd = text[range.lowerBound...].firstIndex(of: "\n") ?? text.endIndex
        let line = text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
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
