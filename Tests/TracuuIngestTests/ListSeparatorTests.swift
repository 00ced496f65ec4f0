import Testing
import TracuuIngest

/// Items of a list of figures separated by dashes, and shares of things after a percentage.
@Suite("List items")
struct ListSeparatorTests {
    func metrics(_ body: String) throws -> [ExtractedMetric] {
        try extractArticle("Cơ cấu kinh tế của huyện\n" + body).metrics
    }

    @Test func aDashSeparatesTheItemsOfAList() throws {
        let found = try metrics("Cơ cấu kinh tế năm 2024: nông nghiệp 28,5% - công nghiệp - xây dựng 33% - dịch vụ 38,5%.")
        #expect(found.map(\.indicator) == ["nông nghiệp", "công nghiệp - xây dựng", "dịch vụ"])
    }

    @Test func aShareOfThingsIsNamedByTheThingsAfterIt() throws {
        let found = try metrics("Đến nay toàn huyện có 100% thôn đạt chuẩn văn hóa, 96% hộ dân dùng nước sạch.")
        #expect(found.map(\.value) == [100, 96])
        #expect(found.map(\.indicator) == ["thôn đạt chuẩn văn hóa", "hộ dân dùng nước sạch"])
    }

    @Test func thePlaceTheThingsCountedBelongToIsNoPartOfTheirName() throws {
        let found = try metrics("Đến nay đã có 9/13 xã của huyện Tam Nông đạt chuẩn nông thôn mới.")
        #expect(found.map(\.indicator) == ["xã đạt chuẩn nông thôn mới"])
    }
}
