import TracuuText

extension Completer {
    /// Lays candidates out in columns, as bash and `ls` list them: down the first column,
    /// then the next, every column as wide as the widest candidate (in terminal columns,
    /// DisplayWidth, so NFD text lines up with NFC), two spaces apart, within `width`.
    /// Each line ends in "\n"; a candidate wider than `width` gets a line of its own.
    ///
    ///     articles  metrics
    ///     kind      targets
    public static func columns(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let widths = candidates.map { DisplayWidth.columns(of: $0) }
        let cell = widths.max() ?? 0
        let gap = 2
        let columnCount = max(1, min(candidates.count, (width + gap) / (cell + gap)))
        let rowCount = (candidates.count + columnCount - 1) / columnCount

        var out = ""
        for row in 0..<rowCount {
            var line = ""
            var column = 0
            while column * rowCount + row < candidates.count {
                let index = column * rowCount + row
                if column > 0 {
                    // Pad the previous cell to the column width, then the gap.
                    line += String(repeating: " ", count: cell - widths[index - rowCount] + gap)
                }
                line += candidates[index]
                column += 1
            }
            out += line + "\n"
        }
        return out
    }
}
