import Foundation
import Testing

@Suite("Analysis on the command line")
struct AnalysisCommandLineTests {
    @Test func parametersFromTheCommandLine() throws {
        let run = try runTracuu(["--param", "town=\"Quảng Trị\"", "--param", "q=2021-Q1",
                                 "-c", "metrics where district = $town and period = $q | count", "--format", "csv", "--no-header"])
        #expect(run.status == 0)
        #expect(run.stdout == "2\n")
        let unquoted = try runTracuu(["--param", "town=Triệu Phong", "-c", "targets where district = $town | count", "--format", "csv", "--no-header"])
        #expect(unquoted.stdout == "11\n")
        let bad = try runTracuu(["--param", "no-equals", "-c", "targets"])
        #expect(bad.status == 2)
    }

    @Test func keepGoingReportsEveryErrorAndFailsAtTheEnd() throws {
        let folder = try temporaryFolder()
        let script = folder.appendingPathComponent("r.tq")
        try "targets | count\ntargets | sort nothing\nmetrics | count\nmetrics | sort nada\n".write(to: script, atomically: true, encoding: .utf8)
        let stops = try runTracuu(["-f", script.path, "--format", "csv", "--no-header"])
        // Without --keep-going, both errors are found before anything runs.
        #expect(stops.status == 1)
        #expect(stops.stdout == "")
        #expect(stops.stderr.contains("r.tq:2:16: error: unknown field 'nothing'"))
        #expect(stops.stderr.contains("r.tq:4:16: error: unknown field 'nada'"))
        let goes = try runTracuu(["-f", script.path, "--format", "csv", "--no-header", "--keep-going"])
        #expect(goes.status == 1)
        #expect(goes.stdout == "16\n2\n")
        #expect(goes.stderr.contains("r.tq:2:16: error: unknown field 'nothing'"))
        #expect(goes.stderr.contains("r.tq:4:16: error: unknown field 'nada'"))
    }

    @Test func outputFileIsWrittenWholeWithAnOptionalBOM() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("out.csv")
        let run = try runTracuu(["-c", "metrics | select indicator, value", "--format", "csv", "--bom", "-o", file.path])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        let bytes = [UInt8](try Data(contentsOf: file))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("indicator,value\ntổng mức bán lẻ"))
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.csv"])
    }

    @Test func aChartAsSVG() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("kinds.svg")
        let run = try runTracuu(["-c", "targets | group by kind | count() as n | chart n by kind", "--format", "svg", "-o", file.path])
        #expect(run.status == 0)
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains(">breakthrough<"))
    }

    @Test func aChartInTheTerminal() throws {
        let run = try runTracuu(["-c", "targets | group by kind | count() as n | sort n desc | chart n by kind"])
        #expect(run.stdout.hasPrefix("breakthrough █"))
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
