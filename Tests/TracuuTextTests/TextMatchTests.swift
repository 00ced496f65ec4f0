import Testing
import TracuuText

/// The one meaning of `~` and `contains` (issue 10, item 14).
@Suite("Text match")
struct TextMatchTests {
    @Test(arguments: [TextMatch.Operator.matches, .contains])
    func emptyAndWhiteSpaceNeedlesMatchEveryText(op: TextMatch.Operator) {
        for needle in ["", " ", "  \t "] {
            #expect(TextMatch.holds(op, "Triệu Phong", needle))
            #expect(TextMatch.holds(op, "", needle))
        }
    }

    @Test func matchFoldsCaseAndDiacriticsContainsOnlyCase() {
        #expect(TextMatch.holds(.matches, "Triệu Phong", "TRIEU"))
        #expect(!TextMatch.holds(.contains, "Triệu Phong", "trieu"))
        #expect(TextMatch.holds(.contains, "Triệu Phong", "TRIỆU"))
        #expect(!TextMatch.holds(.matches, "Triệu Phong", "Hải Lăng"))
    }

    @Test(arguments: [
        ("thu%", "thu ngân sách", true),
        ("thu%", "tổng thu", false),
        ("%thu%", "tổng thu ngân sách", true),
        ("%sách", "thu ngân sách", true),
        ("thu%sách", "thu ngân sách", true),
        ("thu%sách", "thu ngân sách nhà nước", false),
        ("a%b%c", "a-x-b-y-c", true),
        ("a%b%c", "a-c-b", false),
        ("%%", "", true),
        ("", "", true),
        ("", "a", false),
        ("_", "ệ", true),
        ("_", "ab", false),
        ("20_1", "2021", true),
        ("20_1", "20211", false),
        ("%aa", "aaa", true),
        ("aa%aa", "aaa", false),
    ])
    func likePatterns(pattern: String, text: String, matches: Bool) {
        #expect(LikePattern(pattern).matches(text) == matches)
    }

    @Test func likeIgnoresCaseAndNormalFormButNotDiacritics() {
        #expect(TextMatch.holds(.like, "Thu Ngân Sách", "thu ngân%"))
        #expect(TextMatch.holds(.like, "thu nga\u{0302}n sa\u{0301}ch", "%NGÂN SÁCH"))   // NFD text
        #expect(!TextMatch.holds(.like, "thu ngân sách", "thu ngan%"))
        #expect(TextMatch.holds(.like, "", ""))
        #expect(!TextMatch.holds(.like, "a", " "))
    }

    @Test func matchTakesWildcardsOnFoldedTextAnywhere() {
        #expect(TextMatch.holds(.matches, "Tổng thu ngân sách nhà nước", "thu%nha nuoc"))
        #expect(TextMatch.holds(.matches, "Tổng thu ngân sách", "NGAN_SACH"))
        #expect(!TextMatch.holds(.matches, "Tổng thu ngân sách", "sach%thu"))
        // Without a wildcard `~` is the substring search it was; `contains` keeps `%` as typed.
        #expect(TextMatch.holds(.contains, "tăng 50% so với", "50%"))
        #expect(!TextMatch.holds(.contains, "tăng 50 lần", "50%"))
    }

    @Test func startsWithLooksAtTheBeginningIgnoringCase() {
        #expect(TextMatch.holds(.startsWith, "Tỷ lệ hộ nghèo", "tỷ lệ"))
        #expect(TextMatch.holds(.startsWith, "Tỷ lệ hộ nghèo", "TY\u{309} LỆ"))
        #expect(!TextMatch.holds(.startsWith, "tỷ lệ hộ nghèo", "hộ nghèo"))
        #expect(TextMatch.holds(.startsWith, "tỷ lệ", " "))
        #expect(!TextMatch.holds(.startsWith, "tỷ", "tỷ lệ"))
    }
}
