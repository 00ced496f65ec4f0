import TracuuOutput

/// What the user can change about a session with dot-commands and options.
public struct Settings: Sendable {
    public var format: OutputFormat = .table
    /// Header line in table, CSV and TSV output (`--no-header`, `.headers off`).
    public var header = true
    /// Print how long each query took (`.timer on`).
    public var timer = false
    /// Table rows shown on a terminal before `… N more rows` (`.maxrows N`); when nil, as
    /// many as fit the terminal, or all with `.maxrows 0`.
    public var maxRows: Int?
    public var showAllRows = false
    /// Send long results through `$PAGER` (`.pager on`), on a terminal.
    public var pager = false
    /// Classroom mode: no `.load`, `.read`, `.output`, `.once`, no init file, no history.
    public var safe = false
    /// In a script, report each error and go on to the next statement (`--keep-going`).
    public var keepGoing = false
    /// Write a byte-order mark before CSV, which Excel needs to read UTF-8 (`--bom`).
    public var byteOrderMark = false
    /// Colour diagnostics (standard error is a terminal, NO_COLOR unset).
    public var color = false
    /// Colour teaching views (standard output is a terminal, NO_COLOR unset).
    public var colorResults = false
    /// Standard output is a terminal: results shown there have control and bidirectional
    /// characters made visible, in every format (`RenderOptions.forTerminal`).
    public var screenIsTerminal = false
    /// How tables, `line` and Markdown show numbers (`.numfmt plain|vi`).
    public var numbers: NumberStyle = .plain

    public init() {}
}
