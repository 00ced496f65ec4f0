import Testing
import TracuuDiagnostics
import TracuuShell

/// `.tokens`: one token a line, with its kind, its text as typed, its range in characters
/// and its value where that differs from the text.
@Suite("Token view")
struct TokenViewTests {
    @Test("a term with an en dash is one token, read as 2020-2025")
    func enDashTerm() {
        let view = TeachingViews.tokens(query(enDashQuery), useColor: false)
        expectGolden(view, #"""
        range: first-last character as line:column; columns count characters from 1
        kind        text           range      value
        identifier  targets        1:1-1:7
        keyword     where          1:9-1:13
        identifier  district       1:15-1:22
        symbol      =              1:24-1:24
        string      "Triệu Phong"  1:26-1:38  → Triệu Phong
        keyword     and            1:40-1:42
        identifier  term           1:44-1:47
        symbol      =              1:49-1:49
        term        2020 – 2025    1:51-1:61  → 2020-2025
        symbol      |              1:63-1:63
        keyword     sort           1:65-1:68
        identifier  due            1:70-1:72
        keyword     desc           1:74-1:77
        symbol      |              1:79-1:79
        keyword     limit          1:81-1:85
        integer     3              1:87-1:87
        """#)
    }

    @Test("NFD text: one column per letter, however many code points")
    func nfdText() {
        // Each \u{…} below is a combining mark: on screen the lines line up, here they cannot.
        let view = TeachingViews.tokens(query(nfdQuery), useColor: false)
        expectGolden(view, #"""
        range: first-last character as line:column; columns count characters from 1
        kind        text           range      value
        identifier  targets        1:1-1:7
        keyword     where          1:9-1:13
        identifier  district       1:15-1:22
        symbol      =              1:24-1:24
        string      "Trie\#u{302}\#u{323}u Phong"  1:26-1:38  → Triệu Phong (NFC)
        symbol      |              1:40-1:40
        keyword     select         1:42-1:47
        identifier  id             1:49-1:50
        symbol      ,              1:51-1:51
        identifier  kind           1:53-1:56
        """#)
    }

    @Test("a line break is a token; comments are not; keywords in any case")
    func twoLines() {
        let view = TeachingViews.tokens(query(twoLineQuery), useColor: false)
        expectGolden(view, #"""
        range: first-last character as line:column; columns count characters from 1
        kind        text     range      value
        identifier  metrics  1:1-1:7
        keyword     WHERE    1:9-1:13   → where
        identifier  period   1:15-1:20
        symbol      =        1:22-1:22
        period      2021-q1  1:24-1:30  → 2021-Q1
        keyword     and      1:32-1:34
        identifier  change   1:36-1:41
        symbol      >        1:43-1:43
        percent     10%      1:45-1:47  → 10
        newline     \n       1:58-1:58
        symbol      |        2:3-2:3
        keyword     sort     2:5-2:8
        identifier  change   2:10-2:15
        keyword     desc     2:17-2:20
        symbol      |        2:22-2:22
        keyword     count    2:24-2:28
        """#)
    }

    @Test("a bidirectional override in a string is shown as an escape, not obeyed")
    func bidirectionalControls() {
        let view = TeachingViews.tokens(query("targets where kind = \"a\u{202E}b\""), useColor: false)
        #expect(view.contains(#""a\u{202E}b""#), "\(view)")
        #expect(!view.unicodeScalars.contains("\u{202E}"))
    }

    @Test("the lexer goes on past errors, so a broken query shows whole")
    func lexerErrors() {
        let view = TeachingViews.tokens(query(brokenQuery), useColor: false)
        expectGolden(view, #"""
        range: first-last character as line:column; columns count characters from 1
        kind        text      range      value
        identifier  targets   1:1-1:7
        keyword     where     1:9-1:13
        identifier  due       1:15-1:17
        symbol      >         1:19-1:19
        invalid     20x5      1:21-1:24  ✗ '20x5' is not a number or a name
        invalid     !         1:26-1:26  ✗ '!' on its own is not an operator
        invalid     2021-Q7   1:28-1:34  ✗ '2021-Q7' is not a quarter
        keyword     and       1:36-1:38
        identifier  district  1:40-1:47
        symbol      =         1:49-1:49
        invalid     "Triệu    1:51-1:56  ✗ unterminated string
        """#)
    }

    @Test("with colour: token texts as the highlighter paints them, ranges dim")
    func colour() {
        let view = TeachingViews.tokens(query(shortQuery), useColor: true)
        expectGolden(showingEscapes(view), #"""
        ␛[2mrange: first-last character as line:column; columns count characters from 1␛[0m
        ␛[1mkind␛[0m        ␛[1mtext␛[0m     ␛[1mrange␛[0m      ␛[1mvalue␛[0m
        identifier  targets  ␛[2m1:1-1:7␛[0m
        keyword     ␛[1;34mwhere␛[0m    ␛[2m1:9-1:13␛[0m
        identifier  due      ␛[2m1:15-1:17␛[0m
        symbol      >        ␛[2m1:19-1:19␛[0m
        integer     ␛[36m2024␛[0m     ␛[2m1:21-1:24␛[0m
        """#)
    }
}
