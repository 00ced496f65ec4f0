import Testing
@testable import TracuuData
import TracuuValues

/// Units that convert into one another, and those that do not.
@Suite("Unit scales")
struct UnitScaleTests {
    @Test("conversions a reader makes by hand", arguments: [
        (95_000.0, "triệu đồng", "tỉ đồng", 95.0),
        (0.31, "nghìn tỉ đồng", "tỉ đồng", 310.0),
        (0.31, "nghìn tỷ đồng", "tỷ đồng", 310.0),       // tỷ and tỉ are one word
        (2.5, "tỉ đồng", "triệu đồng", 2_500.0),
        (1_500.0, "ngàn đồng", "triệu đồng", 1.5),        // ngàn is nghìn
        (68.0, "triệu đồng/người/năm", "triệu đồng", 68.0), // an income per head, written either way
        (12.0, "%/năm", "%", 12.0),
        (3.5, "triệu USD", "USD", 3_500_000.0),
        (45.0, "tạ", "tấn", 4.5),
        (20_000.0, "m²", "ha", 2.0),
        (7.0, "Tấn", "tấn", 7.0),
    ])
    func converts(value: Double, from: String, to: String, expected: Double) throws {
        let converted = try #require(UnitScale.convert(value, from: from, to: to))
        #expect(abs(converted - expected) < 1e-9 * max(1, expected))
    }

    @Test("units that measure different things", arguments: [
        ("tỉ đồng", "USD"), ("%", "xã"), ("ha", "tấn"), ("xã", "thôn"), ("tạ/ha", "tạ"), ("", "%"),
    ])
    func doesNotConvert(from: String, to: String) {
        #expect(UnitScale.convert(1, from: from, to: to) == nil)
    }

    @Test func oneSpellingOfEachScaleWord() {
        #expect(UnitScale.spelling("tỷ đồng") == "tỉ đồng")
        #expect(UnitScale.spelling("nghìn tỷ đồng") == "nghìn tỉ đồng")
        #expect(UnitScale.spelling("ngàn tấn") == "nghìn tấn")
        #expect(UnitScale.spelling("tỉ đồng") == "tỉ đồng")
        #expect(UnitScale.spelling("lượt khách") == "lượt khách")
    }
}

/// The arithmetic behind a progress row's attainment and status.
@Suite("Progress rules")
struct ProgressRuleTests {
    @Test func theShareOfTheTermGoneBy() throws {
        let elapsed = { (p: String) in ProgressRule.elapsed(at: Period(parsing: p)!, termStart: 2020, due: 2025) }
        #expect(elapsed("2024") == 0.8)
        #expect(elapsed("2024-H1") == 0.7)
        #expect(elapsed("2021") == 0.2)
        #expect(elapsed("2025") == 1)
        #expect(elapsed("2021-2025") == 1)
        #expect(ProgressRule.elapsed(at: Period(parsing: "2023")!, termStart: 2020, due: 2030) == 0.3)
    }

    @Test func attainmentIsReportedOverTargetOrTheOtherWayWhenLessIsTheAim() {
        #expect(ProgressRule.attainment(reported: 63, target: 70) == 90)
        #expect(ProgressRule.attainment(reported: 2.4, target: 2, lowerIsBetter: true) == 83.3)
        #expect(ProgressRule.attainment(reported: 5, target: 0) == nil)
        #expect(ProgressRule.attainment(reported: 0, target: 1, lowerIsBetter: true) == nil)
    }

    @Test("statuses", arguments: [
        // reported, target, yearly rate, lower is better, qualifier, elapsed, status
        (75.0, 70.0, false, false, nil as String?, 0.8, ProgressStatus.met),
        (63.0, 70.0, false, false, nil, 0.8, .onTrack),     // 90% at 80% of the term
        (50.0, 70.0, false, false, nil, 0.8, .behind),      // 71.4% at 80%
        (70.0, 70.0, false, false, "trên", 0.8, .onTrack),  // "trên 70": 70 is not above it
        (1.9, 2.0, false, true, "dưới", 0.8, .met),
        (2.0, 2.0, false, true, "dưới", 0.8, .behind),      // "dưới 2%": 2% is not below it
        (2.4, 2.0, false, true, nil, 0.2, .behind),         // no baseline: not on track
        (12.5, 12.0, true, false, nil, 0.8, .onTrack),      // a yearly rate kept up
        (12.5, 12.0, true, false, nil, 1.0, .met),          // and the due year's is in
        (9.0, 12.0, true, false, nil, 0.8, .behind),
    ])
    func status(reported: Double, target: Double, isYearlyRate: Bool, lowerIsBetter: Bool, qualifier: String?,
                elapsed: Double, expected: ProgressStatus) {
        #expect(ProgressRule.status(reported: reported, target: target, isYearlyRate: isYearlyRate,
                                    lowerIsBetter: lowerIsBetter, qualifier: qualifier, elapsed: elapsed) == expected)
    }
}

/// How `progress` pairs targets with figures, over small CSV files written for it.
@Suite("Progress pairing")
struct ProgressPairingTests {
    static let targetsHeader = "id,district,province,term,kind,measure,value,unit,qualifier,due\n"
    static let metricsHeader = "id,district,province,measure,period,value,unit,change\n"

    func progress(targets: String, metrics: String) throws -> [[String: String]] {
        var catalog = Catalog()
        _ = try catalog.load(files: [(name: "targets.csv", contents: Array((Self.targetsHeader + targets).utf8)),
                                     (name: "metrics.csv", contents: Array((Self.metricsHeader + metrics).utf8))])
        let d = try #require(catalog.datasets["progress"])
        return (0..<d.rowCount).map { row in
            Dictionary(uniqueKeysWithValues: d.schema.fields.enumerated().map { ($0.element.name, d.value(row: row, column: $0.offset).description) })
        }
    }

    @Test func theLatestFigureOfTheTermIsTaken() throws {
        let rows = try progress(targets: """
            t1,Gio Linh,Quảng Trị,2020-2025,target,thu nhập bình quân đầu người,60,triệu đồng,,2025
            """, metrics: """
            m-2020,Gio Linh,Quảng Trị,thu nhập bình quân đầu người,2020,40,triệu đồng,
            m-2022,Gio Linh,Quảng Trị,thu nhập bình quân đầu người,2022,45,triệu đồng,
            m-2023h1,Gio Linh,Quảng Trị,thu nhập bình quân đầu người,2023-H1,47,triệu đồng,
            m-2023,Gio Linh,Quảng Trị,thu nhập bình quân đầu người,2023,48,triệu đồng,
            m-2015,Gio Linh,Quảng Trị,thu nhập bình quân đầu người,2015-2020,41,triệu đồng,
            """)
        #expect(rows.count == 1)
        #expect(rows.first?["metric_id"] == "m-2023")
        #expect(rows.first?["attainment"] == "80")          // 48 of 60
        #expect(rows.first?["status"] == "on track")        // at 60% of the term
        #expect(rows.first?["id"] == "t1/progress")
    }

    /// Of two periods ending together the shorter; of equal ones the later loaded; a later
    /// figure in a unit that does not compare is passed over for the next one that does.
    @Test func tiesGoToTheShorterPeriodThenTheLaterLoaded() throws {
        let rows = try progress(targets: """
            t1,Cam Lộ,Quảng Trị,2020-2025,target,thu ngân sách,300,tỷ đồng,,2025
            t2,Đakrông,Quảng Trị,2020-2025,target,thu ngân sách,300,tỷ đồng,,2025
            t3,Vĩnh Linh,Quảng Trị,2020-2025,target,thu ngân sách,300,tỷ đồng,,2025
            """, metrics: """
            a-year,Cam Lộ,Quảng Trị,thu ngân sách,2023,250,tỷ đồng,
            a-h2,Cam Lộ,Quảng Trị,thu ngân sách,2023-12,30,tỷ đồng,
            a-first,Cam Lộ,Quảng Trị,thu ngân sách,2022,200,tỷ đồng,
            b-first,Đakrông,Quảng Trị,thu ngân sách,2023,210,tỷ đồng,
            b-again,Đakrông,Quảng Trị,thu ngân sách,2023,220,tỷ đồng,
            b-older,Đakrông,Quảng Trị,thu ngân sách,2022,230,tỷ đồng,
            c-comparable,Vĩnh Linh,Quảng Trị,thu ngân sách,2023,240,tỷ đồng,
            c-later,Vĩnh Linh,Quảng Trị,thu ngân sách,2024,90,ha,
            """)
        #expect(rows.map { $0["metric_id"] } == ["a-h2", "b-again", "c-comparable"])
    }

    @Test func neverAcrossLocalities() throws {
        let rows = try progress(targets: """
            t1,Gio Linh,Quảng Trị,2020-2025,target,tỷ lệ che phủ rừng,50,%,,2025
            t2,,Quảng Trị,2020-2025,target,tỷ lệ che phủ rừng,49,%,,2025
            """, metrics: """
            m1,Cam Lộ,Quảng Trị,tỷ lệ che phủ rừng,2024,51,%,
            m2,Gio Linh,Hà Tĩnh,tỷ lệ che phủ rừng,2024,51,%,
            m3,,Quảng Trị,tỷ lệ che phủ rừng,2023,48,%,
            """)
        #expect(rows.map { $0["status"] } == ["no report", "on track"])
        #expect(rows.map { $0["metric_id"] } == ["", "m3"])
    }

    @Test func unitsAreConvertedAndIncomparableOnesLeftOut() throws {
        let rows = try progress(targets: """
            t1,Hải Lăng,Quảng Trị,2020-2025,target,thu ngân sách,200,tỷ đồng,,2025
            t2,Hải Lăng,Quảng Trị,2020-2025,target,xã đạt chuẩn nông thôn mới,100,%,,2025
            """, metrics: """
            m1,Hải Lăng,Quảng Trị,thu ngân sách,2024,210000,triệu đồng,
            m2,Hải Lăng,Quảng Trị,xã đạt chuẩn nông thôn mới,2024,15,xã,
            """)
        #expect(rows[0]["attainment"] == "105")
        #expect(rows[0]["status"] == "met")
        #expect(rows[0]["how"]?.contains("210000 triệu đồng = 210 tỉ đồng") == true)
        #expect(rows[1]["status"] == "no report")
    }

    @Test func aYearlyRateIsComparedWithTheReportedRateOrChange() throws {
        let rows = try progress(targets: """
            t1,Đông Hà,Quảng Trị,2020-2025,target,tốc độ tăng trưởng kinh tế,8,%/năm,,2025
            t2,Đông Hà,Quảng Trị,2020-2025,target,tổng giá trị sản xuất,9,%/năm,,2025
            """, metrics: """
            m1,Đông Hà,Quảng Trị,tốc độ tăng trưởng kinh tế,2023,7.2,%,
            m2,Đông Hà,Quảng Trị,tổng giá trị sản xuất,2024,5100,tỉ đồng,9.5
            """)
        #expect(rows[0]["reported"] == "7.2")
        #expect(rows[0]["status"] == "behind")
        #expect(rows[1]["reported"] == "9.5")
        #expect(rows[1]["reported_unit"] == "%")
        #expect(rows[1]["status"] == "on track")
    }

    @Test func lessIsTheAimForAPovertyRate() throws {
        let rows = try progress(targets: """
            t1,Triệu Phong,Quảng Trị,2020-2025,target,tỷ lệ hộ nghèo,2,%,dưới,2025
            """, metrics: """
            m1,Triệu Phong,Quảng Trị,tỷ lệ hộ nghèo,2024,1.8,%,
            """)
        #expect(rows.first?["status"] == "met")
        #expect(rows.first?["attainment"] == "111.1")
    }

    @Test func targetsWithoutAValueOrAMeasure() throws {
        let rows = try progress(targets: """
            t1,Cam Lộ,Quảng Trị,2020-2025,target,,75,%,,2025
            t2,Cam Lộ,Quảng Trị,2020-2025,goal,,,,,
            t3,Cam Lộ,Quảng Trị,,target,tỷ lệ che phủ rừng,50,%,,
            """, metrics: """
            m1,Cam Lộ,Quảng Trị,tỷ lệ che phủ rừng,2024,51,%,
            """)
        #expect(rows.count == 2, "a target without a value is not quantified: no row")
        #expect(rows.map { $0["status"] } == ["no report", "no report"])
        #expect(rows[0]["how"] == "the target names no measure of the vocabulary")
        #expect(rows[1]["how"] == "the target has no due year or term")
    }

    /// Found by fuzzing: a due year before the term (or far outside any calendar) trapped.
    @Test func aDueYearBeforeItsTermOrOutOfRangePairsWithNothing() throws {
        let rows = try progress(targets: """
            t1,Cam Lộ,Quảng Trị,2020-2025,target,tỷ lệ che phủ rừng,50,%,,1012
            t2,Cam Lộ,Quảng Trị,,target,tỷ lệ che phủ rừng,50,%,,1000000000000000
            t3,Cam Lộ,Quảng Trị,,target,tỷ lệ che phủ rừng,50,%,,-9223372036854775808
            """, metrics: """
            m1,Cam Lộ,Quảng Trị,tỷ lệ che phủ rừng,2024,51,%,
            """)
        #expect(rows.map { $0["status"] } == ["no report", "no report", "no report"])
        #expect(rows[0]["how"] == "the target is due (1012) before its term's first year of reports")
    }

    @Test func aLaterLoadPairsAgain() throws {
        var catalog = Catalog()
        _ = try catalog.load(files: [(name: "targets.csv", contents: Array((Self.targetsHeader + "t1,Gio Linh,Quảng Trị,2020-2025,target,tỷ lệ che phủ rừng,50,%,,2025\n").utf8))])
        #expect(catalog.datasets["progress"]?.rowCount == 1)
        _ = try catalog.load(files: [(name: "metrics.csv", contents: Array((Self.metricsHeader + "m1,Gio Linh,Quảng Trị,tỷ lệ che phủ rừng,2024,51,%,\n").utf8))])
        let d = try #require(catalog.datasets["progress"])
        let status = try #require(d.schema.index(of: "status"))
        #expect(d.value(row: 0, column: status) == .text("met"))
    }
}
