import TracuuText
import TracuuValues

/// A horizontal bar chart in terminal text, one line per point:
///
///     Triệu Phong ███████████████████████████████ 956
///     Đông Hà     █▎ 38.1
///     Hải Lăng    0
///     Cam Lộ      ░░░░ -120
///     Gio Linh
///
/// Labels are left-aligned and padded by terminal width, so NFC and NFD Vietnamese line up,
/// and cut with `…` past `maxLabelWidth`. The bars start in one column and are scaled so the
/// largest size fills the room left on the line; each value follows its bar, so every line
/// fits `width`. Negative values are shaded (`BarBlocks`); a missing value has no bar and
/// prints nothing. If `width` cannot hold even the narrowest labels and the values, lines
/// run over it rather than cutting a number.
enum TextBarChart {
    /// The widest a label gets, in terminal columns.
    static let maxLabelWidth = 24
    /// Labels give up columns, down to `narrowestLabel`, to leave the bars at least this many.
    static let shortestRoom = 10
    static let narrowestLabel = 8

    static func lines(_ points: [ChartPoint], width: Int) -> [String] {
        guard !points.isEmpty else { return [] }
        let labels = points.map { CellText.oneLine($0.label.description) }
        let values = points.map { CellText.oneLine($0.value.description) }
        let valueWidth = values.map { DisplayWidth.columns(of: $0) }.max() ?? 0

        // Each line is: label, space, bar, space, value.
        let natural = min(maxLabelWidth, labels.map { DisplayWidth.columns(of: $0) }.max() ?? 0)
        var labelWidth = natural
        let spare = width - 2 - valueWidth - shortestRoom - labelWidth
        if spare < 0 { labelWidth = max(min(natural, narrowestLabel), labelWidth + spare) }
        let room = max(0, width - 2 - valueWidth - labelWidth)

        let largest = points.compactMap { $0.amount.map(abs) }.max() ?? 0
        return points.indices.map { i in
            let label = CellText.pad(CellText.cut(labels[i], to: labelWidth), to: labelWidth, .left)
            let bar = points[i].amount.map { BarBlocks.bar($0, largest: largest, room: room) } ?? ""
            let line = label + " " + bar + (bar.isEmpty ? "" : " ") + values[i]
            return trimmingTrailingSpaces(line)
        }
    }

    /// A missing value would leave the padding of its label at the end of the line.
    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var s = Substring(line)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
