import TracuuText

/// A place to point at in an error: file, line and column, the text of that line, and the
/// span to underline in terminal columns.
///
/// Queries make one from a `SourceRange`; data loaders, which never hold a whole file as
/// one `String`, make one from the line they were reading.
public struct Place: Sendable, Equatable {
    public let file: String
    public let line: Int
    /// Counted in characters (grapheme clusters) from 1, so NFD "Triệu" is five columns.
    public let column: Int
    public let lineText: String
    /// Terminal columns before the caret and under the underline.
    public let lead: Int
    public let width: Int

    public init(file: String, line: Int, column: Int, lineText: String, lead: Int? = nil, width: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
        self.lineText = lineText
        self.lead = lead ?? DisplayWidth.columns(of: lineText.prefix(max(0, column - 1)))
        self.width = max(1, width)
    }

    /// How much of a line a place keeps on either side of its column: about a screen
    /// (bytes in data files, characters in queries). A place in a line of 50 MB copies
    /// this much, not the line.
    public static let keptAround = 400

    /// A place whose line is kept only around the caret: `before` ends at the caret and
    /// `after` starts there; `…` marks where the line was cut.
    public init(file: String, line: Int, column: Int, before: String, after: String,
                cutBefore: Bool, cutAfter: Bool, width: Int) {
        let lead = cutBefore ? "…" : ""
        self.init(file: file, line: line, column: column,
                  lineText: lead + before + after + (cutAfter ? "…" : ""),
                  lead: DisplayWidth.columns(of: lead + before), width: width)
    }
}
