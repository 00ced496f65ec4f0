/// Colours a rendered table for a terminal: the header row bold, the borders and the
/// footer dim, so the eye goes to the data. Only the escape codes are added: with them
/// taken out, the text is the table as rendered.
enum TablePainter {
    static func paint(_ table: String) -> String {
        var lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var seenHeader = false
        for i in lines.indices {
            let line = lines[i]
            guard let first = line.first else { continue }
            if "┌├└".contains(first) {
                lines[i] = dim(line)
            } else if first == "│" {
                if !seenHeader, i == 1 {
                    lines[i] = line.split(separator: "│", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? "" : "\u{1B}[1m\($0)\u{1B}[0m" }
                        .joined(separator: dim("│"))
                    seenHeader = true
                }
            } else {
                lines[i] = dim(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func dim(_ s: String) -> String { "\u{1B}[2m\(s)\u{1B}[0m" }
}
