import Foundation
import Testing
import TracuuData
@testable import TracuuShell

/// What other shells' users type: `.mode`, `.tables`, `.export`, prompt words.
@Suite("Other shells' habits")
struct HabitCommandTests {
    @Test(arguments: [("box", "table"), ("list", "tsv"), ("tabs", "tsv"), ("line", "line"), ("CSV", "csv"), ("json", "json")])
    func modeSetsTheFormatSqlite3Names(mode: String, format: String) {
        let t = Transcript()
        #expect(t.run(".mode \(mode)"))
        #expect(t.session.settings.format.rawValue == format)
    }

    @Test func anUnknownModeListsTheModes() {
        let t = Transcript()
        #expect(!t.run(".mode html"))
        #expect(t.err.hasPrefix("<prompt>:1:7: error: unknown mode 'html'"))
        #expect(t.err.contains("modes are: box, column, csv"))
    }

    @Test func tablesListsTheDatasets() {
        let t = Transcript()
        #expect(t.run(".format csv\n.tables"))
        #expect(t.out.hasPrefix("dataset,rows,files\narticles,2,"))
    }

    @Test(arguments: [("import", "load"), ("describe", "schema"), ("dump", "export"), ("open", "load")])
    func anotherShellsCommandNamesTracuus(theirs: String, ours: String) {
        let t = Transcript()
        #expect(!t.run(".\(theirs) x"))
        #expect(t.err.contains("error: '.\(theirs)' is another shell's command; tracuu's is '.\(ours)'"))
    }

    @Test func exportWritesEachDatasetThatLoadsBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let t = Transcript()
        #expect(t.run(".export \(folder.path)"))
        #expect(t.err.contains("wrote articles.csv (2 rows), targets.csv (16 rows), metrics.csv (2 rows)"))
        var again = Catalog()
        _ = try again.load(path: folder.path)
        for name in ["articles", "targets", "metrics"] {
            #expect(again.datasets[name]?.rowCount == t.session.catalog.datasets[name]?.rowCount, "\(name)")
        }
        #expect(again.datasets["metrics"]?.row(0).map(\.description) == t.session.catalog.datasets["metrics"]?.row(0).map(\.description))
        // One dataset only, by name in any case.
        let one = folder.appendingPathComponent("one")
        #expect(t.run(".export \(one.path) METRICS"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: one.path) == ["metrics.csv"])
    }

    @Test func exportRefusesTheFolderTheDataCameFrom() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tracuu-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv = "id,district,value\nm1,Cam Lộ,1\n"
        try csv.write(to: folder.appendingPathComponent("metrics.csv"), atomically: true, encoding: .utf8)
        let t = Transcript()
        #expect(t.run(".load \(folder.path)"))
        #expect(!t.run(".export \(folder.path)"))
        #expect(t.err.contains("holds files the data was loaded from"))
        #expect(try String(contentsOf: folder.appendingPathComponent("metrics.csv"), encoding: .utf8) == csv)
        #expect(!t.run(".export"))
        #expect(t.err.contains("'.export' needs a folder"))
    }

    @Test(arguments: [("exit", ".quit"), ("quit;", ".quit"), ("\\q", ".quit"), ("help", ".help"), ("\\?", ".help"),
                      ("\\x", ".expanded"), ("\\e", ".edit"), ("targets", nil), ("quit = 1", nil)])
    func promptWords(typed: String, command: String?) {
        #expect(PromptHabits.dotCommand(for: typed) == command)
    }

    @Test func aPipeLineContinuesTheQueryBeforeButNotACommand() {
        #expect(PromptHabits.continuing("| count", after: "metrics") == "metrics\n| count")
        #expect(PromptHabits.continuing("| count", after: ".format csv") == "| count")
        #expect(PromptHabits.continuing("targets", after: "metrics") == "targets")
        #expect(PromptHabits.continuing("| count", after: nil) == "| count")
    }

    @Test func expandedSwitchesToLinesAndBackToTheFormatBefore() {
        let t = Transcript()
        #expect(t.run(".format csv\n.expanded"))
        #expect(t.session.settings.format == .line)
        #expect(t.run(".expanded off"))
        #expect(t.session.settings.format == .csv)
        #expect(t.err.contains("expanded display is on") && t.err.contains("expanded display is off"))
    }
}

/// A table too wide for the terminal is shown one field a line (issue 13, item 14).
@Suite("Tables that cannot fit")
struct ExpandedToFitTests {
    @Test func aTooWideTableIsShownOneFieldALineWithANote() {
        let t = Transcript()
        t.session.terminal = (columns: 100, rows: 30)
        #expect(t.run("targets | select id, district, province, unit_type, term, kind, due, article, start, end, count, value"))
        #expect(t.out.hasPrefix("(the table is "))
        #expect(t.out.contains("columns wide, the terminal 100: one field a line; .expanded on keeps it so)\n"))
        #expect(t.out.contains("\n district = Triệu Phong\n"))
        #expect(t.out.contains("more rows (16 in all; .maxrows 0 shows all)"))
    }

    @Test func maxrowsCountsScreenLinesThenAndANarrowTableStaysATable() {
        let t = Transcript()
        t.session.terminal = (columns: 100, rows: 30)
        // 12 fields and a blank line: 13 lines a row; 26 lines hold two rows.
        #expect(t.run(".maxrows 26\ntargets | select id, district, province, unit_type, term, kind, due, article, start, end, count, value"))
        #expect(t.out.components(separatedBy: "       id = ").count - 1 == 2)
        #expect(t.out.contains("… 14 more rows"))
        let narrow = Transcript()
        narrow.session.terminal = (columns: 100, rows: 30)
        #expect(narrow.run("targets | select district, due | limit 2"))
        #expect(narrow.out.hasPrefix("┌"))
    }
}

/// Which datasets a script reads (lazy datasets, issue 14).
@Suite("Datasets a script needs")
struct DatasetsNeededTests {
    @Test(arguments: [
        ("metrics | count", ["metrics"]),
        ("metrics | select article.title", ["articles", "metrics"]),
        ("metrics | join targets on district", ["metrics", "targets"]),
        ("let x = targets where due = 2025\nx | count", ["targets"]),
        ("progress | count", ["metrics", "progress", "targets"]),
        ("articles where text contains \"metrics\"", ["articles"]),
    ])
    func named(script: String, datasets: [String]) {
        #expect(FieldUse.datasets(neededBy: [script]).map { $0.sorted() } == datasets)
    }

    @Test func aCommandOrAnErrorReadsEverything() {
        #expect(FieldUse.datasets(neededBy: [".load x\nmetrics | count"]) == nil)
        #expect(FieldUse.datasets(neededBy: ["metrics |"]) == nil)
    }
}
