/// The settings a renderer reads. Formats ignore the ones that do not concern them:
/// only `table` cuts cells and fits the terminal.
public struct RenderOptions: Sendable {
    /// Whether the column names come first (`table`, `csv`, `tsv`); a Markdown table always has them.
    public var header: Bool = true
    /// The widest a `table` column gets, in terminal columns; longer texts end in `…`.
    /// Markdown pads cells only up to this width but never cuts them.
    public var maxColumnWidth: Int = 40
    /// The width of the terminal, when printing to one; a wider `table` shrinks its text columns.
    public var terminalWidth: Int? = nil
    /// Whether `csv` starts with a byte order mark (U+FEFF, bytes `EF BB BF`). Excel reads a
    /// CSV file without one in the local code page and garbles Vietnamese; with it, as UTF-8.
    /// Off by default because most other programs take the mark for part of the first name.
    public var byteOrderMark: Bool = false
    /// Whether the text goes to a terminal: then every format shows control and bidirectional
    /// characters as visible marks (`VisibleControls`; JSON as `\u` escapes, which keep it
    /// valid). In a file or a pipe, CSV, TSV, JSON and Markdown keep every byte of the data;
    /// tables and `line` always show the marks, being for people.
    public var forTerminal: Bool = false
    /// How tables, `line` and Markdown show numbers (`.numfmt`).
    public var numbers: NumberStyle = .plain

    public init(header: Bool = true, maxColumnWidth: Int = 40, terminalWidth: Int? = nil, byteOrderMark: Bool = false) {
        self.header = header
        self.maxColumnWidth = maxColumnWidth
        self.terminalWidth = terminalWidth
        self.byteOrderMark = byteOrderMark
    }
}
