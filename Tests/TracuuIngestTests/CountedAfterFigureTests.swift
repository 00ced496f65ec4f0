import Testing
import TracuuIngest

/// Things counted whose indicator is what they reached: `12/19 xã đạt chuẩn nông thôn mới`.
@Suite("What counted things reached")
struct CountedAfterFigureTests {
    @Test func whatTheThingsCountedReachedNamesThem() throws {
        let found = try extractArticle("Nông thôn mới ở huyện\nHuyện có 12/19 xã đạt chuẩn nông thôn mới, trong đó 4 xã đạt chuẩn nâng cao.").metrics
        #expect(found.map(\.value) == [12, 4])
        #expect(found.map(\.indicator) == ["xã đạt chuẩn nông thôn mới", "xã đạt chuẩn nâng cao"])
    }

    @Test func aCountOfThingsUpToStandardIsALevelAtTheEndOfASpan() throws {
        let found = try extractArticle("""
        Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025
        Nhiệm kỳ 2015-2020, huyện đạt nhiều kết quả. Toàn huyện có 12/19 xã đạt chuẩn nông thôn mới.
        """).metrics
        #expect(found.map { $0.period?.description ?? "-" } == ["2020"])
    }
}
