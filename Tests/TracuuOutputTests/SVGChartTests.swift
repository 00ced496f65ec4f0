import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TracuuValues
@testable import TracuuOutput

/// What an XML parser saw in a document: how many of each element, the attributes of the
/// root, the text of each `<text>` element, and the first error.
private final class SVGReader: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var root: [String: String] = [:]
    var texts: [String] = []
    var error: Error?
    private var inText = false

    static func read(_ svg: String) -> SVGReader {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        if !parser.parse(), reader.error == nil { reader.error = parser.parserError }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if counts.isEmpty { root = attributes }
        counts[name, default: 0] += 1
        if name == "text" {
            inText = true
            texts.append("")
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, let last = texts.indices.last { texts[last] += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil { error = parseError }
    }
}

private let tricky = "A & B <\"x\"> 'y'"

private let districts = ResultTable(
    columns: [Field("district", .text), Field("households", .number)],
    rows: [
        [.text(Fixtures.nfc), .integer(956)],
        [.text(Fixtures.nfd), .number(38.1)],
        [.text("Đông Hà"), .integer(0)],
        [.text("Huyện đảo Cồn Cỏ và các xã ven biển"), .integer(-120)],
        [.text("Gio Linh"), .missing],
        [.text(tricky), .number(512.5)],
        [.text("bell\u{7}\u{FFFE}"), .integer(1)],
    ])

private let quarters: ResultTable = {
    func q(_ year: Int, _ quarter: Int) -> Value { Period.quarter(year, quarter).map(Value.period) ?? .missing }
    return ResultTable(
        columns: [Field("period", .period), Field("growth", .number)],
        rows: [
            [q(2021, 4), .number(20.5)], [q(2021, 1), .integer(12)], [q(2021, 2), .integer(15)],
            [q(2021, 3), .missing], [q(2022, 2), .integer(32)], [q(2022, 1), .integer(26)],
        ])
}()

@Test func barChartIsAnSVGDocument() throws {
    let svg = SVGChart.render(districts, value: 1, label: 0, title: "Hộ được hỗ trợ: \(tricky)")
    let reader = SVGReader.read(svg)
    #expect(reader.error == nil, "\(String(describing: reader.error))")
    #expect(reader.root["xmlns"] == "http://www.w3.org/2000/svg")
    #expect(reader.root["font-family"] == "sans-serif")
    let width = try #require(reader.root["width"]), height = try #require(reader.root["height"])
    #expect(reader.root["viewBox"] == "0 0 \(width) \(height)")

    // A bar for every value but zero and the missing one; a label for each row, a value for each
    // present one, and the title.
    #expect(reader.counts["svg"] == 1)
    #expect(reader.counts["title"] == 1)
    #expect(reader.counts["rect"] == 1 + 5, "the background and five bars")
    #expect(reader.counts["text"] == 1 + 7 + 6)
    #expect(reader.texts.first == "Hộ được hỗ trợ: \(tricky)")
    #expect(reader.texts.contains(tricky))
    #expect(reader.texts.contains("Huyện đảo Cồn Cỏ và các…"))
    #expect(reader.texts.contains("bell␇\u{FFFD}"), "a control shows as its mark, a character XML cannot hold as �")
    #expect(reader.texts.filter { $0 == Fixtures.nfc }.count == 2, "both spellings of Triệu Phong")
    #expect(svg.contains("A &amp; B &lt;&quot;x&quot;&gt; &apos;y&apos;"))
    #expect(svg.unicodeScalars.contains("\u{323}"), "the NFD label is written as it came")
}

@Test func negativeBarsGoLeftOfTheZeroAxis() throws {
    let svg = SVGChart.render(districts, value: 1, label: 0, title: nil)
    let lines = svg.split(separator: "\n")
    let axis = try #require(lines.first { $0.hasPrefix("<line ") })
    let zero = try #require(axis.split(separator: "\"").dropFirst().first.flatMap { Double($0) })
    let negative = try #require(lines.first { $0.contains(SVGCanvas.negativeColor) })
    // The bar of -120 ends at the axis: x + width == zero.
    let numbers = negative.split(separator: "\"").compactMap { Double($0) }
    #expect(numbers.count == 4)
    #expect(abs(numbers[0] + numbers[2] - zero) < 0.2)
    #expect(!svg.contains("<title>"), "no title asked for")
}

@Test func seriesIsALineChartInPeriodOrder() {
    let svg = SVGChart.render(quarters, value: 1, label: 0, title: "Tăng trưởng (%)")
    let reader = SVGReader.read(svg)
    #expect(reader.error == nil, "\(String(describing: reader.error))")
    #expect(reader.counts["circle"] == 5, "a point for each value")
    #expect(reader.counts["polyline"] == 2, "the line breaks at the missing quarter")
    let periods = reader.texts.filter { $0.contains("-Q") }
    #expect(periods == ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2"])
    #expect(reader.texts.contains("12") && reader.texts.contains("32"))
}

@Test func anEmptyChartIsStillADocument() {
    for svg in [SVGChart.render(Fixtures.empty, value: 1, label: 0, title: "Không có dữ liệu"),
                SVGChart.render(ResultTable(columns: quarters.columns, rows: []), value: 1, label: 0, title: nil),
                SVGChart.render(districts, value: 9, label: 0, title: nil)] {
        let reader = SVGReader.read(svg)
        #expect(reader.error == nil)
        #expect(reader.counts["svg"] == 1)
    }
}

@Test(arguments: [
    ("Triệu Phong", "Triệu Phong"),
    (#"A & B <"x"> 'y'"#, "A &amp; B &lt;&quot;x&quot;&gt; &apos;y&apos;"),
    ("tab\tline\n", "tab\tline\n"),
    ("\u{0}\u{1B}\u{FFFF}", "\u{FFFD}\u{FFFD}\u{FFFD}"),
    ("😀", "😀"),
])
func xmlEscape(text: String, expected: String) {
    #expect(XMLText.escape(text) == expected)
}
