import Testing
import TracuuData
import TracuuDiagnostics
import TracuuEngine
import TracuuSyntax
import TracuuValues

/// Every fast path over stored columns — text codes, unboxed numbers, coded periods,
/// terms, dates and flags — gives the answers of the straightforward path over boxed
/// values, on generated metrics with the traps of real data: NFD and Ð spellings, missing
/// cells, negative and fractional numbers, periods of every length.
@Suite("Stored columns agree with boxed values")
struct StoredColumnsTests {
    static let rows = GeneratedMetrics.rows(count: 3_000)

    /// The same rows twice: as loaders store them, and every field boxed (`Column.values`),
    /// which takes the row-by-row path of every filter, sort and aggregate.
    static let engines: (stored: Engine, boxed: Engine) = {
        var builder = DatasetBuilder(schema: Schemas.metrics)
        for row in rows { builder.append(row) }
        let stored = builder.build()
        let boxed = Dataset(schema: stored.schema, columns: stored.columns.map { .values($0.allValues) },
                            rowCount: stored.rowCount, sources: stored.sources)
        return (Engine(datasets: ["metrics": stored]), Engine(datasets: ["metrics": boxed]))
    }()

    @Test func loadedColumnsAreStoredForScanning() {
        let columns = StoredColumnsTests.engines.stored.datasets["metrics"]?.columns ?? []
        let kinds = columns.map { column -> String in
            switch column {
            case .text: return "text"
            case .numbers: return "numbers"
            case .coded: return "coded"
            case .values: return "values"
            case .absent: return "absent"
            }
        }
        // id district province indicator measure period value unit change basis plan plan_basis factor qualifier estimated
        // article quote start end
        #expect(kinds == ["text", "text", "text", "text", "text", "coded", "numbers", "text", "numbers", "text",
                          "numbers", "text", "numbers", "text", "coded", "text", "text", "numbers", "numbers"])
    }

    @Test(arguments: [
        // numbers against constants, both sides, every operator; missing never compares
        "metrics where change > 10 | select id",
        "metrics where change >= 10.5 | select id",
        "metrics where change < -3 | select id",
        "metrics where change <= 0 | select id",
        "metrics where change = 12.5 | select id",
        "metrics where change != 12.5 | select id",
        "metrics where 10 < change | select id",
        "metrics where not (change > 10) | select id",
        "metrics where change > 10% | select id",
        "metrics where change in -5..5 | select id",
        "metrics where start in (10, 20, 30) | select id",
        "metrics where start > 100 and end <= 400 | select id",
        "metrics where value > start | select id",
        // coded periods, dates-as-periods, flags
        "metrics where period = 2021-Q1 | select id",
        "metrics where period in 2021 | select id",
        "metrics where period in (2021-Q1, 2021-Q2, 2022) | select id",
        "metrics where period > 2021 | select id",
        "metrics where period >= 2021-06 | select id",
        "metrics where period in 2021-Q2..2022-Q1 | select id",
        "metrics where period in 2020-2025 | select id",
        "metrics where estimated | select id",
        "metrics where not estimated | select id",
        "metrics where estimated = false | select id",
        // text through the dictionary
        "metrics where district = \"Đông Hà\" | select id",
        "metrics where district ~ \"dong ha\" | select id",
        "metrics where indicator contains \"THU NGÂN\" | select id",
        "metrics where district > \"H\" | select id",
        // sorts on every kind, missing last both ways, ties kept in order
        "metrics | sort change desc | select id, change",
        "metrics | sort change | select id, change",
        "metrics | sort period desc, id | select id, period",
        "metrics | sort estimated, start desc | select id",
        "metrics | sort district, value desc | limit 25 | select id",
        "metrics | sort period, change desc | limit 7 | select id",
        // groups and aggregates of stored numbers
        "metrics | group by district, unit | sum(value) as s, avg(change) as a, min(change) as lo, max(change) as hi, count(change) as n",
        "metrics | group by period | sum(start) as s, count(distinct change) as d, count() as rows",
        "metrics | group by estimated, indicator, unit | avg(value) as a | sort a desc",
        "metrics where period in 2021 | select id, district, period, change, len(id) as n | sort change desc, n, id | limit 20",
        "metrics | distinct period, estimated",
        "metrics | select id, len(district) as n, len(indicator) as m | sort n desc, m, id | limit 40",
        "metrics where district contains \"PHONG\" and change > 0 or estimated | select id",
    ])
    func sameAnswers(_ query: String) throws {
        let (stored, boxed) = StoredColumnsTests.engines
        let fast = try run(query, on: stored)
        let slow = try run(query, on: boxed)
        #expect(!fast.rows.isEmpty, "every query here has answers, so the comparison says something")
        #expect(fast.rows.count == slow.rows.count)
        #expect(fast.rows == slow.rows)
    }

    @Test func filesJoinedColumnByColumnEqualOneLoad() {
        let rows = StoredColumnsTests.rows
        var whole = DatasetBuilder(schema: Schemas.metrics)
        for row in rows { whole.append(row) }
        var first = DatasetBuilder(schema: Schemas.metrics), second = DatasetBuilder(schema: Schemas.metrics)
        for row in rows[..<1_000] { first.append(row) }
        for row in rows[1_000...] { second.append(row) }
        first.append(contentsOf: second)
        let (a, b) = (whole.build(), first.build())
        #expect(a.rowCount == b.rowCount)
        for r in stride(from: 0, to: a.rowCount, by: 7) { #expect(a.row(r) == b.row(r)) }
    }

    /// A file with no rows of a dataset (an article without targets) joins as an empty side:
    /// it adds nothing to the column's texts. Each one used to re-code the whole dictionary,
    /// and once a column held more than 20,000 distinct texts (ids), to double it: 3,892
    /// articles ran out of 24 GB.
    @Test func filesWithoutRowsLeaveTheTextsAsTheyWere() {
        let ids = (0..<25_000).map { Value.text("m\($0)") }
        var column = Column(storing: ids, as: .text)
        for _ in 0..<6 { column.append(contentsOf: .absent(0)) }
        column.append(contentsOf: .absent(2))
        column.append(contentsOf: Column(storing: [.text("m7"), .text("new")], as: .text))
        guard case .text(let codes, let dictionary) = column else { Issue.record("stored as \(column)"); return }
        #expect(codes.count == 25_004)
        #expect(dictionary.count <= 25_003, "at most the new texts were added, not the old ones again")
        #expect(column.allValues.suffix(4) == [.missing, .missing, .text("m7"), .text("new")])

        var builder = DatasetBuilder(schema: Schemas.metrics)
        for row in StoredColumnsTests.rows.prefix(10) { builder.append(row) }
        for _ in 0..<6 { builder.append(contentsOf: DatasetBuilder(schema: Schemas.metrics)) }
        #expect(builder.build().rowCount == 10)
    }

    /// Files join column by column whatever each side holds: a side without the field,
    /// values seen on both sides (one code each), and a boxed side.
    @Test func columnsJoinWhateverEitherSideHolds() {
        var text = Column.absent(2)
        text.append(contentsOf: Column(storing: [.text("Gio Linh"), .missing], as: .text))
        text.append(contentsOf: .absent(1))
        #expect(text.allValues == [.missing, .missing, .text("Gio Linh"), .missing, .missing])
        guard case .text = text else { Issue.record("stored as \(text)"); return }

        let q1 = Value.period(Period(parsing: "2021-Q1")!), q2 = Value.period(Period(parsing: "2021-Q2")!)
        var periods = Column(storing: [q1, q2], as: .period)
        periods.append(contentsOf: Column(storing: [q2, .missing, q1], as: .period))
        #expect(periods.allValues == [q1, q2, q2, .missing, q1])
        guard case .coded(_, let dictionary) = periods else { Issue.record("stored as \(periods)"); return }
        #expect(dictionary.count == 2)

        var numbers = Column(storing: [.number(1.5)], as: .number)
        numbers.append(contentsOf: .absent(1))
        numbers.append(contentsOf: Column(storing: [.number(-2)], as: .number))
        #expect(numbers.allValues == [.number(1.5), .missing, .number(-2)])
        guard case .numbers = numbers else { Issue.record("stored as \(numbers)"); return }

        var mixed = Column(storing: [.integer(7)], as: .integer)
        mixed.append(contentsOf: Column(storing: [.integer(1 << 60)], as: .integer))
        #expect(mixed.allValues == [.integer(7), .integer(1 << 60)])
    }

    @Test func anIntegerPastTwoToTheFiftyThirdStaysBoxed() {
        let big = Column(storing: [.integer(1 << 60), .missing], as: .integer)
        guard case .values = big else { Issue.record("stored as \(big)"); return }
        #expect(big.value(at: 0) == .integer(1 << 60))
        let small = Column(storing: [.integer(-(1 << 53)), .missing, .integer(7)], as: .integer)
        guard case .numbers = small else { Issue.record("stored as \(small)"); return }
        #expect(small.allValues == [.integer(-(1 << 53)), .missing, .integer(7)])
    }

    func run(_ text: String, on engine: Engine) throws -> ResultTable {
        let source = SourceFile(name: "<q>", text: text)
        return try engine.run(try Parser.parseQuery(source), in: source)
    }
}

/// Metrics rows made by a fixed pseudo-random sequence, so every run tests the same rows.
enum GeneratedMetrics {
    static let districts = ["Triệu Phong", "Trie\u{0323}\u{0302}u Phong", "Đông Hà", "\u{00D0}ông Hà", "Hải Lăng", "Cam Lộ", "Vĩnh Linh"]
    static let indicators = ["tổng thu ngân sách", "tổng mức bán lẻ hàng hóa", "thu ngân sách nhà nước", "sản lượng lương thực"]
    static let periods = ["2020", "2021", "2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2021-06", "2021-H2", "2022", "2022-Q1", "2024-12"]

    static func rows(count: Int) -> [[Value]] {
        var random = SplitMix(seed: 2025)
        func pick<T>(_ items: [T]) -> T { items[random.next(items.count)] }
        func sometimesMissing(_ value: Value) -> Value { random.next(9) == 0 ? .missing : value }
        return (0..<count).map { i in
            let start = random.next(500)
            return [
                .text(String(i + 1)),
                sometimesMissing(.text(pick(districts))),
                .text("Quảng Trị"),
                .text(pick(indicators)),
                .text("thu ngân sách"),   // measure: no random draw, so the other fields stay as they were
                sometimesMissing(Period(parsing: pick(periods)).map(Value.period) ?? .missing),
                sometimesMissing(.number(Double(random.next(20_000)) / 4)),
                .text(pick(["tỉ đồng", "%", "ha"])),
                sometimesMissing(.number(Double(random.next(401) - 200) / 8)),
                .text("so với cùng kỳ"),
                .missing, .missing, .missing,   // plan, plan_basis, factor: no random draw either
                .text(pick(["trên", "gần", "đạt"])),
                sometimesMissing(.boolean(random.next(2) == 0)),
                .text("a\(random.next(40))"),
                .text("câu \(i)"),
                sometimesMissing(.integer(start)),
                .integer(start + random.next(300)),
            ]
        }
    }
}

/// A small pseudo-random generator with a fixed seed (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
