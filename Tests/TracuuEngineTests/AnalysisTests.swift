import Testing
import TracuuData
import TracuuDiagnostics
import TracuuEngine
import TracuuSyntax
import TracuuText
import TracuuValues

/// A generated metrics dataset, larger than the sample: districts written in NFC, NFD and
/// with the other tone placement, values with gaps.
func generatedMetrics(rows: Int) -> Dataset {
    let districts = ["Triệu Phong", "Hải Lăng", "Gio Linh", "Đông Hà", "Hòa Vang", "Hoà Vang", "Trie\u{0323}\u{0302}u Phong"]
    var builder = DatasetBuilder(schema: Schemas.metrics)
    var seed: UInt64 = 2025
    func next() -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int(seed >> 33)
    }
    for i in 0..<rows {
        let district = districts[next() % districts.count]
        let value: Value = next() % 10 == 0 ? .missing : .number(Double(next() % 100000) / 10)
        let change: Value = next() % 7 == 0 ? .missing : .number(Double(next() % 400 - 200) / 10)
        let period: Value = .period(Period.quarter(2021 + next() % 4, 1 + next() % 4) ?? Period.year(2021)!)
        builder.append([.text("m\(i)"), .text(district), .text("Quảng Trị"), .text("chỉ tiêu \(next() % 5)"), .missing, period,
                        value, .text("tỉ đồng"), change, .missing, .missing, .boolean(next() % 2 == 0), .missing, .missing, .missing, .missing])
    }
    return builder.build()
}

func engineWith(metrics: Dataset) -> Engine {
    var datasets: [String: Dataset] = [:]
    for schema in Schemas.all { datasets[schema.dataset] = DatasetBuilder(schema: schema).build() }
    datasets["metrics"] = metrics
    return Engine(datasets: datasets)
}

func run(_ text: String, _ engine: Engine) throws -> ResultTable {
    let source = SourceFile(name: "<q>", text: text)
    return try engine.run(try Parser.parseQuery(source), in: source)
}

@Suite("Analysis")
struct AnalysisTests {
    /// The group-by result against the same sums computed in a plain loop over the rows.
    @Test func groupByAgreesWithAPlainLoop() throws {
        let metrics = generatedMetrics(rows: 5000)
        let engine = engineWith(metrics: metrics)
        let table = try run("metrics | group by district | sum(value) as total, count() as n, count(value) as valued, avg(change) as mean, max(value) as biggest, min(period) as first", engine)

        struct Totals { var total = 0.0; var n = 0; var valued = 0; var changeSum = 0.0; var changes = 0; var top = -Double.infinity; var first: Period? }
        var expected: [String: Totals] = [:]
        var order: [String] = []
        let district = metrics.schema.index(of: "district") ?? 0, value = metrics.schema.index(of: "value") ?? 0
        let change = metrics.schema.index(of: "change") ?? 0, period = metrics.schema.index(of: "period") ?? 0
        for r in 0..<metrics.rowCount {
            // Groups meet under `=`: NFC, NFD and tone placement are one district.
            let key = CanonicalText.equalityKey(metrics.value(row: r, column: district).description)
            if expected[key] == nil { order.append(key) }
            var t = expected[key] ?? Totals()
            t.n += 1
            if let v = metrics.value(row: r, column: value).numeric { t.total += v; t.valued += 1; t.top = max(t.top, v) }
            if let c = metrics.value(row: r, column: change).numeric { t.changeSum += c; t.changes += 1 }
            if case .period(let p) = metrics.value(row: r, column: period), t.first.map({ p < $0 }) ?? true { t.first = p }
            expected[key] = t
        }
        #expect(table.rows.count == order.count)
        #expect(order.count == 5)   // Triệu Phong ×2 spellings, Hòa/Hoà Vang: 7 written, 5 districts
        for (i, key) in order.enumerated() {
            let row = table.rows[i]
            let t = expected[key] ?? Totals()
            #expect(CanonicalText.equalityKey(row[0].description) == key)
            #expect(abs((row[1].numeric ?? 0) - t.total) < 1e-6)
            #expect(row[2] == .integer(t.n))
            #expect(row[3] == .integer(t.valued))
            #expect(abs((row[4].numeric ?? 0) - t.changeSum / Double(t.changes)) < 1e-9)
            #expect(row[5].numeric == t.top)
            #expect(row[6] == t.first.map(Value.period))
        }
    }

    @Test func theProductSketchWorksAsWritten() throws {
        let engine = engineWith(metrics: generatedMetrics(rows: 300))
        let table = try run("metrics | group by district | sum(value) as total, count() as n | sort total desc", engine)
        #expect(table.columns.map(\.name) == ["district", "total", "n"])
        let totals = table.rows.compactMap { $0[1].numeric }
        #expect(totals == totals.sorted(by: >))
        #expect(table.rows.reduce(0) { $0 + ($1[2].numeric ?? 0) } == 300)
    }

    @Test func aggregatesWithoutGroupByTakeAllRows() throws {
        let engine = engineWith(metrics: generatedMetrics(rows: 100))
        let table = try run("metrics | count() as n, count(distinct district) as districts", engine)
        #expect(table.rows == [[.integer(100), .integer(5)]])
    }

    @Test func havingAndWhereFilterGroups() throws {
        let engine = engineWith(metrics: generatedMetrics(rows: 1000))
        let all = try run("metrics | group by district | count() as n", engine)
        let big = try run("metrics | group by district | count() as n | having n > 150", engine)
        #expect(big.rows.count == all.rows.filter { ($0[1].numeric ?? 0) > 150 }.count)
    }

    @Test(arguments: [
        ("metrics | select value * 2 as v | limit 1", "v"),
        ("metrics | select round(change / 3, 2) as r | limit 1", "r"),
        ("metrics | select year(period) as y, quarter(period) as q | limit 1", "y"),
        ("metrics | select len(indicator) as n | limit 1", "n"),
        ("metrics | select upper(district) as d | limit 1", "d"),
    ])
    func computedFieldsTakeTheirNames(_ query: String, _ name: String) throws {
        let table = try run(query, engineWith(metrics: generatedMetrics(rows: 10)))
        #expect(table.columns.first?.name == name)
    }

    @Test func arithmeticFollowsTheMissingValueRules() throws {
        let engine = engineWith(metrics: generatedMetrics(rows: 200))
        let table = try run("metrics | select value, change, value + change as sum, value / 0 as zero", engine)
        for row in table.rows {
            if row[0].isMissing || row[1].isMissing { #expect(row[2].isMissing) }
            #expect(row[3].isMissing)
        }
    }

    @Test func topTakesTheLargest() throws {
        let engine = engineWith(metrics: generatedMetrics(rows: 500))
        let top = try run("metrics | top 5 by value | select value", engine).rows.compactMap { $0[0].numeric }
        let all = try run("metrics | select value", engine).rows.compactMap { $0[0].numeric }.sorted(by: >)
        #expect(top == Array(all.prefix(5)))
    }

    /// `sort | limit` runs as one step that keeps only the first rows: it must give what
    /// sorting everything and then cutting gives, ties and missing values included.
    @Test(arguments: ["change desc, district", "district, value desc", "period, id", "change"])
    func sortThenLimitIsTheSortCut(_ keys: String) throws {
        let engine = engineWith(metrics: generatedMetrics(rows: 3000))
        let fused = try run("metrics | sort \(keys) | limit 25 | select id", engine)
        let whole = try run("metrics | sort \(keys) | select id", engine)
        #expect(fused.rows == Array(whole.rows.prefix(25)))
    }

    @Test func distinctKeepsTheFirstOfEach() throws {
        let engine = engineWith(metrics: generatedMetrics(rows: 500))
        let table = try run("metrics | distinct district | select district", engine)
        #expect(table.rows.count == 5)
    }
}
