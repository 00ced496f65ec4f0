import Testing
@testable import TracuuData
import TracuuValues

/// The same bytes through the fast and the careful CSV path give the same rows, or the
/// fast path steps aside and the careful one reports the error: one tokenizer
/// (`FieldScanner`) decides what a record is, the fast path never decides differently.
@Suite struct CSVPathsAgreeTests {
    /// Bodies after the header `id,district,value`, each an edge of the CSV rules.
    static let validBodies: [String] = [
        "m1,\"Gio\rLinh\",1\n",              // a lone CR inside a quoted field is text
        "m1,Gio,1\rm2,Linh,2\r",             // lone CRs end lines (old Mac files)
        "m1,Gio,1\r\nm2,Linh,2\r\n",         // CR LF
        "m1,Gio,1\r",                         // a CR at the very end
        "m1,Gio,1",                           // no line end at the end
        "m1,5\" screen,1\n",                  // a quote inside an unquoted field
        "m1,\"say \"\"hi\"\"\",1\n",          // doubled quotes
        "m1,\"a\r\nb\",1\n",                  // CR LF inside quotes reads as LF
        "m1,\"a\nb\",1\nm2,c,2\n",            // LF inside quotes
        "m1,Gio,1\n\n",                       // an empty last line
        "m1,Gio,1\n\r\n\r\rm2,Linh,2\n",      // blank lines of every kind
        "m1,Gio,\n",                          // an empty last field
        "m1,Gio,",                            // a comma at the very end of the file
        "m1\n",                               // a short row
        "m1,\"\",1\n",                        // a quoted empty field
        "m1,\"a\"\r\nm2,\"b\"\r",             // closing quotes before CR LF and a lone CR
        "m1,Triệu Phong,1\n",
        ",,\n",                               // a row of empty fields
    ]

    /// Bodies the careful path must refuse; the fast path must step aside for them.
    static let invalidBodies: [String] = [
        "m1,\"open,1\n",                      // a quoted field that never closes
        "m1,\"a\"x,1\n",                      // text after a closing quote
        "m1,\"a\"\"\n",                       // a doubled quote, then the end
        "m1,Gio,1,2\n",                       // more fields than the header
        "m1,Gio,abc\n",                       // a bad number
    ]

    static let header = "id,district,value\n"

    static func rows(_ load: FileLoad) -> [[Value]] {
        let d = load.rows.build()
        return (0..<d.rowCount).map(d.row)
    }

    static func check(_ bytes: [UInt8], valid: Bool) {
        let careful = CSVLoader.load(bytes, file: "t.csv", schema: Schemas.metrics)
        #expect(careful.failed == !valid)
        for splitSize in [chunkSplitSize, 1] {
            let fast = FastCSVLoader.load(bytes, file: "t.csv", schema: Schemas.metrics, splitSize: splitSize)
            if valid {
                #expect(fast != nil)
                #expect(fast.map(rows) == rows(careful))
            } else {
                #expect(fast == nil)
            }
        }
    }

    @Test(arguments: validBodies)
    func bothPathsReadTheSameRows(_ body: String) {
        Self.check(Array((Self.header + body).utf8), valid: true)
        Self.check(Array(("\u{FEFF}" + Self.header + body).utf8), valid: true)   // after a byte order mark
        Self.check(Array((Self.header.replacingOccurrences(of: "\n", with: "\r") + body).utf8), valid: true)
    }

    @Test(arguments: invalidBodies)
    func bothPathsRefuseTheSameFiles(_ body: String) {
        Self.check(Array((Self.header + body).utf8), valid: false)
    }

    @Test func bothPathsRefuseInvalidUTF8() {
        Self.check(Array((Self.header + "m1,").utf8) + [0xC3, 0x28] + Array(",1\n".utf8), valid: false)
    }

    @Test func aLoneCRInsideAQuotedFieldIsOneRowOnBothPaths() throws {
        let bytes = Array((Self.header + "m1,\"Gio\rLinh\",1\nm2,x,2\n").utf8)
        let fast = try #require(FastCSVLoader.load(bytes, file: "t.csv", schema: Schemas.metrics))
        #expect(fast.rows.rowCount == 2)
        #expect(CSVLoader.load(bytes, file: "t.csv", schema: Schemas.metrics).rows.rowCount == 2)
    }
}
