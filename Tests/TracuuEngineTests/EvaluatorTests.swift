import Testing
import TracuuData
import TracuuDiagnostics
import TracuuEngine
import TracuuSyntax
import TracuuValues

/// The engine over the bundled sample, as the shell has it.
func sampleEngine() throws -> Engine {
    let catalog = try Catalog.loadEmbedded(files: BundledSample.files)
    return Engine(datasets: catalog.datasets)
}

/// The rows of one query, as their first field's text.
func firstColumn(_ text: String, engine: Engine? = nil) throws -> [String] {
    let e = try engine ?? sampleEngine()
    let source = SourceFile(name: "<q>", text: text)
    let table = try e.run(try Parser.parseQuery(source), in: source)
    return table.rows.map { $0.first?.description ?? "" }
}

/// A small engine over hand-made targets, for semantics the sample cannot show.
func targetsEngine(_ rows: [[Value]]) -> Engine {
    var builder = DatasetBuilder(schema: Schemas.targets)
    for row in rows { builder.append(row) }
    var datasets: [String: Dataset] = [:]
    for schema in Schemas.all { datasets[schema.dataset] = DatasetBuilder(schema: schema).build() }
    datasets["targets"] = builder.build()
    return Engine(datasets: datasets)
}

func target(_ id: String, district: String, due: Int? = nil, text: String = "") -> [Value] {
    [.text(id), .text(district), .text("Quảng Trị"), .text("huyện"), .term(Term(start: 2020, end: 2025)!),
     .text("target"), .text(text), .missing, due.map { .integer($0) } ?? .missing, .missing, .text("a")]
}

@Suite("Evaluator")
struct EvaluatorTests {
    @Test func theThreeSpellingsOfTheSameQuestionAgree() throws {
        let nfc = try firstColumn("targets where district=\"Triệu Phong\" and term=2020-2025 | select id")
        let nfd = try firstColumn("targets where district=\"Trie\u{0323}\u{0302}u Phong\" and term=2020-2025 | select id")
        let folded = try firstColumn("targets where district ~ \"trieu phong\" and term = 2020 – 2025 | select id")
        #expect(nfc.count == 11)
        #expect(nfd == nfc)
        #expect(folded == nfc)
    }

    @Test func equalityIsCaseSensitiveButMatchIsNot() throws {
        #expect(try firstColumn("targets where district = \"triệu phong\" | count") == ["0"])
        #expect(try firstColumn("targets where district ~ \"TRIEU PHONG\" | count") == ["11"])
    }

    @Test func matchFoldsEthAndDStroke() throws {
        // The Quảng Trị article writes "Ðại hội" with U+00D0 in one place.
        #expect(try firstColumn("articles where text ~ \"KY VONG NGHI QUYET DAI HOI\" | select id") == ["thi-xa-quang-tri-2021"])
        #expect(try firstColumn("articles where text contains \"vọng Nghị quyết Đại hội\" | select id") == ["thi-xa-quang-tri-2021"])
    }

    @Test func containsIgnoresCaseAndNormalFormButNotDiacritics() throws {
        #expect(try firstColumn("targets where text contains \"NÔNG THÔN MỚI\" | select id") == ["trieu-phong-2020-10-05/goal-1", "trieu-phong-2020-10-05/target-1", "trieu-phong-2020-10-05/breakthrough-3"])
        #expect(try firstColumn("targets where text contains \"no\u{0302}ng tho\u{0302}n mo\u{031B}\u{0301}i\" | count") == ["3"])
        #expect(try firstColumn("targets where text contains \"nong thon moi\" | count") == ["0"])
    }

    @Test func textSortsInVietnameseOrder() throws {
        let engine = targetsEngine(["Ông Ích Khiêm", "Đông Hà", "Duy Xuyên", "An Nhơn", "Ân Thi", "Ăn Khê", "Bình Sơn"]
            .enumerated().map { target("t\($0.offset)", district: $0.element) })
        let sorted = try firstColumn("targets | sort district | select district", engine: engine)
        #expect(sorted == ["An Nhơn", "Ăn Khê", "Ân Thi", "Bình Sơn", "Duy Xuyên", "Đông Hà", "Ông Ích Khiêm"])
        let descending = try firstColumn("targets | sort district desc | select district", engine: engine)
        #expect(descending == sorted.reversed())
        #expect(try firstColumn("targets where district < \"Đ\" | count", engine: engine) == ["5"])
    }

    @Test func missingValuesSortLastAndNeverCompare() throws {
        let engine = targetsEngine([target("a", district: "X", due: 2030), target("b", district: "X"),
                                    target("c", district: "X", due: 2025)])
        #expect(try firstColumn("targets | sort due | select id", engine: engine) == ["c", "a", "b"])
        #expect(try firstColumn("targets | sort due desc | select id", engine: engine) == ["a", "c", "b"])
        #expect(try firstColumn("targets where due != 2025 | select id", engine: engine) == ["a"])
        #expect(try firstColumn("targets where not (due = 2025) | select id", engine: engine) == ["a", "b"])
    }

    @Test func sortIsStableAndTakesSeveralKeys() throws {
        let engine = targetsEngine([target("1", district: "B", due: 1), target("2", district: "A", due: 2),
                                    target("3", district: "B", due: 2), target("4", district: "A", due: 1)])
        #expect(try firstColumn("targets | sort district | select id", engine: engine) == ["2", "4", "1", "3"])
        #expect(try firstColumn("targets | sort district, due desc | select id", engine: engine) == ["2", "4", "3", "1"])
    }

    @Test func datesAndYearsFallInTerms() throws {
        #expect(try firstColumn("articles where date in 2020-2025 | select id") == ["trieu-phong-2020-10-05"])
        #expect(try firstColumn("articles where date in 2021-2025 | count") == ["0"])
        #expect(try firstColumn("targets where 2021 in term | count") == ["16"])
        #expect(try firstColumn("articles where date in 2020-Q4 | count") == ["1"])
        #expect(try firstColumn("articles where date >= 5/10/2020 and date < 2020-10-06 | count") == ["1"])
    }

    @Test func periodsCompareByTime() throws {
        #expect(try firstColumn("metrics where period = 2021-Q1 | count") == ["2"])
        #expect(try firstColumn("metrics where period in 2021 | count") == ["2"])
        #expect(try firstColumn("metrics where period in 2021-H1 | count") == ["2"])
        #expect(try firstColumn("metrics where period > 2020 | count") == ["2"])
        // Periods of different lengths compare as spans of time.
        #expect(try firstColumn("metrics where period > 2021 | count") == ["0"])
        #expect(try firstColumn("metrics where period >= 2021 | count") == ["2"])
        #expect(try firstColumn("metrics where period <= 2021 | count") == ["2"])
        #expect(try firstColumn("metrics where period < 2021-Q2 | count") == ["2"])
        #expect(try firstColumn("metrics where period < 2021 | count") == ["0"])
        #expect(try firstColumn("metrics where period >= 2021-H2 | count") == ["0"])
        #expect(try firstColumn("metrics where period < 2021-Q2 | count") == ["2"])
        #expect(try firstColumn("metrics where period = 2021 | count") == ["0"])
    }

    @Test func numbersPercentagesListsAndRanges() throws {
        #expect(try firstColumn("metrics where change > 20% | select id") == ["thi-xa-quang-tri-2021/metric-1"])
        #expect(try firstColumn("metrics where value >= 139 and value <= 139.0 | select id") == ["thi-xa-quang-tri-2021/metric-2"])
        #expect(try firstColumn("metrics where change in 10..38.1 | count") == ["2"])
        #expect(try firstColumn("targets where count in (4, 7) | select id") == ["thi-xa-quang-tri-2021/breakthrough-1", "thi-xa-quang-tri-2021/resolution-2"])
        #expect(try firstColumn("targets where kind in (\"goal\", \"target\") | count") == ["3"])
        #expect(try firstColumn("metrics where estimated = true | count") == ["2"])
    }

    @Test func stagesRunInOrder() throws {
        #expect(try firstColumn("targets | where district ~ \"quang tri\" | sort id desc | limit 2 | select id")
                == ["thi-xa-quang-tri-2021/task-1", "thi-xa-quang-tri-2021/target-1"])
        #expect(try firstColumn("targets | limit 3 | count") == ["3"])
        #expect(try firstColumn("targets | limit 0 | count") == ["0"])
    }

    @Test func selectKeepsTheFieldsInOrder() throws {
        let engine = try sampleEngine()
        let source = SourceFile(name: "<q>", text: "metrics | select change, id")
        let table = try engine.run(try Parser.parseQuery(source), in: source)
        #expect(table.columns == [Field("change", .number), Field("id", .text)])
        #expect(table.rows.first == [.number(38.1), .text("thi-xa-quang-tri-2021/metric-1")])
    }

    @Test func toneMarkPlacementDoesNotMatterForEquality() throws {
        let engine = targetsEngine([target("old", district: "Hòa Vang"), target("new", district: "Hoà Vang"),
                                    target("other", district: "Hóa Vang")])
        #expect(try firstColumn("targets where district = \"Hòa Vang\" | select id", engine: engine) == ["old", "new"])
    }
}
