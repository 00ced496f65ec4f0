import Testing
import TracuuIngest

/// A period stated once governs what follows until another is stated (issue 11, item 2).
@Suite("Discourse period")
struct DiscoursePeriodTests {
    func metrics(_ text: String) throws -> [ExtractedMetric] {
        let raw = try RawArticle.decode(Array(text.utf8), fileName: "bao-cao.txt")
        return Extractor.extract(raw, fileName: "bao-cao.txt").metrics
    }

    @Test func aPeriodCarriesAcrossSentencesAndParagraphs() throws {
        let found = try metrics("""
        Kinh tế huyện giữ đà tăng trưởng
        Trong 9 tháng đầu năm 2023, tổng thu ngân sách trên địa bàn đạt 212,5 tỷ đồng, tăng 7,1%.

        Giá trị sản xuất nông nghiệp ước đạt 1.040 tỷ đồng. Sản lượng cá nuôi đạt 3.200 tấn.

        Riêng quý III/2023, doanh thu du lịch đạt 48 tỷ đồng.
        """)
        #expect(found.map { $0.period?.description ?? "-" } == ["2023-YTD09", "2023-YTD09", "2023-YTD09", "2023-Q3"])
    }

    @Test func aYearlessPeriodTakesThePublicationYearAndTheTitleStatesOne() throws {
        let found = try metrics("""
        Sáu tháng đầu năm: thu ngân sách khởi sắc
        Thứ tư - 05/07/2023 09:10
        Tổng thu ngân sách nhà nước trên địa bàn đạt 95,3 tỷ đồng.
        Từ đầu năm đến nay, toàn huyện trồng mới 410 ha rừng tập trung.
        """)
        #expect(found.map { $0.period?.description ?? "-" } == ["2023-H1", "2023-YTD"])
    }

    @Test func aSpanThatIsOverIsAPeriodAndAComparedYearIsNot() throws {
        let found = try metrics("""
        Nhìn lại một nhiệm kỳ
        Thứ hai - 12/10/2020 08:00
        Tốc độ tăng giá trị sản xuất bình quân giai đoạn 2016-2020 đạt 9,2%; tổng vốn đầu tư toàn xã hội đạt 8.400 tỷ đồng.
        Năm 2020, doanh thu thương mại đạt 2.100 tỷ đồng, cao hơn năm 2019 là 5,5%.
        """)
        #expect(found.map { $0.period?.description ?? "-" } == ["2016-2020", "2016-2020", "2020"])
    }

    @Test func theMonthOfAMeetingIsNotThePeriodOfItsFigures() throws {
        let found = try metrics("""
        Quý I/2024: sản xuất phục hồi
        Thứ ba - 09/04/2024 10:00
        Tại phiên họp thường kỳ tháng 3, huyện cho biết doanh thu dịch vụ quý I/2024 đạt 310 tỷ đồng; thu ngân sách đạt 42 tỷ đồng.
        """)
        #expect(found.map { $0.period?.description ?? "-" } == ["2024-Q1", "2024-Q1"])
    }

    @Test func aDocumentDateInsideALongFirstLineIsNotThePublicationDate() throws {
        let found = try metrics("""
        Theo báo cáo của huyện, 6 tháng năm 2024 thu ngân sách đạt 120 tỷ đồng; huyện tiếp tục thực hiện Nghị quyết số 05-NQ/HU ngày 10/2/2021 về phát triển chăn nuôi.
        """)
        #expect(found.first?.period?.description == "2024-H1")
    }

    @Test func aYearInALaterClauseIsThatClausesOwnAndATermReviewedIsAPeriodWithoutADate() throws {
        let found = try metrics("""
        Đại hội Đảng bộ xã lần thứ IX, nhiệm kỳ 2020-2025
        Nhiệm kỳ 2015-2020, xã hoàn thành các chỉ tiêu chủ yếu. Giá trị sản xuất tăng bình quân 8,4%/năm; doanh thu thương mại năm 2020 đạt 310 tỷ đồng. Toàn xã làm mới 42 km đường bê tông.
        """)
        #expect(found.map { $0.period?.description ?? "-" } == ["2015-2020", "2020", "2015-2020"])
    }

    @Test func theTermJustOverNamedWithoutItsYearsIsTheFiveYearsBeforeTheCongress() throws {
        let found = try metrics("""
        Đại hội Đảng bộ phường lần thứ VIII, nhiệm kỳ 2020-2025
        Năm 2019, thu ngân sách đạt 12 tỷ đồng. Năm năm qua, phường kết nạp 64 đảng viên; vốn đầu tư 5 năm đạt 900 tỷ đồng.
        """)
        #expect(found.map { $0.period?.description ?? "-" } == ["2019", "2015-2020", "2015-2020"])
    }

    @Test func aLevelUnderACarriedSpanIsTheLevelOfItsLastYear() throws {
        let found = try metrics("""
        Đại hội Đảng bộ thị trấn lần thứ VII, nhiệm kỳ 2020-2025
        Nhiệm kỳ 2015-2020, thị trấn phát triển khá. Tỷ lệ hộ nghèo giảm còn 2,1%; diện tích rau an toàn đạt 140 ha; tổng vốn đầu tư toàn xã hội đạt 620 tỷ đồng, tăng bình quân 9%/năm.
        """)
        #expect(found.map { $0.period?.description ?? "-" } == ["2020", "2020", "2015-2020"])
    }

    @Test func aYearlessPeriodInALaterClauseTakesTheYearItsSentenceStated() throws {
        let found = try metrics("""
        Trong 9 tháng năm 2023, huyện thu ngân sách được 52 tỷ đồng; cả năm ước thu 70 tỷ đồng.
        """)
        #expect(found.map { $0.period?.description ?? "-" } == ["2023-YTD09", "2023"])
    }

    @Test func withoutADateTheSameTimeOfAYearComparedWithGivesTheYear() throws {
        let found = try metrics("""
        Làng nghề đón khách
        Từ đầu năm đến nay, lượng khách đến xã đạt 8.000 lượt, tăng 12% so với cùng kỳ năm 2022. Doanh thu du lịch đạt 9 tỷ đồng.
        """)
        #expect(found.map { $0.period?.description ?? "-" } == ["2023-YTD", "2023-YTD"])
    }

    @Test func aYearInsideTheSpanUnderReviewIsItsSentencesOnly() throws {
        let found = try metrics("""
        Sơ kết giữa nhiệm kỳ ở xã
        Thứ năm - 20/07/2023 08:00
        Tốc độ tăng giá trị sản xuất bình quân giai đoạn 2021-2023 đạt 9%/năm. Thu nhập bình quân đầu người năm 2022 đạt 51 triệu đồng. Tổng vốn đầu tư toàn xã hội 3 năm đạt 700 tỷ đồng. Đến nay xã có 6 thôn đạt chuẩn nông thôn mới kiểu mẫu.
        """)
        #expect(found.map { $0.period?.description ?? "-" } == ["2021-2023", "2022", "2021-2023", "2023"])
    }

    @Test func aMidTermReviewReportsOnTheYearsOfTheTermSoFar() throws {
        let found = try metrics("""
        Xã Tân Lộc sơ kết giữa nhiệm kỳ
        Thứ sáu - 18/08/2023 07:30
        Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2020-2025 đề ra 18 chỉ tiêu. Qua nửa nhiệm kỳ, tổng vốn đầu tư đạt 210 tỷ đồng; tỷ lệ hộ nghèo còn 2,4%. Nửa nhiệm kỳ còn lại, xã tập trung làm đường.
        """)
        #expect(found.map { $0.period?.description ?? "-" } == ["2021-2023", "2023"])
    }
}
