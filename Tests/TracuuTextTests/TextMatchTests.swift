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
}
