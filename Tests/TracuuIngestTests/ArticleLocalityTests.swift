import Foundation
import Testing
@testable import TracuuIngest

/// The unit an article is about, at every level, and how it is written (issue 11, phenomenon 3).
@Suite("Article locality")
struct ArticleLocalityTests {
    func unit(_ title: String, _ body: String) -> Locality? {
        ArticleFacts(title: title, body: body).unit
    }

    @Test func aUnitNamedOnceThenCalledTheDistrict() {
        let found = unit("Tin hoạt động tuần này",
                         "Sáng nay, Huyện ủy Krông Năng họp phiên thường kỳ. Toàn huyện đã trồng mới 300 ha cà phê; huyện tiếp tục hỗ trợ các xã vùng sâu.")
        #expect(found?.name == "Krông Năng")
        #expect(found?.type == "huyện")
        #expect(found?.province == "Đắk Lắk")
    }

    @Test func aUnitNamedOnlyInTheTitleWithoutItsTypeWord() {
        let found = unit("Mường Lát chăm lo cho người nghèo dịp cuối năm",
                         "Trong năm, huyện đã vận động được nhiều nguồn lực; trên địa bàn huyện không còn nhà tạm.")
        #expect(found?.name == "Mường Lát")
        #expect(found?.type == "huyện")
        #expect(found?.province == "Thanh Hóa")
    }

    @Test func aProvinceSharingItsNameWithItsCityIsTheProvinceWhenTheTextSaysTinh() {
        let found = unit("Thái Bình: xuất khẩu tăng mạnh",
                         "Theo UBND tỉnh, kim ngạch xuất khẩu toàn tỉnh tăng khá; tỉnh sẽ tiếp tục thu hút đầu tư.")
        #expect(found?.level == .province)
        #expect(found?.type == "tỉnh")
        #expect(found?.name == "Thái Bình")
        #expect(found?.province == "Thái Bình")
    }

    @Test func theCityOfThatNameWhenTheTextSaysThanhPho() {
        let found = unit("Thái Bình chỉnh trang đô thị",
                         "Năm nay, thành phố đầu tư nhiều tuyến phố mới; toàn thành phố có thêm hai phường văn minh.")
        #expect(found?.type == "thành phố")
        #expect(found?.code == "336")
    }

    @Test func aPartyCommitteeNamesItsUnitsType() {
        // Sơn Tây is a thị xã of Hà Nội and a huyện of Quảng Ngãi: Thị ủy says which.
        let found = unit("Sơn Tây tổng kết năm", "Chiều qua, Thị ủy Sơn Tây tổ chức hội nghị tổng kết công tác năm.")
        #expect(found?.type == "thị xã")
        #expect(found?.province == "Hà Nội")
    }

    @Test func abbreviatedTypesAndNumberedUrbanDistricts() {
        #expect(unit("TP. Tuy Hòa: thu ngân sách vượt dự toán", "")?.name == "Tuy Hòa")
        #expect(unit("TX Kỳ Anh đón nhà đầu tư mới", "")?.type == "thị xã")
        let quan = unit("Tin tức", "Quận ủy Quận 3 vừa sơ kết 6 tháng; quận đã hoàn thành nhiều chỉ tiêu.")
        #expect(quan?.name == "Quận 3")
        #expect(quan?.province == "Hồ Chí Minh")
    }

    @Test func oneLetterAbbreviationsNeedTheirDotAndAName() {
        #expect(unit("Tin tức", "Nông dân H. Mường Lát thu hoạch lúa; toàn huyện đạt năng suất khá.")?.name == "Mường Lát")
        let initials = UnitMentions("Ông Nguyễn H. Hải và bà Q. Lan; H Mường Lát")
        #expect(initials.mentions.isEmpty)
        #expect(initials.references.isEmpty)
    }

    @Test func aTitleInCapitalsNamesItsUnit() {
        let found = unit("KINH TẾ KRÔNG NĂNG TĂNG TRƯỞNG KHÁ", "Năm qua, toàn huyện giữ vững tốc độ tăng trưởng.")
        #expect(found?.name == "Krông Năng")
        #expect(unit("HUYỆN MƯỜNG LÁT ĐÓN BẰNG CÔNG NHẬN", "")?.name == "Mường Lát")
    }

    @Test func aUnitPromotedDuringTheTermKeepsTheTypeTheArticleGivesIt() {
        let f = ArticleFacts(title: "Thị xã Phú Mỹ sơ kết 6 tháng",
                             body: "Nghị quyết Đại hội Đảng bộ thị xã Phú Mỹ lần thứ II đang được triển khai; toàn thị xã thu hút thêm dự án.")
        #expect(f.unit?.name == "Phú Mỹ")
        #expect(f.unit?.type == "thị xã")
        #expect(f.unit?.code == "754")
        #expect(f.unit?.province == "Bà Rịa - Vũng Tàu")
        #expect(f.congress == 2)
    }

    @Test func aNameSpelledAnotherWayFindsTheGazetteersSpelling() {
        let found = unit("Đắk Glong giảm nghèo bền vững", "Toàn huyện còn ít hộ nghèo.")
        #expect(found?.name == "Đăk Glong")
        #expect(found?.province == "Đắk Nông")
    }

    @Test func aCommuneTakesTheProvinceOfTheDistrictBesideIt() {
        let found = unit("Đảng bộ xã Tân Phú tổ chức đại hội",
                         "Hôm qua, Đảng bộ xã Tân Phú (huyện Đồng Phú) tổ chức đại hội; toàn xã có 12 chi bộ.")
        #expect(found?.level == .commune)
        #expect(found?.type == "xã")
        #expect(found?.name == "Tân Phú")
        #expect(found?.province == "Bình Phước")
    }

    @Test func aNameInSeveralProvincesIsSettledByTheProvinceTheTextNames() {
        let found = unit("Châu Thành về đích nông thôn mới",
                         "Huyện Châu Thành là địa phương đầu tiên của tỉnh Bến Tre hoàn thành chương trình; toàn huyện có 21 xã.")
        #expect(found?.province == "Bến Tre")
        #expect(found?.code == "831")
    }

    @Test func aNameInSeveralProvincesAndNoProvinceIsLeftEmptyAndReported() throws {
        let raw = try RawArticle.decode(Array("Châu Thành về đích nông thôn mới\n\nToàn huyện Châu Thành có thêm hai xã đạt chuẩn.\n".utf8),
                                        fileName: "chau-thanh.txt")
        let extraction = Extractor.extract(raw, fileName: "chau-thanh.txt")
        #expect(extraction.article.district == nil)
        #expect(extraction.article.province == nil)
        let warning = try #require(extraction.warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("Châu Thành"))
        #expect(warning.message.contains("Bến Tre"))
        #expect(warning.place?.line == 1)
    }

    @Test func aProvinceNamedInPassingDoesNotOutweighTheDistrict() {
        let found = unit("Krông Năng: giá trị sản xuất tăng",
                         "Theo kế hoạch tỉnh Đắk Lắk giao, huyện Krông Năng đạt 102%; toàn huyện có 12 xã, huyện tiếp tục phấn đấu.")
        #expect(found?.name == "Krông Năng")
    }

    @Test func wordsThatOnlyLookLikeUnitsAreNot() {
        let mentions = UnitMentions("phát triển kinh tế - xã hội, các xã, 16/16 xã, 100% xã và cấp huyện; hợp tác xã")
        #expect(mentions.references.isEmpty)
        #expect(mentions.mentions.isEmpty)
    }
}

@Suite("Article congress and term")
struct ArticleCongressTests {
    func facts(_ body: String, title: String = "Tin tức") -> ArticleFacts {
        ArticleFacts(title: title, body: body)
    }

    @Test func theCongressOfTheUnitsPartyOrganisationWithoutItsName() {
        let f = facts("Huyện Mường Lát quán triệt Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020-2025.")
        #expect(f.congress == 23)
        #expect(f.term?.description == "2020-2025")
    }

    @Test func meetingsAndOtherLevelsAreNotTheCongress() {
        let f = facts("Huyện ủy Mường Lát tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 9. Huyện quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX và Đại hội đại biểu toàn quốc lần thứ XIII.")
        #expect(f.unit?.name == "Mường Lát")
        #expect(f.congress == nil)
    }

    @Test func aCommitteeNumberAloneIsNotTheCongress() {
        #expect(facts("Ban Chấp hành Đảng bộ huyện Mường Lát khóa XXIII họp phiên cuối năm.").congress == nil)
    }

    @Test func digitsAndWordsAndTheLatestOfTwoCongresses() {
        let f = facts("Nghị quyết Đại hội Đảng bộ huyện Mường Lát lần thứ XXII, nhiệm kỳ 2015-2020 đã hoàn thành; huyện bước vào Đại hội lần thứ 23, nhiệm kỳ 2020-2025.")
        #expect(f.congress == 23)
        #expect(f.term?.description == "2020-2025")
        #expect(facts("Đảng bộ xã Tân Phú tiến hành Đại hội lần thứ nhất.", title: "Xã Tân Phú").congress == 1)
    }

    @Test func aNumberRightAfterDaiHoiWhenTheLocalitysPartyFollows() {
        #expect(facts("Huyện Mường Lát triển khai Nghị quyết Đại hội XXIII Đảng bộ huyện.").congress == 23)
        #expect(facts("Huyện Mường Lát học tập Nghị quyết Đại hội XIII của Đảng.").congress == nil)
    }

    @Test func aPeoplesCouncilTermIsNotThePartyTerm() {
        let f = facts("Quận đạt các chỉ tiêu Nghị quyết HĐND quận nhiệm kỳ 2021 - 2026 và Nghị quyết Đại hội Đảng bộ quận nhiem kỳ 2020-2025.")
        #expect(f.term?.description == "2020-2025")
    }
}

@Suite("Provinces table")
struct ProvincesTableTests {
    @Test func sixtyThreeProvincesFiveOfThemCentrallyRunCities() {
        #expect(Provinces.all.count == 63)
        #expect(Provinces.all.filter { $0.type == "thành phố" }.map(\.name).sorted() == ["Cần Thơ", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Đà Nẵng"])
        #expect(Provinces.province(code: "46")?.otherNames == ["Thừa Thiên Huế"])
    }

    @Test func everyDistrictsProvinceIsInTheTable() {
        let codes = Set(Provinces.all.map(\.code))
        #expect(Gazetteer.units.allSatisfy { codes.contains($0.provinceCode) && Provinces.province(code: $0.provinceCode)?.name == $0.province })
    }

    @Test func theEmbeddedTableIsTheDataFile() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/TracuuIngest/Gazetteer/provinces-pre2025.csv")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == ProvinceData.csv, "run make gazetteer")
    }
}
