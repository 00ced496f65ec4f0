import Testing
import TracuuDiagnostics
import TracuuShell

/// `.plan`: the steps the evaluator takes, how each works, and the rows out of each.
@Suite("Plan view")
struct PlanViewTests {
    @Test("a text or coded field against a literal is decided per distinct value")
    func enDashTerm() throws {
        let view = try TeachingViews.plan(query(enDashQuery), engine: sampleEngine(), useColor: false)
        expectGolden(view, #"""
        rows are counted by running each step on the loaded data
        1. scan targets                                            (16 rows)
              reads every row of the dataset, in the order they were loaded
        2. filter district = "Triệu Phong" and term = 2020 – 2025  (11 rows)
              district: text compared once per distinct value (2 distinct), then by code per row
              term: terms compared once per distinct value (1 distinct), then by code per row
              each condition joined by and is tested only on the rows the ones before it kept
        3. sort due desc | limit 3                                 (3 rows)
              due: integers in descending order
              missing values go last; rows that tie keep their order
              keeps only the first 3 while sorting: most rows go after one comparison
        """#)
    }

    @Test("periods, percentages, sort and count")
    func twoLines() throws {
        let view = try TeachingViews.plan(query(twoLineQuery), engine: sampleEngine(), useColor: false)
        expectGolden(view, #"""
        rows are counted by running each step on the loaded data
        1. scan metrics                              (2 rows)
              reads every row of the dataset, in the order they were loaded
        2. filter period = 2021-q1 and change > 10%  (2 rows)
              period: periods compared once per distinct value (1 distinct), then by code per row
              change: numbers compared in each row, as plain numbers
              each condition joined by and is tested only on the rows the ones before it kept
        3. sort change desc                          (2 rows)
              change: numbers in descending order
              missing values go last; rows that tie keep their order
        4. count                                     (1 row)
              counts the rows: the result is one row with one field, count
        """#)
    }

    @Test("with colour: summaries highlighted, methods dim")
    func colour() throws {
        let view = try TeachingViews.plan(query(shortQuery), engine: sampleEngine(), useColor: true)
        expectGolden(showingEscapes(view), #"""
        ␛[2mrows are counted by running each step on the loaded data␛[0m
        1. scan targets       (16 rows)
              ␛[2mreads every row of the dataset, in the order they were loaded␛[0m
        2. filter due > ␛[36m2024␛[0m  (1 row)
              ␛[2mdue: integers compared in each row, as plain numbers␛[0m
        """#)
    }

    @Test("a checker error is thrown, with its hint")
    func checkerError() throws {
        let engine = try sampleEngine()
        #expect {
            _ = try TeachingViews.plan(query("targets where distict = \"Triệu Phong\""), engine: engine, useColor: false)
        } throws: { error in
            guard let d = error as? Diagnostic else { return false }
            return d.message == "unknown field 'distict' in 'targets'"
                && d.place?.column == 15 && d.hints == ["did you mean 'district'?"]
        }
    }
}
