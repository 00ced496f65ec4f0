import Testing
import TracuuData
import TracuuDiagnostics

@Suite struct CSVReaderTests {
    @Test(arguments: [
        ("a,b\n1,2\n", [["a", "b"], ["1", "2"]]),
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
        ("a,b\n1,2", [["a", "b"], ["1", "2"]]),                         // no newline at the end
        ("a,b\r\n1,2", [["a", "b"], ["1", "2"]]),
        ("a,,c\n,,\n", [["a", "", "c"], ["", "", ""]]),                 // empty fields
        ("a,b,\n", [["a", "b", ""]]),                                  // an empty last field
        ("\"a,b\",c\n", [["a,b", "c"]]),                               // an embedded comma
        ("\"say \"\"hi\"\"\",x\n", [["say \"hi\"", "x"]]),              // doubled quotes
        ("\"\"\"\"\n", [["\""]]),
        ("\"\",x\n", [["", "x"]]),                                     // a quoted empty field
        ("\"line 1\nline 2\",x\n", [["line 1\nline 2", "x"]]),         // embedded LF
        ("\"line 1\r\nline 2\",x\r\n", [["line 1\nline 2", "x"]]),     // embedded CR LF reads as LF
        ("\u{FEFF}id,title\n1,x\n", [["id", "title"], ["1", "x"]]),    // a byte order mark
        ("a\n\n\nb\n\r\n", [["a"], ["b"]]),                            // blank lines hold no record
        ("5\" screen,x\n", [["5\" screen", "x"]]),                     // a stray quote in a plain field
        ("Triệu Phong,Quảng Trị\n", [["Triệu Phong", "Quảng Trị"]]),
        ("\"a\"\r\n\"b\"", [["a"], ["b"]]),
        ("", []),
        ("\u{FEFF}", []),
    ])
    func reads(_ text: String, _ expected: [[String]]) throws {
        #expect(try readCSV(text).get() == expected)
    }

    @Test func keepsNFDAsWritten() throws {
        let nfd = "Trie\u{0302}\u{0323}u"
        #expect(try readCSV(nfd + "\n").get()[0][0].unicodeScalars.count == 7)
    }

    @Test func recordKnowsItsLine() throws {
        var reader = CSVReader(bytes: bytes("a\n\"x\ny\"\nb\n"), file: "t.csv")
        var lines: [Int] = []
        while let r = try reader.next() { lines.append(r.line) }
        #expect(lines == [1, 2, 4])
    }

    @Test func unterminatedQuotePointsAtTheOpeningQuote() {
        guard case .failure(let d) = readCSV("id,title\n1,\"Triệu Phong\n2,x\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(rendered(d) == #"""
            t.csv:2:3: error: this quoted field is never closed
             2 │ 1,"Triệu Phong
               │   ^
               = hint: a quote inside a quoted field is written twice: "a 5"" screen"

            """#)
    }

    @Test func textAfterClosingQuote() {
        guard case .failure(let d) = readCSV("a,b\n\"abc\"x,2\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(d.message == "unexpected 'x' after the closing quote of a field")
        #expect(d.place?.line == 2)
        #expect(d.place?.column == 6)
        #expect(d.place?.lineText == "\"abc\"x,2")
    }

    @Test func textAfterClosingQuoteOnTheLastLineOfAMultilineField() {
        guard case .failure(let d) = readCSV("a\n\"x\ny\" z\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(d.place?.line == 3)
        #expect(d.place?.column == 3)
        #expect(d.place?.lineText == "y\" z")
    }

    @Test func invalidUTF8NamesLineAndColumn() {
        // "Quảng" then a lone 0xFF: the bad byte is the sixth character of line 2.
        let data = bytes("a,b\nx,Quảng") + [0xFF] + bytes(" Trị\n")
        guard case .failure(let d) = readCSV(data) else {
            Issue.record("expected an error")
            return
        }
        #expect(d.message == "invalid UTF-8: byte 0xFF cannot start or continue a character")
        #expect(d.place?.file == "t.csv")
        #expect(d.place?.line == 2)
        #expect(d.place?.column == 8)
        #expect(d.place?.lineText == "x,Quảng\u{FFFD} Trị")
    }

    @Test func invalidUTF8InAQuotedFieldWithDoubledQuotes() {
        let data = bytes("\"a\"\"") + [0xC3] + bytes("\"\n")
        guard case .failure(let d) = readCSV(data) else {
            Issue.record("expected an error")
            return
        }
        #expect(d.place?.column == 5)
    }

    @Test func columnsCountCharactersNotBytes() {
        let nfd = "Trie\u{0302}\u{0323}u" // five characters, seven scalars, ten bytes
        guard case .failure(let d) = readCSV("\(nfd),\"x\"y\n") else {
            Issue.record("expected an error")
            return
        }
        #expect(d.place?.column == 10)
    }
}
