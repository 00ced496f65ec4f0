import Testing
@testable import TracuuIngest

/// A page header that only names a unit is told by the start of the line alone.
@Suite("Unit headers")
struct UnitHeaderTests {
    @Test(arguments: [
        ("Huyện Triệu Phong", true),
        ("huyện Triệu Phong", true),
        ("Thành phố Đông Hà", true),
        ("Huyện", false),
        ("Huyện ủy Triệu Phong họp phiên thường kỳ tháng 3 để bàn việc mở rộng đường liên xã", false),
        ("Nhân dân huyện Triệu Phong", false),
    ])
    func startsWithAUnitAndItsName(_ line: String, _ expected: Bool) {
        #expect(ArticleLayout.isUnitHeader(line) == expected)
    }
}
