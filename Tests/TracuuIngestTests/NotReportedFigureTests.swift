import Testing
import TracuuIngest

/// Numbers with a unit that are no reported figure of their own (issue 11, item 7).
@Suite("Figures that are not reported")
struct NotReportedFigureTests {
    func metrics(_ body: String) throws -> [ExtractedMetric] {
        try extractArticle("Tình hình kinh tế xã hội\n" + body).metrics
    }

    @Test func aDifferenceFromAnotherFigureIsNone() throws {
        let found = try metrics("Cuối năm xã còn 85 hộ nghèo (nhiều hơn 6 hộ so với dự kiến), tỷ lệ hộ nghèo còn 3,4%.")
        #expect(found.map(\.value) == [85, 3.4])
    }

    @Test func theSizeOfAThingNamedBeforeIsNoneButALengthMeasuredIsOne() throws {
        let found = try metrics("Huyện đang thi công tuyến đê bao dài 7,5 km. Tổng chiều dài kênh mương được kiên cố hóa đạt 21 km.")
        #expect(found.map(\.value) == [21])
    }

    @Test func anIncrementWhoseTotalFollowsIsNoneAndNamesTheTotal() throws {
        let found = try metrics("Trong năm, toàn huyện có thêm 4 hợp tác xã thành lập mới, nâng tổng số lên 38 hợp tác xã.")
        #expect(found.map(\.value) == [38])
        #expect(found.first?.indicator == "hợp tác xã thành lập mới")
    }

    @Test func aShareOfThePlanInBracketsIsNone() throws {
        let found = try metrics("Thành phố thu hoạch 12.400 tấn lúa (97,5% kế hoạch) và trồng mới 35 ha rừng.")
        #expect(found.map(\.value) == [12400, 35])
        #expect(found.last?.indicator == "trồng mới")
    }
}
