/// A horizontal bar chart as SVG, the picture `TextBarChart` draws in text: labels on the
/// left, right-aligned against the bars; one bar per point, in row order; each value just
/// past the end of its bar.
///
/// Unlike the text chart, negative values are drawn to the left of a zero axis, in a second
/// colour; then the chart's width is shared between the two sides in proportion to the
/// largest size on each. A missing value has a label and nothing else.
enum SVGBarChart {
    static let rowHeight = 24.0
    static let barHeight = 16.0
    /// How long the bars of the largest positive and largest negative values are together.
    static let barSpan = 480.0
    /// The gap between a bar and its value, and between the labels and the bars.
    static let gap = 6.0

    static func render(_ points: [ChartPoint], title: String?) -> String {
        var canvas = SVGCanvas()
        let top = SVGChart.drawTitle(title, on: &canvas)

        let labels = points.map { SVGCanvas.label($0.label) }
        let values = points.map { CellText.oneLine($0.value.description) }
        let labelsWidth = labels.map { SVGCanvas.textWidth($0) }.max() ?? 0
        let valuesWidth = values.map { SVGCanvas.textWidth($0) }.max() ?? 0

        let amounts = points.compactMap(\.amount)
        let positive = max(0, amounts.max() ?? 0)
        let negative = max(0, -(amounts.min() ?? 0))
        let scale = positive + negative > 0 ? barSpan / (positive + negative) : 0
        // A negative value is printed left of its bar, so that side needs room for it too.
        let negativeRoom = negative > 0 ? valuesWidth + gap : 0
        let zeroX = SVGCanvas.margin + labelsWidth + 2 * gap + negativeRoom + negative * scale
        let bottom = top + Double(points.count) * rowHeight

        if !amounts.isEmpty { canvas.line(x1: zeroX, y1: top, x2: zeroX, y2: bottom) }
        for (i, point) in points.enumerated() {
            let rowTop = top + Double(i) * rowHeight
            let baseline = rowTop + rowHeight / 2 + SVGCanvas.fontSize * 0.35
            canvas.text(labels[i], x: SVGCanvas.margin + labelsWidth, y: baseline, anchor: "end")
            guard let amount = point.amount else { continue }
            // Zero has no bar; any other value gets at least a pixel, so it does not pass for zero.
            let length = max(1, abs(amount) * scale)
            let barTop = rowTop + (rowHeight - barHeight) / 2
            if amount == 0 {
                canvas.text(values[i], x: zeroX + gap, y: baseline)
            } else if amount < 0 {
                canvas.rect(x: zeroX - length, y: barTop, width: length, height: barHeight, color: SVGCanvas.negativeColor)
                canvas.text(values[i], x: zeroX - length - gap, y: baseline, anchor: "end")
            } else {
                canvas.rect(x: zeroX, y: barTop, width: length, height: barHeight, color: SVGCanvas.barColor)
                canvas.text(values[i], x: zeroX + length + gap, y: baseline)
            }
        }

        let chartWidth = zeroX + positive * scale + gap + valuesWidth + SVGCanvas.margin
        let width = max(chartWidth, SVGChart.titleWidth(title))
        return canvas.document(width: width, height: bottom + SVGCanvas.margin, title: title)
    }
}
