import Testing
import TracuuData
import TracuuEngine
import TracuuSyntax
import TracuuDiagnostics
import TracuuValues

/// `is missing`, `coalesce`, `if`, joining texts and the statistics aggregates, over
/// targets written for each question: due years 2025, 2030 and none.
@Suite("Missing values, choices and statistics")
struct MissingValuesAndTextTests {
    static let engine = targetsEngine([
        target("t1", district: "Cam Lộ", due: 2025, text: "Phấn đấu"),
        target("t2", district: "Cam Lộ", due: nil, text: "Giữ vững"),
        target("t3", district: "Gio Linh", due: 2030, text: "Hoàn thành"),
        target("t4", district: "Gio Linh", due: nil),
        target("t5", district: "Gio Linh", due: 2027),
    ])

    func column(_ query: String) throws -> [String] {
        try firstColumn(query, engine: Self.engine)
    }

    @Test func isMissingAndIsNotMissingSplitTheRows() throws {
        #expect(try column("targets where due is missing | select id") == ["t2", "t4"])
        #expect(try column("targets where due is not missing | select id") == ["t1", "t3", "t5"])
        #expect(try column("targets where due is null | select id") == ["t2", "t4"])
        // A computed value with a missing part is missing; `not` of it is plain negation.
        #expect(try column("targets where due + 1 is missing | count") == ["2"])
        #expect(try column("targets where not (due is missing) | count") == ["3"])
    }

    @Test func coalesceTakesTheFirstValuePresent() throws {
        #expect(try column("targets | select coalesce(due, 0)") == ["2025", "0", "2030", "0", "2027"])
        #expect(try column("targets | select coalesce(due, 2.5)") == ["2025", "2.5", "2030", "2.5", "2027"])
    }

    @Test func ifChoosesAndAMissingConditionTakesTheThird() throws {
        #expect(try column("targets | select if(due > 2026, \"later\", \"sooner\")") == ["sooner", "sooner", "later", "sooner", "later"])
        #expect(try column("targets | select if(due is missing, 0, due)") == ["2025", "0", "2030", "0", "2027"])
    }

    @Test func textsJoinWithPlusOrConcat() throws {
        #expect(try column("targets where id = \"t1\" | select \"huyện \" + district") == ["huyện Cam Lộ"])
        #expect(try column("targets where id = \"t2\" | select concat(district, \": \", due, \"!\")") == ["Cam Lộ: !"])
        #expect(try column("targets where id = \"t3\" | select concat(id, \"/\", due)") == ["t3/2030"])
        // `+` keeps arithmetic's rule: a missing part makes the whole missing.
        #expect(try column("targets where id = \"t4\" | select area + district") == [""])
    }

    @Test func statisticsOverAGroupAndOverAll() throws {
        #expect(try column("targets | median(due)") == ["2027"])
        #expect(try column("targets where due != 2030 | median(due)") == ["2026"])
        #expect(try column("targets | percentile(due, 0), percentile(due, 34)") == ["2025"])
        #expect(try column("targets | percentile(due, 34)") == ["2027"])
        #expect(try column("targets | percentile(due, 100)") == ["2030"])
        #expect(try column("targets | group by district | stddev(due) as s | select s") == ["", "2.12132034355964"])
        #expect(try column("targets where due is missing | median(due)") == [""])
    }
}

/// Parameters typed by use, in `limit`, named in any case (issue 13, item 8).
@Suite("Parameters by use")
struct ParametersByUseTests {
    static func engine(_ parameters: [String: Value]) -> Engine {
        var engine = MissingValuesAndTextTests.engine
        engine.parameters = parameters
        return engine
    }

    @Test func aNumberBesideATextIsThatText() throws {
        let engine = Self.engine(["id": .integer(3)])
        #expect(try firstColumn("targets where id contains $id | select id", engine: engine) == ["t3"])
        #expect(try firstColumn("targets where id in (\"t1\", $id) | select id", engine: engine) == ["t1"])
        #expect(try firstColumn("targets where due > $id | count", engine: engine) == ["3"])
    }

    @Test func limitAndOffsetTakeParametersNamedInAnyCase() throws {
        let engine = Self.engine(["N": .integer(2), "skip": .integer(1)])
        #expect(try firstColumn("targets | limit $n offset $SKIP | select id", engine: engine) == ["t2", "t3"])
        #expect(throws: Diagnostic.self) { try firstColumn("targets | limit $missing", engine: engine) }
        let text = Self.engine(["n": .text("x")])
        #expect(throws: Diagnostic.self) { try firstColumn("targets | limit $n", engine: text) }
    }
}

/// `growth` and `pivot` over figures of two districts in several periods (issue 13, items 5, 6).
@Suite("Growth and pivot")
struct GrowthAndPivotTests {
    static let engine: Engine = {
        var builder = DatasetBuilder(schema: Schemas.metrics)
        func figure(_ id: String, _ district: String, _ period: String, _ value: Double, unit: String = "tỉ đồng") -> [Value] {
            Schemas.metrics.fields.map { field -> Value in
                switch field.name {
                case "id": return .text(id)
                case "district": return .text(district)
                case "period": return Period(parsing: period).map(Value.period) ?? .missing
                case "value": return .number(value)
                case "unit": return .text(unit)
                default: return .missing
                }
            }
        }
        for row in [figure("a20", "Cam Lộ", "2020", 40), figure("a21", "Cam Lộ", "2021", 50), figure("a21q1", "Cam Lộ", "2021-Q1", 10),
                    figure("a22q1", "Cam Lộ", "2022-Q1", 12), figure("b21", "Gio Linh", "2021", 80), figure("b22", "Gio Linh", "2022", 60),
                    figure("b22t", "Gio Linh", "2022", 5, unit: "tấn"), figure("a22", "Cam Lộ", "2022", 0)] {
            builder.append(row)
        }
        var datasets: [String: Dataset] = [:]
        for schema in Schemas.all { datasets[schema.dataset] = DatasetBuilder(schema: schema).build() }
        datasets["metrics"] = builder.build()
        return Engine(datasets: datasets)
    }()

    func column(_ query: String) throws -> [String] { try firstColumn(query, engine: Self.engine) }

    @Test func previousIsTheLatestEarlierLikePeriodOfTheGroupAndUnit() throws {
        #expect(try column("metrics | growth value by district | select previous")
                == ["", "40", "", "10", "", "80", "", "50"])
        #expect(try column("metrics | growth value by district | select growth") == ["", "25", "", "20", "", "-25", "", "-100"])
        #expect(try column("metrics | growth value by district | select yoy") == ["", "25", "", "20", "", "-25", "", "-100"])
        // Without keys every row of a unit is one group; 0 gives no growth after it.
        #expect(try column("metrics where district = \"Cam Lộ\" and period >= 2021 | growth value | select growth")
                == ["", "", "20", "-100"])
    }

    @Test func pivotMakesAColumnOfEachValueAndARowOfEachKey() throws {
        let engine = Self.engine
        let source = SourceFile(name: "<q>", text: "metrics where unit = \"tỉ đồng\" | pivot district using sum(value) by period | sort period")
        let table = try engine.run(try Parser.parseQuery(source), in: source)
        #expect(table.columns.map(\.name) == ["period", "Cam Lộ", "Gio Linh"])
        #expect(table.rows.map { $0.map(\.description) } == [
            ["2020", "40", ""], ["2021-Q1", "10", ""], ["2021", "50", "80"], ["2022-Q1", "12", ""], ["2022", "0", "60"],
        ])
        // A count of no rows is 0; without `by`, one row.
        let counts = SourceFile(name: "<q>", text: "metrics where unit = \"tỉ đồng\" | pivot district using count() by year(period) as y")
        let counted = try engine.run(try Parser.parseQuery(counts), in: counts)
        #expect(counted.rows.map { $0.map(\.description) } == [["2020", "1", "0"], ["2021", "2", "1"], ["2022", "2", "1"]])
        let all = SourceFile(name: "<q>", text: "metrics | pivot unit using count()")
        #expect(try engine.run(try Parser.parseQuery(all), in: all).rows.map { $0.map(\.description) } == [["7", "1"]])
    }

    @Test func aPivotOfFiguresInTwoUnitsIsAnError() throws {
        #expect(throws: Diagnostic.self) { try column("metrics | pivot district using sum(value) by period") }
    }
}

/// `join DATASET on f, …` and bare names after a join (issue 13, item 7).
@Suite("Joins on fields")
struct JoinOnFieldsTests {
    @Test func eachPairOfRowsWithEqualKeysInNFCAndNFD() throws {
        var targets = DatasetBuilder(schema: Schemas.targets)
        targets.append(target("t1", district: "Cam Lộ", due: 2025))
        targets.append(target("t2", district: "Cam Lo\u{0323}\u{0302}", due: 2030))     // NFD
        targets.append(target("t3", district: "Gio Linh", due: 2025))
        targets.append(target("t4", district: "Hải Lăng", due: nil))
        var metrics = DatasetBuilder(schema: Schemas.metrics)
        for (id, district) in [("m1", "Cam Lộ"), ("m2", "Hải Lăng"), ("m3", "Đakrông")] {
            metrics.append(Schemas.metrics.fields.map { f in
                f.name == "id" ? .text(id) : f.name == "district" ? .text(district) : .missing
            })
        }
        var datasets: [String: Dataset] = [:]
        for schema in Schemas.all { datasets[schema.dataset] = DatasetBuilder(schema: schema).build() }
        datasets["targets"] = targets.build()
        datasets["metrics"] = metrics.build()
        let engine = Engine(datasets: datasets)
        #expect(try firstColumn("metrics | join targets on district | select id + \"-\" + targets.id", engine: engine)
                == ["m1-t1", "m1-t2", "m2-t4"])
        // The bare name of a field only the other side has: `due` is the targets'.
        #expect(try firstColumn("metrics | join targets on district | select due", engine: engine) == ["2025", "2030", ""])
        // A name both sides have stays this side's.
        #expect(try firstColumn("metrics | join targets on district | select district", engine: engine) == ["Cam Lộ", "Cam Lộ", "Hải Lăng"])
        // A missing key (the figures' province) matches nothing.
        #expect(try firstColumn("metrics | join targets on district, province | count", engine: engine) == ["0"])
    }
}
