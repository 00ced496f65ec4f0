import Testing
import TracuuShell

/// The highlighter only adds colour codes: without them, the text is the same, byte for byte.
@Suite("Syntax highlighter")
struct SyntaxHighlighterTests {
    static let inputs = [
        enDashQuery,
        nfdQuery,
        twoLineQuery,
        brokenQuery,
        shortQuery,
        "",
        "   ",
        "-- only a comment",
        "targets -- a comment\r\n| count;\rmetrics\n",
        "targets where x = “curly” and y ~ 'single' | select count",
        "2021-- a year before a comment",
        "targets where date in 30/7/2020..31/2/2021 or period = 2021-06 or change >= -1.5%",
        "targets\twhere\u{00A0}district = \"Ð\\u{1EC7}\" ”",
        "a → ≠ 😀 漢字 \u{0301}x \"unterminated\nnext line",
    ]

    @Test("stripping the colour codes gives back the input", arguments: inputs)
    func keepsTheText(_ input: String) {
        let coloured = SyntaxHighlighter.highlight(input)
        #expect(Array(strippingEscapes(coloured).utf8) == Array(input.utf8))
    }

    @Test("keywords bold blue, literals cyan, comments dim; names and operators plain")
    func colours() {
        #expect(showingEscapes(SyntaxHighlighter.highlight(twoLineQuery)) == #"""
            metrics ␛[1;34mWHERE␛[0m period = ␛[36m2021-q1␛[0m ␛[1;34mand␛[0m change > ␛[36m10%␛[0m ␛[2m-- growth␛[0m
              | ␛[1;34msort␛[0m change ␛[1;34mdesc␛[0m | ␛[1;34mcount␛[0m
            """#)
    }

    @Test("strings green, invalid tokens red")
    func stringsAndErrors() {
        let coloured = SyntaxHighlighter.highlight(#"x = "Triệu" ! 20x5"#)
        #expect(showingEscapes(coloured) == #"x = ␛[32m"Triệu"␛[0m ␛[31m!␛[0m ␛[31m20x5␛[0m"#)
    }
}
