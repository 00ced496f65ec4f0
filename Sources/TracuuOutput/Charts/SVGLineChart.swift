/// A series as an SVG line chart: one point per label, evenly spaced from left to right in
/// label order, joined by a line; each point's value above it (when there is room), the
/// labels along the bottom (every second or third one when they would crowd), and dashed
/// lines at the smallest and largest values, which are printed on the left.
///
/// Points are spaced by their place in the order, not by time, which suits regular series
/// (quarters, years) and can mislead for irregular dates. A missing value leaves a gap in the
/// line rather than a line drawn across it.
enum SVGLineChart {
    static let plotHeight = 200.0
    /// The most the points spread over; more points sit closer together.
    static let plotWidth = 720.0
    static let pointRadius = 3.5
    static let valueSize = 11.0

    static func render(_ points: [ChartPoint], title: String?) -> String {
        var canvas = SVGCanvas()
        let top = SVGChart.drawTitle(title, on: &canvas)

        let labels = points.map { SVGCanvas.label($0.label) }
        let values = points.map { CellText.oneLine($0.value.description) }
        let labelWidth = labels.map { SVGCanvas.textWidth($0) }.max() ?? 0
        let valueWidth = values.map { SVGCanvas.textWidth($0, size: valueSize) }.max() ?? 0

        let measured = points.filter { $0.amount != nil }
        let low = measured.min { ($0.amount ?? 0) < ($1.amount ?? 0) }
        let high = measured.max { ($0.amount ?? 0) < ($1.amount ?? 0) }
        let lowText = low.map { CellText.oneLine($0.value.description) } ?? ""
        let highText = high.map { CellText.oneLine($0.value.description) } ?? ""
        let axisLabelsWidth = max(SVGCanvas.textWidth(lowText), SVGCanvas.textWidth(highText))

        // Horizontal: a step per point, and labels far enough apart not to touch.
        let count = points.count
        let step = count > 1 ? max(4, min(labelWidth + 16, plotWidth / Double(count - 1))) : 0
        let labelEvery = step > 0 ? max(1, Int(((labelWidth + 8) / step).rounded(.up))) : 1
        let showValues = step == 0 || step >= valueWidth + 4
        let plotLeft = SVGCanvas.margin + axisLabelsWidth + 8
        let firstX = plotLeft + max(12, labelWidth / 2)
        let lastX = firstX + step * Double(max(0, count - 1))
        func x(_ i: Int) -> Double { firstX + step * Double(i) }

        // Vertical: room above the plot for the values printed over the highest points.
        let plotTop = top + valueSize + 12
        let plotBottom = plotTop + plotHeight
        let lowAmount = low?.amount ?? 0, highAmount = high?.amount ?? 0
        func y(_ amount: Double) -> Double {
            guard highAmount > lowAmount else { return plotTop + plotHeight / 2 }
            return plotBottom - (amount - lowAmount) / (highAmount - lowAmount) * plotHeight
        }

        // The range: dashed lines at the smallest and the largest value.
        let rightEdge = lastX + max(12, labelWidth / 2)
        if let low, let lowAmount = low.amount {
            canvas.line(x1: plotLeft, y1: y(lowAmount), x2: rightEdge, y2: y(lowAmount), dashed: true)
            canvas.text(lowText, x: plotLeft - 6, y: y(lowAmount) + SVGCanvas.fontSize * 0.35, anchor: "end")
        }
        if let high, let highAmount = high.amount, highAmount > lowAmount {
            canvas.line(x1: plotLeft, y1: y(highAmount), x2: rightEdge, y2: y(highAmount), dashed: true)
            canvas.text(highText, x: plotLeft - 6, y: y(highAmount) + SVGCanvas.fontSize * 0.35, anchor: "end")
        }

        // The time axis and its labels.
        let axisY = plotBottom + 10
        canvas.line(x1: plotLeft, y1: axisY, x2: rightEdge, y2: axisY)
        for i in points.indices where i % labelEvery == 0 {
            canvas.line(x1: x(i), y1: axisY, x2: x(i), y2: axisY + 4)
            canvas.text(labels[i], x: x(i), y: axisY + 6 + SVGCanvas.fontSize, anchor: "middle")
        }

        // The line, broken where a value is missing, then the points over it.
        for run in runs(points) where run.count > 1 {
            let coordinates = run.compactMap { i in points[i].amount.map { SVGCanvas.number(x(i)) + "," + SVGCanvas.number(y($0)) } }
            canvas.add("<polyline points=\"\(coordinates.joined(separator: " "))\" fill=\"none\" stroke=\"\(SVGCanvas.barColor)\" stroke-width=\"2\"/>")
        }
        for (i, point) in points.enumerated() {
            guard let amount = point.amount else { continue }
            canvas.add("<circle cx=\"\(SVGCanvas.number(x(i)))\" cy=\"\(SVGCanvas.number(y(amount)))\" r=\"\(SVGCanvas.number(pointRadius))\" fill=\"\(SVGCanvas.barColor)\"/>")
            if showValues {
                canvas.text(values[i], x: x(i), y: y(amount) - 8, anchor: "middle", size: valueSize)
            }
        }

        let width = max(rightEdge + max(0, valueWidth / 2 - 12) + SVGCanvas.margin, SVGChart.titleWidth(title))
        return canvas.document(width: width, height: axisY + 6 + SVGCanvas.fontSize + SVGCanvas.margin, title: title)
    }

    /// The indices of the points, in runs of consecutive ones that have a value.
    static func runs(_ points: [ChartPoint]) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        for (i, point) in points.enumerated() {
            if point.amount == nil {
                if !current.isEmpty { runs.append(current) }
                current = []
            } else {
                current.append(i)
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
