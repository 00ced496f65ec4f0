import Foundation
import Testing
import TracuuText

/// The byte search must give the ranges Foundation's `.literal` search gives, which it replaces.
@Suite("Literal search")
struct LiteralSearchTests {
    @Test(arguments: [
        ("thu ngân sách đạt 412 tỷ đồng, tăng 9%", " tăng "),
        ("xã đạt chuẩn, thôn đạt chuẩn", "đạt"),
        ("e\u{0323} chưa ghép", "e"),                  // a code-unit match may end before a mark
        ("không có số nào", "tỷ"),
        ("aaaab", "aab"),
        ("", "a"),
    ])
    func firstMatchIsFoundationsLiteralOne(_ haystack: String, _ needle: String) {
        #expect(LiteralSearch.firstRange(of: needle, in: haystack) == haystack.range(of: needle, options: .literal))
    }

    @Test func searchesFromAnIndex() {
        let text = "đến năm 2020 và đến năm 2030 xây xong"
        let first = LiteralSearch.firstRange(of: "đến năm ", in: text)
        let second = first.flatMap { LiteralSearch.firstRange(of: "đến năm ", in: text, from: $0.upperBound) }
        #expect(second == text.range(of: "đến năm ", options: .literal, range: (first?.upperBound ?? text.startIndex)..<text.endIndex))
        #expect(second.map { String(text[$0.upperBound...].prefix(4)) } == "2030")
    }

    @Test(arguments: [
        ("Theo báo cáo của huyện, năm nay, tổng giá trị", ", "),
        ("ba ba ba", "ba ba"),                          // overlapping: the one starting last
        ("không có dấu phẩy", ", "),
    ])
    func lastMatchIsFoundationsBackwardOne(_ haystack: String, _ needle: String) {
        #expect(LiteralSearch.lastRange(of: needle, in: haystack) == haystack.range(of: needle, options: [.backwards, .literal]))
    }
}
