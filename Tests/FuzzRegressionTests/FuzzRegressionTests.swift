import Foundation
import Testing
import TracuuFuzzing

/// Every input a fuzzer crashed on, once fixed, is kept in `Tests/Fuzz/regressions/<target>/`
/// and replayed here through the same harness code as the fuzz target: a crash comes back as
/// a crash of this test, a loader disagreement as a failed expectation. The checked-in seed
/// corpus is replayed too, so a broken seed is seen in `swift test`, not first in `make fuzz`.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    /// The inputs of one target under a folder of `Tests/Fuzz`: every file but READMEs.
    static func inputs(_ folder: String, _ target: String) -> [URL] {
        let dir = fuzzFolder.appendingPathComponent(folder).appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("README") }.sorted()
            .map { dir.appendingPathComponent($0) }
    }

    static func bytes(_ file: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: file))
    }

    @Test(arguments: ["regressions", "corpus"])
    func queryInputsRunThrough(_ folder: String) throws {
        for file in Self.inputs(folder, "FuzzQuery") {
            QueryHarness.run(try Self.bytes(file))
        }
    }

    @Test(arguments: ["regressions", "corpus"])
    func csvInputsReadTheSameBothWays(_ folder: String) throws {
        for file in Self.inputs(folder, "FuzzCSV") {
            #expect(LoaderComparison.differences(try Self.bytes(file), as: .csv) == [], "\(file.lastPathComponent)")
        }
    }

    @Test(arguments: ["regressions", "corpus"])
    func jsonLinesInputsReadTheSameBothWays(_ folder: String) throws {
        for file in Self.inputs(folder, "FuzzJSONLines") {
            #expect(LoaderComparison.differences(try Self.bytes(file), as: .jsonLines) == [], "\(file.lastPathComponent)")
        }
    }

    @Test(arguments: ["regressions", "corpus"])
    func articleInputsRunThrough(_ folder: String) throws {
        for file in Self.inputs(folder, "FuzzIngest") {
            IngestHarness.run(try Self.bytes(file))
        }
    }

    /// The seed corpus is found, so the tests above cannot pass by reading nothing.
    @Test func everyTargetHasSeeds() {
        for target in ["FuzzQuery", "FuzzCSV", "FuzzJSONLines", "FuzzIngest"] {
            #expect(!Self.inputs("corpus", target).isEmpty, "\(target) has no seeds")
        }
    }
}
