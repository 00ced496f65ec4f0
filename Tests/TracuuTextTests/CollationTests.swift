import Foundation
import Testing
import TracuuText

struct CollationTests {
    /// Sorts by sort key, starting from the reverse order so that a no-op sort fails.
    private func sortedByKey(_ names: [String]) -> [String] {
        names.reversed().sorted(by: VietnameseCollation.precedes)
    }

    @Test("lists already in Vietnamese order stay in it", arguments: [
        ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n",
         "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"],
        ["ma", "mà", "mả", "mã", "má", "mạ"],
        ["Dak Lak", "Duy Xuyên", "Đà Nẵng", "Đắk Lắk"],
        ["Hoà Bình", "Hòa Bình", "Hoàng Mai"],
        ["Đông Hà", "Ông Ích Khiêm"],
        ["Ong", "Ông", "Ơn", "Phong"],
        ["Đại Hoàng", "Đại Hồng"],
        ["ma", "Ma", "MA", "mà"],
        ["Quận 10", "Quận 2"],
        ["a b", "a_b", "a-b", "a,b", "a.b", "a'b", "a(b", "a)b", "a…b", "a1", "ab"],
        ["Việt", "Vĩnh", "Vũ", "Vương"],
        ["fa", "ga", "ja", "ka", "wa", "xa", "ya", "za"],
    ])
    func order(names: [String]) {
        #expect(sortedByKey(names) == names)
    }

    @Test("NFC, NFD and look-alike spellings give one key", arguments: [
        "Triệu Phong", "Đắk Lắk", "Hòa Bình", "Ngũ Hành Sơn", "Über",
    ])
    func formsShareKey(name: String) {
        let key = VietnameseCollation.sortKey(name)
        #expect(VietnameseCollation.sortKey(name.decomposedStringWithCanonicalMapping) == key)
        #expect(VietnameseCollation.sortKey(name.replacingOccurrences(of: "Đ", with: "\u{00D0}", options: .literal)) == key)
    }

    @Test func whiteSpaceIsCollapsed() {
        #expect(VietnameseCollation.sortKey("  Hà\u{00A0}\u{00A0}Nội\n") == VietnameseCollation.sortKey("Hà Nội"))
    }

    @Test func keyHasThreePartsSeparatedByZero() {
        let key = VietnameseCollation.sortKey("Mà")
        #expect(key.count == 2 + 1 + 2 + 1 + 2)
        #expect(key[2] == 0 && key[5] == 0)
        #expect(key[3] < key[4])   // m has no tone, à has a grave
        #expect(key[6] > key[7])   // M is upper case, à lower case
        #expect(VietnameseCollation.sortKey("") == [0, 0])
    }

    @Test func tonePlacementOnlyBreaksTies() {
        let old = VietnameseCollation.sortKey("Hòa Bình")
        let new = VietnameseCollation.sortKey("Hoà Bình")
        #expect(old != new)
        #expect(Array(old.prefix(while: { $0 != 0 })) == Array(new.prefix(while: { $0 != 0 })))
    }
}
