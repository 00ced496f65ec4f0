import TracuuText
import TracuuValues

/// The elements of an SVG document being drawn, and the sizes every chart shares.
///
/// Coordinates are pixels from the top left. Text widths are guessed from terminal columns
/// (`DisplayWidth`), since there are no font metrics here: about 0.6 of the font size per
/// column, a little over what common sans-serif fonts take, so a guess errs on the side of room.
struct SVGCanvas {
    static let margin = 16.0
    static let fontSize = 13.0
    static let titleSize = 16.0
    static let font = "sans-serif"
    static let barColor = "#4e79a7"
    static let negativeColor = "#e15759"
    static let axisColor = "#888888"
    static let textColor = "#222222"

    private(set) var elements: [String] = []  // in drawing order: later ones paint over earlier

    /// How wide `text` will be at `size`, roughly.
    static func textWidth(_ text: String, size: Double = fontSize) -> Double {
        Double(DisplayWidth.columns(of: text)) * size * 0.6
    }

    /// A label as it is shown: on one line, cut to `TextBarChart.maxLabelWidth` columns.
    static func label(_ value: Value) -> String {
        CellText.cut(CellText.oneLine(value.description), to: TextBarChart.maxLabelWidth)
    }

    /// A coordinate to one decimal place: enough for a screen, short in the file.
    static func number(_ d: Double) -> String {
        Value.format((d * 10).rounded() / 10)
    }

    mutating func add(_ element: String) {
        elements.append(element)
    }

    /// A text with its baseline at `y`; `anchor` is `start`, `middle` or `end` (where `x` is).
    mutating func text(_ text: String, x: Double, y: Double, anchor: String = "start",
                       size: Double = fontSize, bold: Bool = false, color: String = textColor) {
        var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if size != Self.fontSize { attributes += " font-size=\"\(Self.number(size))\"" }
        if bold { attributes += " font-weight=\"bold\"" }
        if color != Self.textColor { attributes += " fill=\"\(color)\"" }
        add("<text \(attributes)>\(XMLText.escape(text))</text>")
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, color: String) {
        add("<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"\(color)\"/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, color: String = axisColor, dashed: Bool = false) {
        let dash = dashed ? " stroke-dasharray=\"4 3\"" : ""
        add("<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(color)\"\(dash)/>")
    }

    /// The whole document, `width` × `height` pixels, on a white background (a PNG made from it
    /// would otherwise be transparent, and dark in many viewers). The title, if any, is also the
    /// document's `<title>`, which screen readers and browser tabs show.
    func document(width: Double, height: Double, title: String?) -> String {
        let w = Self.number(width.rounded(.up)), h = Self.number(height.rounded(.up))
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\""
        out += " font-family=\"\(Self.font)\" font-size=\"\(Self.number(Self.fontSize))\" fill=\"\(Self.textColor)\">\n"
        if let title { out += "<title>\(XMLText.escape(title))</title>\n" }
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        for element in elements { out += element + "\n" }
        return out + "</svg>\n"
    }
}
