import TracuuText

/// Prints a Diagnostic the way compilers do:
///
///     report.tq:3:15: error: unknown field 'distict' in 'targets'
///      3 │ targets where distict = "Triệu Phong"
///        │               ^~~~~~~
///        = hint: did you mean 'district'?
///
/// The header is greppable (`file:line:col: severity: message`); the caret sits under the
/// first character of the range and `~` runs under the rest, measured in terminal columns.
/// A line too long for a screen is shown around the caret. Control and bidirectional
/// characters of the source (an escape sequence in a data file, U+202E in a query) are
/// shown as marks (`VisibleControls`), here as in the message and hints, with the caret
/// moved to stay under its place: a diagnostic never acts on the terminal it is printed on.
public struct DiagnosticRenderer: Sendable {
    public var useColor: Bool

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    public func render(_ d: Diagnostic) -> String {
        var out = ""
        if let p = d.place {
            out += "\(VisibleControls.visible(p.file)):\(p.line):\(p.column): "
        }
        out += paint(d.severity.rawValue + ":", d.severity == .error ? "1;31" : "1;35") + " " + Self.visible(d.message) + "\n"
        if let p = d.place {
            let number = String(p.line)
            let gutter = String(repeating: " ", count: number.count + 1)
            let (line, visibleLead, width) = DiagnosticRenderer.visibleLine(p.lineText, lead: p.lead, width: p.width)
            let (shown, lead) = DiagnosticRenderer.window(line, lead: visibleLead, width: width)
            out += " \(number) │ \(shown)\n"
            let marker = "^" + String(repeating: "~", count: min(width, DiagnosticRenderer.widest) - 1)
            out += "\(gutter) │ \(String(repeating: " ", count: lead))\(paint(marker, "1;32"))\n"
            for hint in d.hints {
                out += "\(gutter) = hint: \(Self.visible(hint))\n"
            }
        } else {
            for hint in d.hints {
                out += "  = hint: \(Self.visible(hint))\n"
            }
        }
        return out
    }

    /// A message or hint: its own line breaks stay, anything else that acts becomes a mark.
    static func visible(_ text: String) -> String {
        VisibleControls.visible(text, keepingLineFeedsAndTabs: true)
    }

    /// The source line with its controls shown as marks and each tab as one space, and the
    /// caret's lead and width (in terminal columns) moved to match: a mark or a space takes a
    /// column where its control took none. (A tab is a control, so a Character of its own.)
    static func visibleLine(_ line: String, lead: Int, width: Int) -> (String, lead: Int, width: Int) {
        guard VisibleControls.needed(in: line) || line.utf8.contains(UInt8(ascii: "\t")) else { return (line, lead, width) }
        var shown = ""
        var before = 0, after = 0           // columns so far, in the line as it was and as shown
        var newLead: Int?, newEnd: Int?
        for ch in line {
            if newLead == nil, before >= lead { newLead = after }
            if newLead != nil, newEnd == nil, before >= lead + width { newEnd = after }
            let mark = ch == "\t" ? " " : VisibleControls.visible(String(ch))
            shown += mark
            before += DisplayWidth.columns(of: ch)
            after += DisplayWidth.columns(of: mark)
        }
        let start = newLead ?? after
        return (shown, start, max(1, (newEnd ?? after) - start))
    }

    /// Lines wider than this are shown around the caret only.
    static let widest = 100

    /// A long line (a paragraph of an article) cut to a window around the range, with `…`
    /// where it was cut; and the caret's new lead.
    static func window(_ line: String, lead: Int, width: Int) -> (String, Int) {
        guard isWider(line, than: widest) else { return (line, lead) }
        let from = max(0, lead - 40)
        let to = from + widest - 2
        var shown = from > 0 ? "…" : ""
        var column = 0
        var cutAtEnd = false
        for ch in line {
            let w = DisplayWidth.columns(of: ch)
            if column >= from && column + w <= to { shown.append(ch) }
            // Columns only grow: nothing after the first character past the window is shown.
            if column + w > to { cutAtEnd = true; break }
            column += w
        }
        if cutAtEnd { shown += "…" }
        return (shown, lead - from + (from > 0 ? 1 : 0))
    }

    /// `DisplayWidth.columns(of: line) > limit`, without measuring the rest of a paragraph.
    static func isWider(_ line: String, than limit: Int) -> Bool {
        var column = 0
        for ch in line {
            column += DisplayWidth.columns(of: ch)
            if column > limit { return true }
        }
        return false
    }

    private func paint(_ s: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
