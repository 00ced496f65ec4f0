import Foundation
import Testing
@testable import TracuuData
import TracuuValues

/// The fast CSV path must give exactly the rows of the careful one, or step aside.
@Suite("Fast CSV path")
struct FastCSVTests {
    static func rows(_ load: FileLoad) -> [[Value]] {
        let d = load.rows.build()
        return (0..<d.rowCount).map(d.row)
    }

    static let files: [String] = [
        "id,district,province,indicator,period,value,unit,change,estimated,article\n1,Triệu Phong,Quảng Trị,\"doanh thu, dịch vụ\",2021-Q1,956,tỉ đồng,38.1,true,a1\n2,Trie\u{0323}\u{0302}u Phong,Quảng Trị,\"nói \"\"có\"\"\",2021,-2.5,%,,false,a1\n",
        "id,value,change\r\nm1,1.234.567,5\r\nm2, 38.1 ,\"38,1\"\r\nm3,\"1.234,5\",0\r\n", // grouping dots, decimal comma, spaces
        "district,value\n\"Gio\r\nLinh\",12\n\nHải Lăng,7\n",                     // CR LF inside quotes, a blank line
        "id,value\nm1,12\nm2\n",                                                 // a short row
        "id,value,period\nm1,1e3,2021-Q1\nm2,0.125,2021-H2\n",
        "id,district\nm1,\u{00D0}ông Hà\nm2,Đông Hà\n",                           // Ð repaired on load
    ]

    @Test(arguments: 0..<6)
    func fastAndCarefulPathsAgree(_ index: Int) throws {
        let bytes = Array(Self.files[index].utf8)
        let careful = CSVLoader.load(bytes, file: "t.csv", schema: Schemas.metrics)
        #expect(!careful.failed)
        if let fast = FastCSVLoader.load(bytes, file: "t.csv", schema: Schemas.metrics) {
            #expect(Self.rows(fast) == Self.rows(careful))
        }
    }

    @Test func theFastPathTakesTheUsualFile() {
        #expect(FastCSVLoader.load(Array(Self.files[0].utf8), file: "t.csv", schema: Schemas.metrics) != nil)
    }

    @Test(arguments: [
        "id,value\nm1,abc\n",            // not a number
        "id,value\nm1,1,2\n",            // more fields than the header
        "id,value\nm1,\"open\n",         // a quote that never closes
        "id,value\nm1,\"a\"x\n",         // text after a closing quote
    ])
    func theFastPathStepsAsideForProblems(_ text: String) {
        #expect(FastCSVLoader.load(Array(text.utf8), file: "t.csv", schema: Schemas.metrics) == nil)
    }

    @Test func invalidUTF8StepsAside() {
        var bytes = Array("id,district\nm1,".utf8)
        bytes += [0xC3, 0x28, 0x0A]
        #expect(FastCSVLoader.load(bytes, file: "t.csv", schema: Schemas.metrics) == nil)
    }

    /// On generated rows, the two paths agree value by value.
    /// A column of ids stops interning once it shows itself mostly distinct: same rows.
    @Test func aColumnOfIdsAgrees() {
        var text = "id,district,value\n"
        for i in 0..<30_000 { text += "m\(i),\(i % 3 == 0 ? "Triệu Phong" : "Hải Lăng"),\(i)\n" }
        text += "m5,Triệu Phong,1\n"     // an id seen before, after the switch
        let bytes = Array(text.utf8)
        let careful = CSVLoader.load(bytes, file: "ids.csv", schema: Schemas.metrics)
        guard let fast = FastCSVLoader.load(bytes, file: "ids.csv", schema: Schemas.metrics) else {
            Issue.record("the fast path should take this file")
            return
        }
        #expect(Self.rows(fast) == Self.rows(careful))
    }

    @Test func generatedFilesAgree() {
        var text = "id,district,province,indicator,period,value,unit,change,estimated,article\n"
        let districts = ["Triệu Phong", "Hải Lăng", "Đông Hà", "Trie\u{0323}\u{0302}u Phong", "Hoà Vang"]
        for i in 0..<2000 {
            let change = i % 7 == 0 ? "" : String(Double(i % 400 - 200) / 10)
            text += "\(i),\(districts[i % 5]),Quảng Trị,\"chỉ tiêu, \(i % 9)\",202\(i % 5)-Q\(i % 4 + 1),\(Double(i) * 1.25),tỉ đồng,\(change),\(i % 3 == 0),a\(i % 11)\n"
        }
        let bytes = Array(text.utf8)
        let careful = CSVLoader.load(bytes, file: "g.csv", schema: Schemas.metrics)
        guard let fast = FastCSVLoader.load(bytes, file: "g.csv", schema: Schemas.metrics) else {
            Issue.record("the fast path should take this file")
            return
        }
        #expect(Self.rows(fast) == Self.rows(careful))
        // NFD and NFC spellings of a district are one text in the dictionary.
        if case .text(_, let dictionary) = fast.rows.build().columns[1] {
            #expect(Set(dictionary.displays).count == dictionary.count)
            #expect(dictionary.count == 4)
        }
    }

    /// A body larger than `splitSize` is read as two halves at once; the rows must be the
    /// careful path's, in order, whatever lies at the middle.
    static func agreesWhenSplit(_ text: String) -> Dataset? {
        let bytes = Array(text.utf8)
        let careful = CSVLoader.load(bytes, file: "s.csv", schema: Schemas.metrics)
        guard let fast = FastCSVLoader.load(bytes, file: "s.csv", schema: Schemas.metrics, splitSize: 1) else {
            Issue.record("the fast path should take this file")
            return nil
        }
        #expect(Self.rows(fast) == Self.rows(careful))
        #expect(fast.rows.rowCount == careful.rows.rowCount)
        return fast.rows.build()
    }

    @Test func halvesJoinWithOneCodePerDistrict() {
        var text = "id,district,value\n"
        let districts = ["Triệu Phong", "Hải Lăng", "Trie\u{0323}\u{0302}u Phong", "Đông Hà"]
        for i in 0..<5000 { text += "m\(i),\(districts[i % 4]),\(i)\n" }
        guard let d = Self.agreesWhenSplit(text), case .text(_, let dictionary) = d.columns[1] else { return }
        #expect(dictionary.count == 3)
    }

    @Test func halvesOfAColumnOfIdsJoin() {
        var text = "id,value\n"
        for i in 0..<60_000 { text += "m\(i),\(i)\n" }
        text += "m5,1\n"
        _ = Self.agreesWhenSplit(text)
    }

    @Test func aQuotedFieldAcrossTheMiddleIsReadWhole() {
        var text = "id,indicator,value\n"
        for i in 0..<10 { text += "m\(i),a,\(i)\n" }
        // Read from the middle, the field's lines look like rows of their own: `x,1`, then `end",1`.
        text += "big,\"" + String(repeating: "x,1\n", count: 5000) + "end\",1\n"
        for i in 10..<20 { text += "m\(i),b,\(i)\n" }
        _ = Self.agreesWhenSplit(text)
    }

    @Test func blankLinesAtTheMiddleAreSkipped() {
        var text = "id,value\n"
        for i in 0..<1000 { text += "m\(i),\(i)\n\n\r\n" }
        _ = Self.agreesWhenSplit(text)
    }

    @Test func aBadRowInTheSecondHalfStepsAside() {
        var text = "id,value\n"
        for i in 0..<1000 { text += "m\(i),\(i)\n" }
        text += "m,abc\n"
        #expect(FastCSVLoader.load(Array(text.utf8), file: "s.csv", schema: Schemas.metrics, splitSize: 1) == nil)
    }
}
