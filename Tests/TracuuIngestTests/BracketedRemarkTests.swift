import Testing
import TracuuIngest

/// A remark in brackets inside an indicator is an aside: it does not make the phrase too long.
@Suite("Bracketed remarks in indicators")
struct BracketedRemarkTests {
    @Test func aLongRemarkInBracketsDoesNotLoseTheFigure() throws {
        let found = try extractArticle("""
        Công nghiệp của huyện
        Tổng doanh thu của các cơ sở chế biến trên địa bàn huyện (không tính Công ty cổ phần mía đường Sơn Hà và các chi nhánh) ước đạt 640 tỷ đồng.
        """).metrics
        #expect(found.map(\.value) == [640])
    }
}
