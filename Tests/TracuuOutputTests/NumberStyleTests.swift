import Testing
import TracuuOutput
import TracuuValues

/// `.numfmt vi`: numbers as Vietnamese readers write them, in what people read only.
@Suite("Number style")
struct NumberStyleTests {
    @Test(arguments: [
        (Value.number(1051.6), "1.051,6"), (.number(-230557143.2), "-230.557.143,2"), (.number(38.1), "38,1"),
        (.number(956), "956"), (.number(1250), "1.250"), (.number(0.25), "0,25"), (.number(9.56e22), "9,56e+22"),
        (.integer(2025), "2025"), (.text("1.5"), "1.5"), (.missing, ""),
    ])
    func vietnamese(value: Value, text: String) {
        #expect(NumberStyle.vi.text(of: value) == text)
        #expect(NumberStyle.plain.text(of: value) == value.description)
    }

    @Test func tablesLinesAndMarkdownTakeTheStyleCSVAndJSONDoNot() {
        let table = ResultTable(columns: [Field("v", .number)], rows: [[.number(1051.6)]])
        var options = RenderOptions()
        options.numbers = .vi
        #expect(Renderer.render(table, as: .table, options: options).contains("1.051,6"))
        #expect(Renderer.render(table, as: .line, options: options).contains("v = 1.051,6"))
        #expect(Renderer.render(table, as: .markdown, options: options).contains("1.051,6"))
        #expect(Renderer.render(table, as: .csv, options: options) == "v\n1051.6\n")
        #expect(Renderer.render(table, as: .json, options: options).contains("1051.6"))
    }
}
