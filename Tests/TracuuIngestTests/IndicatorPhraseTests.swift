import Testing
@testable import TracuuIngest

/// Which numbers are reported figures and what each measures (issue 11, items 6, 7, 8, 10).
@Suite("Indicators and reported figures")
struct IndicatorPhraseTests {
    func metrics(_ body: String) throws -> [ExtractedMetric] {
        try extractArticle("Kết quả năm 2022 của huyện\nThứ hai - 09/01/2023 08:00\n" + body).metrics
    }

    @Test func everyItemOfAListOfSharesIsAFigure() throws {
        let found = try metrics("Cơ cấu kinh tế: nông nghiệp 38,5%, công nghiệp - xây dựng 27,1%, thương mại - dịch vụ 34,4%.")
        #expect(found.map(\.indicator) == ["nông nghiệp", "công nghiệp - xây dựng", "thương mại - dịch vụ"])
        #expect(found.map(\.value) == [38.5, 27.1, 34.4])
    }

    @Test func aOneWordItemAfterAFigureIsAnIndicator() throws {
        let found = try metrics("Diện tích lúa cả huyện đạt 9.800 ha, sắn 1.240 ha.")
        #expect(found.map(\.indicator) == ["Diện tích lúa cả huyện", "sắn"])
    }

    @Test func theFramingTheTimeAndTheSubjectAreNotTheIndicator() throws {
        let found = try metrics("""
        Theo báo cáo của UBND huyện, 9 tháng năm 2022 tổng giá trị sản xuất trên địa bàn ước đạt 2.870 tỷ đồng.
        Toàn huyện đã bê tông hóa 96 km đường giao thông nông thôn.
        """)
        #expect(found.map(\.indicator) == ["tổng giá trị sản xuất trên địa bàn", "bê tông hóa"])
        #expect(found.first?.estimated == true)
    }

    @Test func whatIsCountedAfterTheNumberIsTheIndicatorWhenNothingStandsBefore() throws {
        let found = try metrics("Có 142 doanh nghiệp thành lập mới. Cả huyện còn 205 hộ nghèo, 318 hộ cận nghèo.")
        #expect(found.map(\.indicator) == ["doanh nghiệp thành lập mới", "hộ nghèo", "hộ cận nghèo"])
        #expect(found.map(\.unit) == ["doanh nghiệp", "hộ", "hộ"])
    }

    @Test func aMoveFromOneLevelToAnotherReportsTheLevelReached() throws {
        let found = try metrics("Tỷ lệ hộ nghèo giảm từ 8,4% (năm 2020) xuống còn 3,9%. Doanh thu du lịch đạt 52 tỷ đồng.")
        #expect(found.map(\.value) == [3.9, 52])
        #expect(found.first?.indicator == "Tỷ lệ hộ nghèo")
        // The year in brackets dates the start, not the sentences after it.
        #expect(found.map { $0.period?.description ?? "-" } == ["2022", "2022"])
    }

    @Test func theShareOfAPlanAndAMultipleAreNotFigures() throws {
        let found = try metrics("Thu ngân sách đạt 96,4 tỷ đồng, bằng 54,1% dự toán năm, gấp 1,3 lần cùng kỳ.")
        #expect(found.map(\.value) == [96.4])
    }

    @Test func anAimIsNotAReport() throws {
        let found = try metrics("""
        Huyện phấn đấu tốc độ tăng trưởng đạt 8,5%. Đến năm 2025 thu nhập bình quân đầu người đạt 70 triệu đồng.
        Nghị quyết đề ra các chỉ tiêu chủ yếu:
        - Tỷ lệ che phủ rừng 52%;
        - Tỷ lệ lao động qua đào tạo 75%.
        Năm 2022, thu nhập bình quân đầu người đạt 51 triệu đồng.
        """)
        #expect(found.map(\.value) == [51])
    }

    @Test func comradesAndMembersRepresentedAreNotFigures() throws {
        let found = try metrics("""
        Đại hội bầu Ban Chấp hành gồm 41 đồng chí, thay mặt cho hơn 5.100 đảng viên. Năm qua, Đảng bộ kết nạp 87 đảng viên mới.
        """)
        #expect(found.map(\.value) == [87])
        #expect(found.first?.indicator == "kết nạp")
        #expect(found.first?.unit == "đảng viên")
    }

    @Test func aDifferenceFromTheFigureBeforeIsItsChange() throws {
        let found = try metrics("Thu ngân sách ước đạt 412 tỷ đồng, cao hơn 12,5% so với cùng kỳ.")
        #expect(found.count == 1)
        #expect(found.first?.change == 12.5)
    }

    @Test func wordListsAreLongestFirstSoTheFirstMatchIsTheLongest() {
        for list in IndicatorPhrase.wordLists {
            #expect(zip(list, list.dropFirst()).allSatisfy { $0.count >= $1.count }, "\(list)")
        }
    }
}
