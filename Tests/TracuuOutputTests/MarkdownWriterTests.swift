import Testing
import TracuuValues
@testable import TracuuOutput

@Test func markdownPadsButNeverCuts() {
    let expected = """
        | district    |  due | share | note                                     |
        | ----------- | ---: | ----: | ---------------------------------------- |
        | Triệu Phong |  956 |  38.1 | roads, schools                           |
        | Triệu Phong |      |  -2.5 | say "hi"<br>now                          |
        | Đông Hà     | 2025 |       | \(Fixtures.long) |

        """
    #expect(Renderer.render(Fixtures.targets, as: .markdown) == expected)
}

@Test func markdownAlwaysHasItsHeader() {
    let expected = """
        | district | due |
        | -------- | --: |

        """
    #expect(Renderer.render(Fixtures.empty, as: .markdown) == expected)
    #expect(Renderer.render(Fixtures.empty, as: .markdown, options: RenderOptions(header: false)) == expected)
}

@Test func markdownColumnsAreAtLeastThreeWide() {
    let table = ResultTable(columns: [Field("n", .integer), Field("x", .text)], rows: [[.integer(7), .missing]])
    let expected = """
        |   n | x   |
        | --: | --- |
        |   7 |     |

        """
    #expect(Renderer.render(table, as: .markdown) == expected)
}

@Test(arguments: [
    ("a|b", #"a\|b"#),
    (#"a\|b"#, #"a\\\|b"#),
    ("a\nb", "a<br>b"),
    ("a\r\nb", "a<br>b"),
    ("a\tb", "a b"),
    ("Triệu Phong", "Triệu Phong"),
])
func markdownEscape(text: String, expected: String) {
    #expect(MarkdownWriter.escape(text) == expected)
}
