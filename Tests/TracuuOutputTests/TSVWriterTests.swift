import Testing
import TracuuValues
@testable import TracuuOutput

@Test func tsvEscapesWhatWouldSplitAFieldOrARow() {
    let expected = "district\tdue\tshare\tnote\n"
        + "Triệu Phong\t956\t38.1\troads, schools\n"
        + "Triệu Phong\t\t-2.5\tsay \"hi\"\\nnow\n"
        + "Đông Hà\t2025\t\t\(Fixtures.long)\n"
    #expect(Renderer.render(Fixtures.targets, as: .tsv) == expected)
}

@Test func tsvHeaderToggleAndEmptyResult() {
    #expect(Renderer.render(Fixtures.empty, as: .tsv) == "district\tdue\n")
    #expect(Renderer.render(Fixtures.empty, as: .tsv, options: RenderOptions(header: false)) == "")
    #expect(Renderer.render(Fixtures.kinds, as: .tsv, options: RenderOptions(header: false))
        == "2021-03-31\t2020-2025\t2021-Q1\ttrue\n")
}

@Test(arguments: [
    ("plain, \"quoted\"", "plain, \"quoted\""),
    ("a\tb", #"a\tb"#),
    ("a\nb", #"a\nb"#),
    ("a\r\nb", #"a\r\nb"#),
    (#"C:\tmp"#, #"C:\\tmp"#),
    ("Triệu Phong", "Triệu Phong"),
])
func tsvEscape(text: String, expected: String) {
    #expect(TSVWriter.escape(text) == expected)
}
