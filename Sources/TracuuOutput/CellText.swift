import TracuuText

/// How a text is made to fit a cell of a fixed width on one terminal line.
///
/// Widths are terminal columns (`DisplayWidth`), not characters or bytes, so the
/// precomposed `ệ` and the decomposed `e` + `̣` + `̂` both take one column.
enum CellText {
    /// The text on a single line: each line break becomes `↵` and a tab a space, so a row of
    /// the table stays one line. Every other character that would act on the terminal (an
    /// escape sequence, a bidirectional override) is shown as a mark (`VisibleControls`), so
    /// data cannot move the cursor, change the colours or reorder what is shown.
    static func oneLine(_ text: String) -> String {
        // Most cells need no change; skip building a new string for them.
        guard VisibleControls.needed(in: text) else { return text }
        var out = ""
        for ch in text {
            if ch.isNewline {
                out.append("↵")  // `\r\n` is one Character, so it gives one arrow
            } else if ch == "\t" {
                out.append(" ")
            } else {
                out += VisibleControls.visible(String(ch))
            }
        }
        return out
    }

    /// The text cut to at most `width` columns, ending in `…` when something was left out.
    /// The cut falls between characters (grapheme clusters), never inside one, so a letter
    /// never loses its tone mark. A wide character that would overflow is left out whole,
    /// which can make the result one column narrower than `width`.
    static func cut(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.columns(of: text) > width else { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.columns(of: ch)
            if used + w > width - 1 { break }  // keep one column for the ellipsis
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// The text with spaces added on the side away from its alignment, to fill `width` columns.
    static func pad(_ text: String, to width: Int, _ alignment: Alignment) -> String {
        let gap = String(repeating: " ", count: max(0, width - DisplayWidth.columns(of: text)))
        switch alignment {
        case .left: return text + gap
        case .right: return gap + text
        }
    }
}
