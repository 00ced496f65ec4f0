import Testing
import TracuuData
import TracuuDiagnostics
import TracuuEngine
import TracuuSyntax
import TracuuValues

/// An aggregate of figures in different units is an error naming them (issue 12, item 2).
@Suite("Figures in different units")
struct UnitCheckTests {
    static func engine(_ rows: [(String, Double?, String?)]) -> Engine {
        var builder = DatasetBuilder(schema: Schemas.metrics)
        for (id, value, unit) in rows {
            var values = [Value](repeating: .missing, count: Schemas.metrics.fields.count)
            values[Schemas.metrics.index(of: "id") ?? 0] = .text(id)
            values[Schemas.metrics.index(of: "value") ?? 0] = value.map(Value.number) ?? .missing
            values[Schemas.metrics.index(of: "unit") ?? 0] = unit.map(Value.text) ?? .missing
            builder.append(values)
        }
        return engineWith(metrics: builder.build())
    }

    static let mixed = engine([("a", 120, "tỉ đồng"), ("b", 1602.9, "tấn"), ("c", 5, "tỉ đồng"), ("d", nil, "ha")])

    func failure(_ text: String, _ engine: Engine = mixed) -> Diagnostic? {
        do {
            _ = try run(text, engine)
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            return nil
        }
    }

    @Test func aSumOverTwoUnitsNamesThemAndPointsAtTheSum() throws {
        let d = try #require(failure("metrics | sum(value) as total"))
        #expect(d.message == "sum() over figures in 2 units (tỉ đồng, tấn) gives no true number")
        #expect(d.place?.column == 11)
        #expect(d.hints == ["group by unit, or keep one unit: where unit = \"tỉ đồng\""])
    }

    @Test func averagesMinimaMaximaAndComputedFiguresAreCheckedToo() {
        #expect(failure("metrics | avg(value)")?.message.hasPrefix("avg() over figures in 2 units") == true)
        #expect(failure("metrics | min(value)") != nil)
        #expect(failure("metrics | max(value * 1000)") != nil)
    }

    @Test func oneUnitAGroupByUnitOrAFilterAnswers() throws {
        #expect(try run("metrics | group by unit | sum(value) as total", Self.mixed).rows.map { $0[1] }
                == [.number(125), .number(1602.9), .missing])
        #expect(try run("metrics where unit = \"tỉ đồng\" | sum(value) as total", Self.mixed).rows == [[.number(125)]])
    }

    @Test func aUnitWhoseFiguresAreAllMissingDoesNotCount() throws {
        // Row d is in ha, but has no figure.
        #expect(try run("metrics where unit != \"tấn\" | sum(value) as total", Self.mixed).rows == [[.number(125)]])
    }

    @Test func countingIsNotAddingAndOtherFieldsAreNotFigures() throws {
        #expect(try run("metrics | count() as n, count(value) as valued", Self.mixed).rows == [[.integer(4), .integer(3)]])
        #expect(try run("metrics | max(id) as last", Self.mixed).rows == [[.text("d")]])
    }

    @Test func withoutAUnitFieldNothingIsChecked() throws {
        #expect(try run("metrics | select value | sum(value) as total", Self.mixed).rows == [[.number(1727.9)]])
    }
}

/// `tỉ` and `tỷ` are one unit: loaded data in one spelling, and a unit typed either way finds it.
@Suite("One spelling of a unit")
struct UnitSpellingTests {
    static func catalog() throws -> Catalog {
        var catalog = Catalog()
        _ = try catalog.load(files: [(name: "metrics.csv", contents: Array("""
            id,district,value,unit
            a,Gio Linh,120,tỷ đồng
            b,Gio Linh,5,tỉ đồng
            c,Gio Linh,0.2,nghìn tỷ đồng
            d,Gio Linh,40,tấn
            """.utf8))])
        return catalog
    }

    @Test func loadedUnitsHaveOneSpellingAndOneGroup() throws {
        let engine = Engine(datasets: try Self.catalog().datasets)
        let groups = try run("metrics | group by unit | count() as n | sort unit", engine)
        #expect(groups.rows.map { $0.map(\.description) } == [["nghìn tỉ đồng", "1"], ["tấn", "1"], ["tỉ đồng", "2"]])
    }

    @Test("a unit typed with tỷ finds the loaded tỉ", arguments: [
        "metrics where unit = \"tỷ đồng\" | count() as n",
        "metrics where unit = \"tỉ đồng\" | count() as n",
        "metrics where unit in (\"tỷ đồng\", \"tạ\") | count() as n",
        "metrics where unit != \"tỷ đồng\" and unit != \"tấn\" and unit != \"nghìn tỷ đồng\" | count() as n",
    ])
    func typedEitherWay(_ query: String) throws {
        let engine = Engine(datasets: try Self.catalog().datasets)
        let n = try run(query, engine).rows.first?.first?.description
        #expect(n == (query.contains("!=") ? "0" : "2"))
    }
}
