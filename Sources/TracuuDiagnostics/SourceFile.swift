import TracuuText

/// A text that queries are read from, with the name errors print before `:line:col`:
/// a `.tq` file's path, `<command line>` for `-c`, `<stdin>`, or `<prompt>`.
///
/// A text can be a piece of another (`piece(_:)`): the query after `.plan` in a script is
/// read on its own, yet its errors say where it stands in the script (`report.tq:5:21`,
/// that line, the caret under it), as every other error does.
public struct SourceFile: Sendable {
    public let name: String
    public let text: String
    /// The folder of the file on disk the text was read from, which relative paths written
    /// in it (`.read`, `.load`, `.output`) resolve against, as psql's `\ir` does; nil for
    /// text with no file of its own (`-c`, a pipe, the prompt): those resolve against the
    /// working directory.
    public let folder: String?
    /// The text this one was cut from, when it is a piece.
    private let enclosing: Enclosing?

    public init(name: String, text: String, folder: String? = nil) {
        self.name = name
        self.text = text
        self.folder = folder
        self.enclosing = nil
    }

    /// The text of `range` as a text of its own, whose places are reported in this one.
    public func piece(_ range: SourceRange) -> SourceFile {
        SourceFile(piece: String(text[range]), of: self, at: text.utf8.distance(from: text.startIndex, to: range.lowerBound))
    }

    private init(piece: String, of file: SourceFile, at offset: Int) {
        self.name = file.name
        self.text = piece
        self.folder = file.folder
        self.enclosing = Enclosing(file: file, offset: offset)
    }

    /// Where a range starts: its line, its column counted in characters from 1, the whole
    /// line, and how many terminal columns to underline (at least one, so a caret shows
    /// even under an empty range at the end of input).
    ///
    /// A line ends at `\n`, `\r\n` or `\r`, as the lexer reads it. (`"\r\n"` is one
    /// `Character`, unequal to `"\n"`: looking for `"\n"` alone missed CRLF line ends.)
    public func place(of range: SourceRange) -> Place {
        if let enclosing { return enclosing.place(of: range, in: text) }
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

/// The text a piece was cut from and where in it (in UTF-8 bytes) the piece starts. A
/// class, because a struct cannot hold a value of its own type.
private final class Enclosing: Sendable {
    let file: SourceFile
    let offset: Int

    init(file: SourceFile, offset: Int) {
        self.file = file
        self.offset = offset
    }

    /// A range of the piece's text moved to the same characters of the enclosing text:
    /// the piece is an exact copy of them, so the UTF-8 offsets carry over.
    func place(of range: SourceRange, in piece: String) -> Place {
        let outer = file.text
        let lower = offset + piece.utf8.distance(from: piece.startIndex, to: range.lowerBound)
        let upper = offset + piece.utf8.distance(from: piece.startIndex, to: range.upperBound)
        let start = outer.utf8.index(outer.startIndex, offsetBy: lower)
        let end = outer.utf8.index(outer.startIndex, offsetBy: upper)
        return file.place(of: start..<end)
    }
}

/// A range of characters in a `SourceFile`'s text, as the user typed it (not normalized),
/// so carets point at what is on the screen.
public typealias SourceRange = Range<String.Index>
