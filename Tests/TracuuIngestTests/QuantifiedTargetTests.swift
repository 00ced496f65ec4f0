import Testing
import TracuuIngest

/// What a resolution sets out to do, with its measure and due year (issue 11, items 8, 9).
@Suite("Quantified targets")
struct QuantifiedTargetTests {
    func extraction(_ body: String) throws -> Extraction {
        try extractArticle("Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025\nThứ tư - 12/08/2020 09:00\n" + body)
    }

    @Test func aListOfTargetsAfterAColonGivesOneRowAnItemWithItsMeasure() throws {
        let found = try extraction("""
        Đại hội thông qua các chỉ tiêu chủ yếu đến năm 2025: giá trị sản xuất tăng bình quân 9 - 10%/năm; \
        thu nhập bình quân đầu người đạt 60 triệu đồng; tỷ lệ hộ nghèo giảm còn dưới 3%; 100% xã đạt chuẩn nông thôn mới.
        """)
        let targets = found.targets.filter { $0.kind == "target" }
        #expect(targets.map(\.indicator) == ["giá trị sản xuất", "thu nhập bình quân đầu người", "tỷ lệ hộ nghèo", "xã đạt chuẩn nông thôn mới"])
        #expect(targets.map(\.value) == [9, 60, 3, 100])
        #expect(targets.first?.valueHigh == 10)
        #expect(targets.map(\.unit) == ["%/năm", "triệu đồng", "%", "%"])
        #expect(targets[2].qualifier == "dưới")
        // A yearly rate is due at no one year; the levels are due by the list's year.
        #expect(targets.map(\.due) == [nil, 2025, 2025, 2025])
        // An aim is never a reported figure.
        #expect(found.metrics.isEmpty)
    }

    @Test func anAimWithoutAYearIsDueAtTheEndOfTheTerm() throws {
        let found = try extraction("Huyện phấn đấu tỷ lệ che phủ rừng đạt trên 48%.")
        #expect(found.targets.map(\.due) == [2025])
        #expect(found.targets.first?.value == 48)
        #expect(found.targets.first?.qualifier == "trên")
    }

    @Test func itemsOfABreakthroughListAreBreakthroughs() throws {
        let found = try extraction("Đại hội xác định 3 khâu đột phá: phát triển hạ tầng giao thông; cải cách hành chính; phát triển nguồn nhân lực.")
        #expect(found.targets.filter { $0.kind == "breakthrough" }.map(\.text)
            == ["phát triển hạ tầng giao thông", "cải cách hành chính", "phát triển nguồn nhân lực"])
    }

    @Test func aGoalWordAsANounOpensNoTarget() throws {
        let found = try extraction("""
        Các cấp ủy xây dựng chương trình hành động với những mục tiêu, giải pháp cụ thể, tiến độ hoàn thành. \
        Cán bộ, đảng viên với quyết tâm cao thực hiện hoàn thành nhiệm vụ.
        """)
        #expect(found.targets.isEmpty)
    }

    @Test func aReportAfterTheTargetsIsAMetric() throws {
        let found = try extraction("Phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt 60 triệu đồng. Năm 2019, thu nhập bình quân đầu người đạt 41 triệu đồng.")
        #expect(found.targets.map(\.value) == [60])
        #expect(found.metrics.map(\.value) == [41])
    }
}

/// Aims in the middle of a sentence: what stands before the opener, results beside them, and
/// other rows in the same sentence (issue 11, item 8).
@Suite("Aims mid-sentence")
struct MidSentenceAimTests {
    func extraction(_ body: String) throws -> Extraction {
        try extractArticle("Đại hội Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2020-2025\nThứ tư - 12/08/2021 09:00\n" + body)
    }

    @Test func theWordsBeforeAMidClauseOpenerAreShownWithTheFirstItem() throws {
        let found = try extraction("Theo nghị quyết, đến năm 2025 huyện phấn đấu có 90% xã đạt chuẩn nông thôn mới nâng cao.")
        #expect(found.targets.map(\.text) == ["đến năm 2025 huyện phấn đấu có 90% xã đạt chuẩn nông thôn mới nâng cao"])
        #expect(found.targets.first?.indicator == "xã đạt chuẩn nông thôn mới nâng cao")
        #expect(found.targets.first?.due == 2025)
    }

    @Test func aResultBesideAnAimIsLeftOut() throws {
        let found = try extraction("Năm nay, tỷ lệ hộ nghèo phấn đấu giảm còn 5,2%, tức giảm 1,3% so với năm 2020.")
        #expect(found.targets.map(\.value) == [5.2])
        #expect(found.targets.first?.text.contains("so với") == false)
    }

    @Test func anAimAfterAResolutionInTheSameSentenceIsRead() throws {
        let found = try extraction("""
        Huyện triển khai Nghị quyết số 05-NQ/HU về phát triển chăn nuôi, phấn đấu đến năm 2025 đàn bò đạt 20.000 con.
        """)
        #expect(found.targets.map(\.kind) == ["resolution", "target"])
        #expect(found.targets.last?.value == 20000)
    }

    /// Written decomposed, the resolution is found as it is composed (the quick test on the
    /// bytes of `quy` and `t s` lets both through).
    @Test func aResolutionWrittenDecomposedIsRead() throws {
        let found = try extraction("Huyện triển khai Nghi\u{323} quye\u{302}\u{301}t so\u{302}\u{301} 05-NQ/HU về phát triển chăn nuôi.")
        #expect(found.targets.map(\.kind) == ["resolution"])
        #expect(try extraction("Huyện triển khai quy hoạch số 05 về phát triển chăn nuôi.").targets.map(\.kind).contains("resolution") == false)
    }

    @Test func aTopicAfterAimsInTheSameParagraphGoesOnWithThem() throws {
        let found = try extraction("""
        Về kinh tế, tỉnh đặt mục tiêu GRDP tăng bình quân 7%/năm. Về xã hội, tỷ lệ hộ nghèo giảm còn dưới 2%; 95% xã đạt chuẩn nông thôn mới.
        Về văn hóa, năm 2020 toàn tỉnh có 120 thiết chế văn hóa.
        """)
        #expect(found.targets.map(\.value) == [7, 2, 95])
        #expect(found.targets.map(\.due) == [nil, 2025, 2025])
    }
}
