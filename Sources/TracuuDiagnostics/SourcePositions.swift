/// The line and column of every place in a text, worked out in one pass: for views that
/// give a position for each of thousands of tokens (`.tokens`, `.ast`). Finding each one
/// by scanning from the start of the text (or of a long line) made them quadratic.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as the lexer reads them; columns count
/// characters from 1, as `SourceFile.place` does.
public struct SourcePositions: Sendable {
    private let text: String
    /// For each UTF-8 offset, the line and column of the character that covers it.
    private var lines: [Int32] = []
    private var columns: [Int32] = []
    /// How many characters were stepped over to build the table: the text's length, once.
    public private(set) var charactersWalked = 0

    public init(_ text: String) {
        self.text = text
        let size = text.utf8.count
        lines.reserveCapacity(size + 1)
        columns.reserveCapacity(size + 1)
        var line: Int32 = 1, column: Int32 = 1
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            let width = text.utf8.distance(from: index, to: next)
            for _ in 0..<width {
                lines.append(line)
                columns.append(column)
            }
            charactersWalked += 1
            if SourcePositions.isLineBreak(text[index]) {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = next
        }
        // The end of the text is a place too (an empty range there, the `.end` token).
        lines.append(line)
        columns.append(column)
    }

    /// The line and column (both from 1) of the character at `index`.
    public func position(of index: String.Index) -> (line: Int, column: Int) {
        let offset = min(max(0, text.utf8.distance(from: text.startIndex, to: index)), lines.count - 1)
        return (Int(lines[offset]), Int(columns[offset]))
    }

    /// `\n`, `\r\n` or `\r`: what ends a line for the lexer.
    public static func isLineBreak(_ ch: Character) -> Bool {
        ch == "\n" || ch == "\r\n" || ch == "\r"
    }
}
